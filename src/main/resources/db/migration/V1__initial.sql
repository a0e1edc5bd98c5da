-- V1: the content a kiosk shows, and where it came from.
-- origin: 'feed' for content from the county feed (or the embedded demo bundle, loaded the same
-- way), 'local' for content township staff enter on the kiosk. An import replaces only 'feed' rows.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per applied content bundle; the newest row is the version on screen.
CREATE TABLE content_version (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    source      TEXT NOT NULL,          -- 'demo', a feed URL, or a USB path
    version     INTEGER NOT NULL,
    region      TEXT NOT NULL,
    applied_at  TEXT NOT NULL,          -- ISO instant
    item_counts TEXT NOT NULL           -- JSON object, kind -> count
);

CREATE TABLE catalog_item (
    id           TEXT PRIMARY KEY,
    origin       TEXT NOT NULL CHECK (origin IN ('feed', 'local')),
    domain       TEXT NOT NULL,
    domain_order INTEGER NOT NULL,
    level1       TEXT NOT NULL,
    level2       TEXT NOT NULL,
    seq          INTEGER NOT NULL,      -- position in the county table, so lists keep its order
    content      TEXT NOT NULL,
    basis        TEXT NOT NULL,
    deadline     TEXT NOT NULL,
    subject      TEXT NOT NULL,
    channels     TEXT NOT NULL,         -- JSON array of strings
    audience     TEXT NOT NULL,
    manner       TEXT NOT NULL,
    levels       TEXT NOT NULL,         -- JSON array of labels
    five_public  TEXT NOT NULL,         -- JSON array of labels
    scope_level  TEXT NOT NULL,
    region       TEXT NOT NULL
);
CREATE INDEX catalog_item_tree ON catalog_item (domain_order, domain, level1, seq);

CREATE TABLE policy (
    id             TEXT PRIMARY KEY,
    origin         TEXT NOT NULL CHECK (origin IN ('feed', 'local')),
    title          TEXT NOT NULL,
    doc_number     TEXT NOT NULL,
    issuer         TEXT NOT NULL,
    issued         TEXT NOT NULL,
    effective      TEXT NOT NULL,
    expires        TEXT,
    domain         TEXT NOT NULL,
    summary        TEXT NOT NULL,
    body           TEXT NOT NULL,
    interpretation TEXT NOT NULL,
    key_points     TEXT NOT NULL,       -- JSON array of {title, text}
    tables         TEXT NOT NULL,       -- JSON array of {title, columns, rows}
    scope_level    TEXT NOT NULL,
    region         TEXT NOT NULL
);
CREATE INDEX policy_issued ON policy (issued DESC);

CREATE TABLE fund (
    id                  TEXT PRIMARY KEY,
    origin              TEXT NOT NULL CHECK (origin IN ('feed', 'local')),
    project             TEXT NOT NULL,
    project_code        TEXT NOT NULL,
    domain              TEXT NOT NULL,
    fund_source         TEXT NOT NULL,
    source_doc_number   TEXT NOT NULL,
    amount_central      TEXT NOT NULL,  -- decimal strings in 万元, exact
    amount_provincial   TEXT NOT NULL,
    amount_municipal    TEXT NOT NULL,
    amount_county       TEXT NOT NULL,
    responsible_unit    TEXT NOT NULL,
    beneficiary_summary TEXT NOT NULL,
    period              TEXT NOT NULL,
    start_date          TEXT,
    published           TEXT NOT NULL,
    posted_until        TEXT,
    complaints_phone    TEXT NOT NULL,
    description         TEXT NOT NULL,
    scope_level         TEXT NOT NULL,
    region              TEXT NOT NULL
);
CREATE INDEX fund_published ON fund (published DESC);

-- Personal fields are stored masked only (see domain.Masking).
CREATE TABLE fund_beneficiary (
    fund_id      TEXT NOT NULL REFERENCES fund (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    name         TEXT NOT NULL,
    id_number    TEXT NOT NULL,
    bank_account TEXT NOT NULL,
    village      TEXT NOT NULL,
    amount_yuan  TEXT NOT NULL,
    note         TEXT NOT NULL,
    PRIMARY KEY (fund_id, seq)
);

CREATE TABLE notice (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL CHECK (origin IN ('feed', 'local')),
    title       TEXT NOT NULL,
    category    TEXT NOT NULL,
    body        TEXT NOT NULL,
    issuer      TEXT NOT NULL,
    published   TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_until TEXT,
    urgent      INTEGER NOT NULL,
    scope_level TEXT NOT NULL,
    region      TEXT NOT NULL
);
CREATE INDEX notice_published ON notice (published DESC);
