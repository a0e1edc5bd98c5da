package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.InfoTable;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.RegionCode;
import com.google.gson.reflect.TypeToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Policy documents with their interpretation, newest first, limited to the kiosk's area. */
public final class PolicyDao {
    private final Database db;
    private final String area;

    public PolicyDao(Database db, RegionCode area) {
        this.db = db;
        this.area = area.digits();
    }

    public List<Policy> list() {
        return db.read(c -> query(c, "SELECT * FROM policy WHERE " + Columns.IN_AREA + " ORDER BY issued DESC, id", null));
    }

    public Optional<Policy> byId(String id) {
        return db.read(c -> query(c, "SELECT * FROM policy WHERE " + Columns.IN_AREA + " AND id = ?", id))
                .stream().findFirst();
    }

    private List<Policy> query(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = Columns.bindArea(ps, 1, area);
            if (id != null) {
                ps.setString(i, id);
            }
            List<Policy> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    /** Inserts within the caller's transaction (see Database.write). */
    static void insert(Connection c, Policy p, String origin) throws SQLException {
        try (Inserter rows = new Inserter(c, origin)) {
            rows.add(p);
            rows.finish();
        }
    }

    /** Inserts many policies within the caller's transaction through one prepared statement, in batches. */
    static final class Inserter implements AutoCloseable {
        private final PreparedStatement ps;
        private final String origin;
        private int pending;

        Inserter(Connection c, String origin) throws SQLException {
            this.ps = c.prepareStatement("INSERT INTO policy (id, origin, title, doc_number, issuer,"
                    + " issued, effective, expires, domain, summary, body, interpretation, key_points, tables,"
                    + " scope_level, region) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            this.origin = origin;
        }

        void add(Policy p) throws SQLException {
            int i = 1;
            ps.setString(i++, p.id());
            ps.setString(i++, origin);
            ps.setString(i++, p.title());
            ps.setString(i++, p.docNumber());
            ps.setString(i++, p.issuer());
            ps.setString(i++, Columns.date(p.issued()));
            ps.setString(i++, Columns.date(p.effective()));
            ps.setString(i++, Columns.date(p.expires()));
            ps.setString(i++, p.domain());
            ps.setString(i++, p.summary());
            ps.setString(i++, p.body());
            ps.setString(i++, p.interpretation());
            ps.setString(i++, Columns.gson().toJson(p.keyPoints()));
            ps.setString(i++, Columns.gson().toJson(p.tables()));
            ps.setString(i++, p.scope().level().key());
            ps.setString(i, p.scope().region().digits());
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

    private static Policy map(ResultSet rs) throws SQLException {
        List<Policy.KeyPoint> keyPoints = Columns.gson().fromJson(rs.getString("key_points"),
                new TypeToken<List<Policy.KeyPoint>>() { }.getType());
        List<InfoTable> tables = Columns.gson().fromJson(rs.getString("tables"),
                new TypeToken<List<InfoTable>>() { }.getType());
        return new Policy(
                rs.getString("id"),
                rs.getString("title"),
                rs.getString("doc_number"),
                rs.getString("issuer"),
                Columns.date(rs.getString("issued")),
                Columns.date(rs.getString("effective")),
                Columns.date(rs.getString("expires")),
                rs.getString("domain"),
                rs.getString("summary"),
                rs.getString("body"),
                rs.getString("interpretation"),
                keyPoints,
                tables,
                Columns.scope(rs));
    }
}
