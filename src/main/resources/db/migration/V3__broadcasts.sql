-- V3: the hall's broadcast schedule, and the log of every play (proof of play).

-- Schedule entries; origin as for the other content tables: 'feed' rows are replaced by each
-- applied feed version, 'local' rows (staff, issue #6) are never touched by it.
-- Exactly one of times / every_minutes is set.
CREATE TABLE broadcast (
    id            TEXT PRIMARY KEY,
    origin        TEXT NOT NULL CHECK (origin IN ('feed', 'local')),
    title         TEXT NOT NULL,
    text          TEXT NOT NULL,          -- '' only when audio is given
    audio         TEXT NOT NULL,          -- media name (media/...), '' for none
    times         TEXT,                   -- JSON array of "HH:MM", ascending
    every_minutes INTEGER,
    window_start  TEXT,                   -- "HH:MM" with every_minutes
    window_end    TEXT,
    days          TEXT NOT NULL,          -- JSON array of mon..sun, [] for every day
    valid_from    TEXT,
    valid_until   TEXT,
    priority      TEXT NOT NULL CHECK (priority IN ('urgent', 'normal')),
    chime         INTEGER NOT NULL,
    repeat_count  INTEGER NOT NULL CHECK (repeat_count BETWEEN 1 AND 5),
    scope_level   TEXT NOT NULL,
    region        TEXT NOT NULL,
    CHECK ((times IS NULL) <> (every_minutes IS NULL))
);

-- One row per planned play: played to the end, cut short, skipped in quiet hours, or failed.
-- No foreign key: the log outlives an entry the feed withdraws.
CREATE TABLE broadcast_play (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id  TEXT NOT NULL,
    title     TEXT NOT NULL,
    planned   TEXT NOT NULL,              -- ISO instant, whole seconds (sorts as text)
    started   TEXT,                       -- ISO instant; null when it never started
    ended     TEXT,
    outcome   TEXT NOT NULL CHECK (outcome IN ('completed', 'cut', 'skipped-quiet', 'failed')),
    reason    TEXT NOT NULL
);
CREATE INDEX broadcast_play_planned ON broadcast_play (planned);
