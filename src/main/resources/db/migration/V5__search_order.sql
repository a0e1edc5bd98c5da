-- V5: search in rank order (issue 5, 100,000 records). The index of V4 had every match scored and
-- sorted before the top 20 could be cut, so common queries took hundreds of milliseconds. Now
-- the rowid is the rank: search_doc.id = (200000 - epoch day of the record's date) * 2^24 + n,
-- newest first, undated records (catalog items) last in the order they were written, so FTS5
-- hands matches over in rank order and a query stops after the rows it needs. Kind, domain and
-- region are tokens of the 'tags' column, so filters and "own township first" are part of the
-- MATCH, not a scan of every match. Phrases of two or more characters and initials are searched
-- in the *_bi columns as pairs of neighbouring characters or initials: one character a token
-- (still used for one-character queries) makes a rare pair of common characters (县村) a scan of
-- most records. The index is rebuilt from the content tables when the
-- application next opens the database (SearchIndexDao.ensureBuilt).

DROP TABLE search_index;
DROP TABLE search_doc;

CREATE TABLE search_doc (
    id      INTEGER PRIMARY KEY,       -- = search_index rowid, in rank order (see above)
    kind    TEXT NOT NULL,             -- catalog, policy, fund, notice
    ref_id  TEXT NOT NULL,
    origin  TEXT NOT NULL,             -- feed, local
    domain  TEXT NOT NULL,
    region  TEXT NOT NULL,
    date    TEXT,                      -- ISO date, null for catalog items
    until   TEXT,                      -- ISO date a notice or policy stops being in force, or null
    title   TEXT NOT NULL,
    context TEXT NOT NULL,
    hash    TEXT NOT NULL              -- of everything the row was built from: unchanged records are kept as they are
);
CREATE INDEX search_doc_origin ON search_doc (origin);

CREATE VIRTUAL TABLE search_index USING fts5(
    title, title_py, title_ini,        -- the title; its pinyin and initials
    terms, terms_py, terms_ini,        -- key terms: domain, level 1, document number, issuer ...
    keypoints,                         -- key points, summary, a catalog item's content
    body,                              -- body, interpretation, the other elements
    title_bi, terms_bi, keypoints_bi, body_bi, -- the same texts as pairs of neighbouring characters
    title_inibi, terms_inibi,          -- pairs of neighbouring initials
    tags,                              -- kcatalog, d<domain hash>, r<region>, p<each prefix of the region>
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Bumped by every rebuild that changed rows, for caches built from the index (the vocabulary).
CREATE TABLE search_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO search_state (id, generation) VALUES (1, 1);
