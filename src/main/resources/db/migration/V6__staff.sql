-- V6: the staff console (issue 6). Staff accounts with salted PBKDF2 PIN hashes, the PIN pad's
-- lock (it survives a restart, so pulling the plug does not reset the count), every published
-- revision of local content, and the audit log staff can read. Local content itself stays in the
-- content tables with origin 'local' (what villagers see); a feed apply only ever deletes and
-- inserts origin 'feed' rows, so nothing here is touched by a sync or an import.

CREATE TABLE staff_account (
    name       TEXT PRIMARY KEY,         -- shown on the PIN pad's name buttons, e.g. 王会计
    role       TEXT NOT NULL CHECK (role IN ('admin', 'editor')),
    pin_hash   TEXT NOT NULL,            -- PBKDF2WithHmacSHA256, hex
    salt       TEXT NOT NULL,            -- hex, 16 random bytes
    iterations INTEGER NOT NULL,
    created    TEXT NOT NULL             -- ISO instant
);

CREATE TABLE pin_guard (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    failures     INTEGER NOT NULL,       -- wrong PINs in a row
    locked_until TEXT                    -- ISO instant, or null
);
INSERT INTO pin_guard (id, failures, locked_until) VALUES (1, 0, NULL);

-- One row per publish, withdrawal or restore of a local record; 'record' is the record as the
-- feed protocol writes it (feed.RecordJson), null for a withdrawal.
CREATE TABLE local_revision (
    kind    TEXT NOT NULL CHECK (kind IN ('catalog', 'notice', 'fund', 'broadcast')),
    ref_id  TEXT NOT NULL,
    rev     INTEGER NOT NULL,
    at      TEXT NOT NULL,               -- ISO instant
    who     TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('publish', 'withdraw', 'restore')),
    record  TEXT,
    PRIMARY KEY (kind, ref_id, rev)
);

CREATE TABLE audit_log (
    seq    INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,                -- ISO instant
    who    TEXT NOT NULL,                -- a staff name, or 'system'
    action TEXT NOT NULL,                -- login, login-failed, pad-locked, publish, withdraw, restore, ...
    kind   TEXT,
    ref_id TEXT,
    detail TEXT NOT NULL
);

-- Pictures under a notice's text (a photo of the posted sheet): a JSON list of media names, feed
-- media (media/...) or pictures staff attached on the kiosk (local-media/..., in <data>/local-media).
ALTER TABLE notice ADD COLUMN images TEXT NOT NULL DEFAULT '[]';
