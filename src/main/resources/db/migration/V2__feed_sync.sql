-- V2: the signed feed's state, and media files.

-- One row: which signed manifest is on screen, who may sign the next one, and how syncing goes.
-- Written in the same transaction as the content it describes.
CREATE TABLE feed_state (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    lineage           TEXT,          -- key id of the configured key the trust chain started from
    manifest_version  INTEGER,
    manifest_sha256   TEXT,
    manifest_issued   TEXT,
    manifest_expires  TEXT,
    manifest_source   TEXT,          -- URL or folder it came from
    trusted_keys      TEXT,          -- JSON list of {keyId, publicKey} after rotations
    etag              TEXT,          -- of the manifest, for conditional GET
    last_attempt      TEXT,
    last_success      TEXT,          -- last time the kiosk knew it had the newest version
    last_error_reason TEXT,
    last_error        TEXT
);
INSERT INTO feed_state (id) VALUES (1);

-- Media (images, recordings) by logical name; the bytes live in the data folder under their hash.
CREATE TABLE media (
    name     TEXT NOT NULL,
    origin   TEXT NOT NULL CHECK (origin IN ('feed', 'local')),
    sha256   TEXT NOT NULL,
    length   INTEGER NOT NULL,
    region   TEXT NOT NULL,
    PRIMARY KEY (origin, name)
);
