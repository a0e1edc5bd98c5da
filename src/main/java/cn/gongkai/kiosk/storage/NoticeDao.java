package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.RegionCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Notices, urgent and newest first, limited to the kiosk's area. */
public final class NoticeDao {
    private final Database db;
    private final String area;

    public NoticeDao(Database db, RegionCode area) {
        this.db = db;
        this.area = area.digits();
    }

    public List<Notice> list() {
        return db.read(c -> query(c, "SELECT * FROM notice WHERE " + Columns.IN_AREA
                + " ORDER BY urgent DESC, published DESC, id", null));
    }

    public Optional<Notice> byId(String id) {
        return db.read(c -> query(c, "SELECT * FROM notice WHERE " + Columns.IN_AREA + " AND id = ?", id))
                .stream().findFirst();
    }

    private List<Notice> query(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = Columns.bindArea(ps, 1, area);
            if (id != null) {
                ps.setString(i, id);
            }
            List<Notice> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Notice(
                            rs.getString("id"),
                            rs.getString("title"),
                            rs.getString("category"),
                            rs.getString("body"),
                            rs.getString("issuer"),
                            Columns.date(rs.getString("published")),
                            Columns.date(rs.getString("valid_from")),
                            Columns.date(rs.getString("valid_until")),
                            rs.getInt("urgent") != 0,
                            Columns.scope(rs),
                            Columns.stringList(rs.getString("images"))));
                }
            }
            return out;
        }
    }

    /** Inserts within the caller's transaction (see Database.write). */
    static void insert(Connection c, Notice n, String origin) throws SQLException {
        try (Inserter rows = new Inserter(c, origin)) {
            rows.add(n);
            rows.finish();
        }
    }

    /** Inserts many notices within the caller's transaction through one prepared statement, in batches. */
    static final class Inserter implements AutoCloseable {
        private final PreparedStatement ps;
        private final String origin;
        private int pending;

        Inserter(Connection c, String origin) throws SQLException {
            this.ps = c.prepareStatement("INSERT INTO notice (id, origin, title, category, body, issuer,"
                    + " published, valid_from, valid_until, urgent, scope_level, region, images)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
            this.origin = origin;
        }

        void add(Notice n) throws SQLException {
            int i = 1;
            ps.setString(i++, n.id());
            ps.setString(i++, origin);
            ps.setString(i++, n.title());
            ps.setString(i++, n.category());
            ps.setString(i++, n.body());
            ps.setString(i++, n.issuer());
            ps.setString(i++, Columns.date(n.published()));
            ps.setString(i++, Columns.date(n.validFrom()));
            ps.setString(i++, Columns.date(n.validUntil()));
            ps.setInt(i++, n.urgent() ? 1 : 0);
            ps.setString(i++, n.scope().level().key());
            ps.setString(i++, n.scope().region().digits());
            ps.setString(i, Columns.stringList(n.images()));
            ps.addBatch();
            if (++pending == Columns.BATCH) {
                finish();
            }
        }

        /** Runs what is still batched; call before the transaction commits. */
        void finish() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }
}
