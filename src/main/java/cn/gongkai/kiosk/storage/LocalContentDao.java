package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Staff (local) content (V6__staff.sql): a change is one transaction that writes the record
 * villagers see (content tables, origin 'local'), its revision, an audit line and the search
 * index, so a power cut leaves either all of it or none. Feed applies never touch origin 'local'.
 */
public final class LocalContentDao {
    /** Local catalog items list after the county's within their level 1. */
    private static final int LOCAL_SEQ = 1_000_000;

    /** The kinds of local record and their tables. */
    public enum Kind {
        CATALOG("catalog", "catalog_item"), NOTICE("notice", "notice"), FUND("fund", "fund"),
        BROADCAST("broadcast", "broadcast");

        private final String key;
        private final String table;

        Kind(String key, String table) {
            this.key = key;
            this.table = table;
        }

        public String key() {
            return key;
        }

        public static Kind of(Object record) {
            if (record instanceof CatalogItem) {
                return CATALOG;
            }
            if (record instanceof Notice) {
                return NOTICE;
            }
            if (record instanceof FundDisclosure) {
                return FUND;
            }
            if (record instanceof BroadcastEntry) {
                return BROADCAST;
            }
            throw new IllegalArgumentException("not a local record kind: " + record.getClass().getSimpleName());
        }

        public static Kind byKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind: " + key);
        }
    }

    /** One revision: {@code record} is the JSON written at that time, null for a withdrawal. */
    public record Revision(Kind kind, String id, int rev, Instant at, String who, String action, String record) { }

    /** One line of the audit log. */
    public record AuditEntry(long seq, Instant at, String who, String action, String kind, String id, String detail) { }

    private final Database db;

    public LocalContentDao(Database db) {
        this.db = db;
    }

    /**
     * Publishes {@code record} (new, or replacing the local record with its id) as revision
     * n + 1, with {@code json} its text in the feed's record format.
     *
     * @param action 'publish' or 'restore'
     * @return the revision number
     */
    public int publish(Object record, String id, String json, String who, String action, String detail, Instant at) {
        Kind kind = Kind.of(record);
        return db.write(c -> {
            delete(c, kind, id);
            insert(c, record);
            int rev = addRevision(c, kind, id, who, action, json, at);
            audit(c, at, who, action, kind.key(), id, detail);
            SearchIndexWriter.rebuild(c, "local");
            return rev;
        });
    }

    /** Takes the local record off the kiosk; its revisions stay, so it can be restored. */
    public int withdraw(Kind kind, String id, String who, String detail, Instant at) {
        return db.write(c -> {
            if (!delete(c, kind, id)) {
                throw new IllegalArgumentException("no local " + kind.key() + " " + id + " on the kiosk");
            }
            int rev = addRevision(c, kind, id, who, "withdraw", null, at);
            audit(c, at, who, "withdraw", kind.key(), id, detail);
            SearchIndexWriter.rebuild(c, "local");
            return rev;
        });
    }

    /** Every revision of one record, oldest first. */
    public List<Revision> revisions(Kind kind, String id) {
        return db.read(c -> revisions(c, "WHERE kind = ? AND ref_id = ? ORDER BY rev", kind.key(), id));
    }

    /** The latest revision of every local record (withdrawn ones included), newest change first. */
    public List<Revision> latest() {
        return db.read(c -> revisions(c, "r WHERE rev = (SELECT max(rev) FROM local_revision l"
                + " WHERE l.kind = r.kind AND l.ref_id = r.ref_id) ORDER BY at DESC, kind, ref_id"));
    }

    public Optional<Revision> revision(Kind kind, String id, int rev) {
        return db.read(c -> revisions(c, "WHERE kind = ? AND ref_id = ? AND rev = ?", kind.key(), id,
                Integer.toString(rev))).stream().findFirst();
    }

    /** Writes one audit line on its own (logins, lock-outs, exports). */
    public void audit(String who, String action, String detail, Instant at) {
        db.write(c -> {
            audit(c, at, who, action, null, null, detail);
            return null;
        });
    }

    /** The newest {@code max} audit lines, newest first. */
    public List<AuditEntry> auditLog(int max) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at, who, action, kind, ref_id, detail FROM audit_log ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, max);
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    /** True when a record of that kind and id came from the county feed (an id staff must not take). */
    public boolean isFeedId(Kind kind, String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + kind.table
                    + " WHERE id = ? AND origin = 'feed'")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static boolean delete(Connection c, Kind kind, String id) throws SQLException {
        // fund_beneficiary rows go with their fund (ON DELETE CASCADE).
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + kind.table + " WHERE id = ? AND origin = 'local'")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    private static void insert(Connection c, Object record) throws SQLException {
        if (record instanceof CatalogItem i) {
            try (CatalogDao.Inserter rows = new CatalogDao.Inserter(c, "local")) {
                rows.add(i, LOCAL_SEQ);
                rows.finish();
            }
        } else if (record instanceof Notice n) {
            NoticeDao.insert(c, n, "local");
        } else if (record instanceof FundDisclosure f) {
            try (FundDao.Inserter rows = new FundDao.Inserter(c, "local")) {
                rows.add(f);
                rows.finish();
            }
        } else if (record instanceof BroadcastEntry b) {
            try (BroadcastDao.Inserter rows = new BroadcastDao.Inserter(c, "local")) {
                rows.add(b);
                rows.finish();
            }
        }
    }

    private static int addRevision(Connection c, Kind kind, String id, String who, String action, String json,
                                   Instant at) throws SQLException {
        int rev;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(rev), 0) + 1 FROM local_revision WHERE kind = ? AND ref_id = ?")) {
            ps.setString(1, kind.key());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rev = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO local_revision (kind, ref_id, rev, at, who, action,"
                + " record) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, kind.key());
            ps.setString(2, id);
            ps.setInt(3, rev);
            ps.setString(4, at.toString());
            ps.setString(5, who);
            ps.setString(6, action);
            ps.setString(7, json);
            ps.executeUpdate();
        }
        return rev;
    }

    private static void audit(Connection c, Instant at, String who, String action, String kind, String id,
                              String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log (at, who, action, kind, ref_id, detail) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, at.toString());
            ps.setString(2, who);
            ps.setString(3, action);
            ps.setString(4, kind);
            ps.setString(5, id);
            ps.setString(6, detail == null ? "" : detail);
            ps.executeUpdate();
        }
    }

    private static List<Revision> revisions(Connection c, String where, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, ref_id, rev, at, who, action, record FROM local_revision " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<Revision> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Revision(Kind.byKey(rs.getString(1)), rs.getString(2), rs.getInt(3),
                            Instant.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        }
    }
}
