-- V4: search (issue 5). One search_doc row per searchable record (catalog item, policy, fund
-- disclosure, notice) with what a result shows and what filters use; search_index holds its text
-- for FTS5 under the same rowid. Chinese text is stored with a space between Han characters (one
-- character a token: queries of any length match, see shared/notes/search.md); *_py and *_ini
-- hold toneless pinyin syllables and initials, one a token. Contentless: the text is in the
-- content tables already. No prefix indexes: they cost a third of the build time on 10,000
-- records, and the only prefix queries (the last pinyin syllable) scan a small term range.
-- The rows of origin 'feed' are brought up to date in the transaction that applies a feed version
-- (storage.SearchIndexDao: rows whose source is unchanged are kept), so the index always matches
-- the content on screen.

CREATE TABLE search_doc (
    id      INTEGER PRIMARY KEY,       -- = search_index rowid
    kind    TEXT NOT NULL,             -- catalog, policy, fund, notice
    ref_id  TEXT NOT NULL,
    origin  TEXT NOT NULL,             -- feed, local
    domain  TEXT NOT NULL,
    region  TEXT NOT NULL,
    date    TEXT,                      -- ISO date, null for catalog items
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
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Searches that found nothing, for staff: the query text only.
CREATE TABLE search_miss (
    query TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    last  TEXT NOT NULL                -- ISO instant
);
