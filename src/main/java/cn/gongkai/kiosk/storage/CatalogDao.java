package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.CatalogItem.CatalogLevel;
import cn.gongkai.kiosk.domain.CatalogItem.FivePublic;
import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.domain.Labelled;
import cn.gongkai.kiosk.domain.RegionCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standard catalog, read as the kiosk browses it (domain, level 1, level 2, item) and limited
 * to the kiosk's area.
 */
public final class CatalogDao {
    /** A domain and how many items it has in the kiosk's area. */
    public record DomainCount(String domain, int items) { }

    /** A level-1 item and how many level-2 items sit under it. */
    public record Level1Count(String level1, int items) { }

    /** What a level-2 list row shows; the detail is loaded only when the item is opened. */
    public record ItemSummary(String id, String level2, String subject) { }

    private static final String COLUMNS = "id, domain, level1, level2, content, basis, deadline, subject, "
            + "channels, audience, manner, levels, five_public, scope_level, region";

    private final Database db;
    private final String area;

    public CatalogDao(Database db, RegionCode area) {
        this.db = db;
        this.area = area.digits();
    }

    public List<DomainCount> domains() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT domain, count(*) FROM catalog_item WHERE "
                    + Columns.IN_AREA + " GROUP BY domain_order, domain ORDER BY domain_order, domain")) {
                Columns.bindArea(ps, 1, area);
                List<DomainCount> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DomainCount(rs.getString(1), rs.getInt(2)));
                    }
                }
                return out;
            }
        });
    }

    public List<Level1Count> level1(String domain) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT level1, count(*), min(seq) AS first FROM catalog_item"
                    + " WHERE domain = ? AND " + Columns.IN_AREA + " GROUP BY level1 ORDER BY first")) {
                ps.setString(1, domain);
                Columns.bindArea(ps, 2, area);
                List<Level1Count> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Level1Count(rs.getString(1), rs.getInt(2)));
                    }
                }
                return out;
            }
        });
    }

    public List<ItemSummary> items(String domain, String level1) {
        return items(domain, level1, -1);
    }

    /** The first {@code limit} items (all when negative): enough to paint a screen before the rest arrive. */
    public List<ItemSummary> items(String domain, String level1, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, level2, subject FROM catalog_item"
                    + " WHERE domain = ? AND level1 = ? AND " + Columns.IN_AREA + " ORDER BY seq LIMIT ?")) {
                ps.setString(1, domain);
                ps.setString(2, level1);
                int i = Columns.bindArea(ps, 3, area);
                ps.setInt(i, limit);
                List<ItemSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ItemSummary(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    public Optional<CatalogItem> byId(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM catalog_item WHERE id = ? AND "
                    + Columns.IN_AREA)) {
                ps.setString(1, id);
                Columns.bindArea(ps, 2, area);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every item in the area in catalog order, optionally of one domain. */
    public List<CatalogItem> list(Optional<String> domain) {
        return db.read(c -> {
            String sql = "SELECT " + COLUMNS + " FROM catalog_item WHERE " + Columns.IN_AREA
                    + (domain.isPresent() ? " AND domain = ?" : "") + " ORDER BY domain_order, domain, seq";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = Columns.bindArea(ps, 1, area);
                if (domain.isPresent()) {
                    ps.setString(i, domain.get());
                }
                List<CatalogItem> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Inserts within the caller's transaction (see Database.write). */
    static void insert(Connection c, CatalogItem item, int seq, String origin) throws SQLException {
        try (Inserter rows = new Inserter(c, origin)) {
            rows.add(item, seq);
            rows.finish();
        }
    }

    /**
     * Inserts many items within the caller's transaction through one prepared statement, in batches
     * (a feed version holds thousands; preparing a statement per row was a fifth of the apply).
     */
    static final class Inserter implements AutoCloseable {
        private final PreparedStatement ps;
        private final String origin;
        private final java.util.Map<String, Integer> domainOrder = new java.util.HashMap<>();
        private int pending;

        Inserter(Connection c, String origin) throws SQLException {
            this.ps = c.prepareStatement("INSERT INTO catalog_item (id, origin, domain, domain_order,"
                    + " level1, level2, seq, content, basis, deadline, subject, channels, audience, manner, levels,"
                    + " five_public, scope_level, region) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            this.origin = origin;
        }

        void add(CatalogItem item, int seq) throws SQLException {
            int i = 1;
            ps.setString(i++, item.id());
            ps.setString(i++, origin);
            ps.setString(i++, item.domain());
            ps.setInt(i++, domainOrder.computeIfAbsent(item.domain(), Domains::order));
            ps.setString(i++, item.level1());
            ps.setString(i++, item.level2());
            ps.setInt(i++, seq);
            ps.setString(i++, item.content());
            ps.setString(i++, item.basis());
            ps.setString(i++, item.deadline());
            ps.setString(i++, item.subject());
            ps.setString(i++, Columns.stringList(item.channels()));
            ps.setString(i++, item.audience().label());
            ps.setString(i++, item.manner().label());
            ps.setString(i++, Columns.labels(item.levels()));
            ps.setString(i++, Columns.labels(item.fivePublic()));
            ps.setString(i++, item.scope().level().key());
            ps.setString(i, item.scope().region().digits());
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

    private static CatalogItem map(ResultSet rs) throws SQLException {
        return new CatalogItem(
                rs.getString("id"),
                rs.getString("domain"),
                rs.getString("level1"),
                rs.getString("level2"),
                rs.getString("content"),
                rs.getString("basis"),
                rs.getString("deadline"),
                rs.getString("subject"),
                Columns.stringList(rs.getString("channels")),
                Labelled.fromLabel(CatalogItem.Audience.class, rs.getString("audience")),
                Labelled.fromLabel(CatalogItem.Manner.class, rs.getString("manner")),
                Columns.labels(CatalogLevel.class, rs.getString("levels")),
                Columns.labels(FivePublic.class, rs.getString("five_public")),
                Columns.scope(rs));
    }
}
