package cn.gongkai.kiosk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The feed_state row: the applied manifest, the keys trusted for the next one, and how syncing goes. */
public final class FeedStateDao {
    /**
     * @param lineage     key id of the configured key the trust chain started from; a different one
     *                    means a different feed, whose versions are not compared with these
     * @param trustedKeys JSON list of {keyId, publicKey} after rotations, "" before any manifest
     */
    public record FeedState(Optional<String> lineage, long version, Optional<String> manifestSha256,
                            Optional<Instant> issued, Optional<Instant> expires, Optional<String> source,
                            String trustedKeys, Optional<String> etag, Optional<Instant> lastAttempt,
                            Optional<Instant> lastSuccess, Optional<String> lastErrorReason,
                            Optional<String> lastError) {
    }

    /** A media file of the applied feed version. */
    public record MediaRow(String name, String sha256, long length, String region) { }

    private final Database db;

    public FeedStateDao(Database db) {
        this.db = db;
    }

    public FeedState get() {
        return db.read(FeedStateDao::get);
    }

    static FeedState get(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT lineage, manifest_version, manifest_sha256,"
                + " manifest_issued, manifest_expires, manifest_source, trusted_keys, etag, last_attempt, last_success,"
                + " last_error_reason, last_error FROM feed_state WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new FeedState(opt(rs, 1), rs.getLong(2), opt(rs, 3), instant(rs, 4), instant(rs, 5), opt(rs, 6),
                    Optional.ofNullable(rs.getString(7)).orElse(""), opt(rs, 8), instant(rs, 9), instant(rs, 10),
                    opt(rs, 11), opt(rs, 12));
        }
    }

    /** A check that found the newest version already on screen (or applied it). */
    public void recordSuccess(Instant at, Optional<String> etag) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE feed_state SET last_attempt = ?, last_success = ?,"
                    + " last_error_reason = NULL, last_error = NULL, etag = COALESCE(?, etag) WHERE id = 1")) {
                ps.setString(1, at.toString());
                ps.setString(2, at.toString());
                ps.setString(3, etag.orElse(null));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void recordFailure(Instant at, String reason, String message) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE feed_state SET last_attempt = ?,"
                    + " last_error_reason = ?, last_error = ? WHERE id = 1")) {
                ps.setString(1, at.toString());
                ps.setString(2, reason);
                ps.setString(3, message);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Inside the apply transaction: the new manifest's state. */
    static void writeApplied(Connection c, FeedState s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE feed_state SET lineage = ?, manifest_version = ?,"
                + " manifest_sha256 = ?, manifest_issued = ?, manifest_expires = ?, manifest_source = ?,"
                + " trusted_keys = ?, etag = ?, last_attempt = ?, last_success = ?, last_error_reason = NULL,"
                + " last_error = NULL WHERE id = 1")) {
            ps.setString(1, s.lineage().orElse(null));
            ps.setLong(2, s.version());
            ps.setString(3, s.manifestSha256().orElse(null));
            ps.setString(4, s.issued().map(Instant::toString).orElse(null));
            ps.setString(5, s.expires().map(Instant::toString).orElse(null));
            ps.setString(6, s.source().orElse(null));
            ps.setString(7, s.trustedKeys());
            ps.setString(8, s.etag().orElse(null));
            ps.setString(9, s.lastAttempt().map(Instant::toString).orElse(null));
            ps.setString(10, s.lastSuccess().map(Instant::toString).orElse(null));
            ps.executeUpdate();
        }
    }

    /** Media rows of origin feed (the local ones, issue #6, are never touched here). */
    public List<MediaRow> feedMedia() {
        return db.read(c -> media(c, ContentStore.FEED));
    }

    /** Every media hash in use by any origin, so cleaning the object folder never removes a file on screen. */
    public List<String> mediaInUse() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT sha256 FROM media");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static List<MediaRow> media(Connection c, String origin) throws SQLException {
        List<MediaRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, sha256, length, region FROM media"
                + " WHERE origin = ? ORDER BY name")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MediaRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    static void replaceFeedMedia(Connection c, List<MediaRow> media) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM media WHERE origin = ?")) {
            del.setString(1, ContentStore.FEED);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO media (name, origin, sha256, length, region)"
                + " VALUES (?,?,?,?,?)")) {
            for (MediaRow m : media) {
                ps.setString(1, m.name());
                ps.setString(2, ContentStore.FEED);
                ps.setString(3, m.sha256());
                ps.setLong(4, m.length());
                ps.setString(5, m.region());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Optional<String> opt(ResultSet rs, int col) throws SQLException {
        return Optional.ofNullable(rs.getString(col));
    }

    private static Optional<Instant> instant(ResultSet rs, int col) throws SQLException {
        return opt(rs, col).map(Instant::parse);
    }
}
