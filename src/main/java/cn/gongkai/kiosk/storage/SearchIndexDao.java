package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.util.SearchText;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The search index (V4__search.sql): builds its rows from the content tables and runs FTS5
 * queries whose MATCH expressions the search package builds from quoted tokens. Rows of origin
 * 'feed' are rebuilt by {@link ContentStore} in the transaction that applies a feed version;
 * {@link #rebuild(String)} does the same for staff ('local') content after an edit.
 */
public final class SearchIndexDao {
    /** Content versions with at least this many rows get an FTS5 'optimize' after the rebuild. */
    static final int OPTIMIZE_ABOVE = 2_000;

    /** Columns of search_index, in order (bm25 weights follow this order). */
    public static final List<String> COLUMNS = List.of("title", "title_py", "title_ini", "terms", "terms_py",
            "terms_ini", "keypoints", "body");

    /** One row found: what a result shows, its tier (0 title, 1 key terms, 2 key points, 3 body) and bm25 score. */
    public record Found(String kind, String refId, String title, String context, String domain, String date,
                        String region, int tier, boolean ownArea, double score) { }

    /** A search that found nothing: the text, how often, the last time. */
    public record MissRow(String query, int count, Instant last) { }

    private final Database db;
    private final String area;

    public SearchIndexDao(Database db, RegionCode kioskRegion) {
        this.db = db;
        this.area = kioskRegion.digits();
    }

    /** Rebuilds the index rows of one origin from the content tables, in one transaction. */
    public void rebuild(String origin) {
        db.write(c -> {
            rebuild(c, origin);
            return null;
        });
    }

    /** Builds the index once on a database that has content but no index yet (made before V4). */
    public void ensureBuilt() {
        boolean missing = db.read(c -> count(c, "SELECT count(*) FROM search_doc") == 0
                && count(c, "SELECT (SELECT count(*) FROM catalog_item) + (SELECT count(*) FROM policy)"
                + " + (SELECT count(*) FROM fund) + (SELECT count(*) FROM notice)") > 0);
        if (missing) {
            db.write(c -> {
                rebuild(c, ContentStore.FEED);
                rebuild(c, "local");
                return null;
            });
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Brings the index rows of {@code origin} up to date with the content tables, on the caller's
     * transaction: rows whose source text is unchanged (by hash) are kept, changed ones replaced,
     * vanished ones deleted; an FTS5 'optimize' follows when many rows changed.
     */
    static void rebuild(Connection c, String origin) throws SQLException {
        int changed;
        try (Writer w = new Writer(c, origin)) {
            addCatalog(c, origin, w);
            addPolicies(c, origin, w);
            addFunds(c, origin, w);
            addNotices(c, origin, w);
            w.finish();
            changed = w.changed;
        }
        if (changed >= OPTIMIZE_ABOVE) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO search_index (search_index) VALUES ('optimize')");
            }
        }
    }

    private static ResultSet select(PreparedStatement ps, String origin) throws SQLException {
        ps.setString(1, origin);
        return ps.executeQuery();
    }

    private static void addCatalog(Connection c, String origin, Writer w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM catalog_item WHERE origin = ? ORDER BY seq");
             ResultSet rs = select(ps, origin)) {
            while (rs.next()) {
                String domain = rs.getString("domain");
                String level1 = rs.getString("level1");
                w.add("catalog", rs.getString("id"), domain, rs.getString("region"), null, rs.getString("level2"),
                        domain + " / " + level1, join(domain, level1), rs.getString("content"),
                        join(rs.getString("basis"), rs.getString("subject"), rs.getString("deadline"),
                                rs.getString("audience"), rs.getString("manner"),
                                String.join(" ", Columns.stringList(rs.getString("channels")))));
            }
        }
    }

    private static void addPolicies(Connection c, String origin, Writer w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM policy WHERE origin = ?");
             ResultSet rs = select(ps, origin)) {
            while (rs.next()) {
                StringBuilder points = new StringBuilder(rs.getString("summary"));
                StringBuilder pointTitles = new StringBuilder();
                for (JsonElement e : StrictJsonArray.parse(rs.getString("key_points"))) {
                    JsonObject o = e.getAsJsonObject();
                    String t = o.has("title") ? o.get("title").getAsString() : "";
                    pointTitles.append(t).append(' ');
                    points.append(' ').append(t).append(' ')
                            .append(o.has("text") && !o.get("text").isJsonNull() ? o.get("text").getAsString() : "");
                }
                String doc = rs.getString("doc_number");
                w.add("policy", rs.getString("id"), rs.getString("domain"), rs.getString("region"),
                        rs.getString("issued"), rs.getString("title"),
                        doc.isEmpty() ? rs.getString("issuer") : doc,
                        join(rs.getString("domain"), doc, rs.getString("issuer"), pointTitles.toString()),
                        points.toString(), join(rs.getString("body"), rs.getString("interpretation")));
            }
        }
    }

    private static void addFunds(Connection c, String origin, Writer w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM fund WHERE origin = ?");
             ResultSet rs = select(ps, origin)) {
            while (rs.next()) {
                String doc = rs.getString("source_doc_number");
                w.add("fund", rs.getString("id"), rs.getString("domain"), rs.getString("region"),
                        rs.getString("published"), rs.getString("project"),
                        rs.getString("domain") + " · " + rs.getString("responsible_unit"),
                        join(rs.getString("domain"), rs.getString("fund_source"), doc, rs.getString("project_code")),
                        join(rs.getString("beneficiary_summary"), rs.getString("description")),
                        join(rs.getString("responsible_unit"), rs.getString("period"),
                                rs.getString("complaints_phone")));
            }
        }
    }

    private static void addNotices(Connection c, String origin, Writer w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM notice WHERE origin = ?");
             ResultSet rs = select(ps, origin)) {
            while (rs.next()) {
                String category = rs.getString("category");
                w.add("notice", rs.getString("id"), category, rs.getString("region"), rs.getString("published"),
                        rs.getString("title"), category + " · " + rs.getString("issuer"),
                        join(category, rs.getString("issuer")), "", rs.getString("body"));
            }
        }
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(p.strip());
            }
        }
        return sb.toString();
    }

    /** key_points is stored by this application as a JSON array; Columns' Gson reads it. */
    private static final class StrictJsonArray {
        static com.google.gson.JsonArray parse(String json) {
            if (json == null || json.isBlank()) {
                return new com.google.gson.JsonArray();
            }
            return Columns.gson().fromJson(json, com.google.gson.JsonArray.class);
        }
    }

    /** Writes index rows in batches, keeping the rows whose source is unchanged. */
    private static final class Writer implements AutoCloseable {
        private record Existing(long id, String hash) { }

        private final Connection c;
        private final PreparedStatement doc;
        private final PreparedStatement text;
        private final PreparedStatement dropDoc;
        private final PreparedStatement dropText;
        private final String origin;
        private final java.util.Map<String, Existing> existing = new java.util.HashMap<>();
        private final java.security.MessageDigest sha;
        private long nextId;
        private int pending;
        int changed;

        Writer(Connection c, String origin) throws SQLException {
            this.c = c;
            this.origin = origin;
            this.nextId = count(c, "SELECT coalesce(max(id), 0) FROM search_doc") + 1;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, kind, ref_id, hash FROM search_doc WHERE origin = ?")) {
                ps.setString(1, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        existing.put(rs.getString(2) + "\u0000" + rs.getString(3),
                                new Existing(rs.getLong(1), rs.getString(4)));
                    }
                }
            }
            try {
                this.sha = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            this.doc = c.prepareStatement("INSERT INTO search_doc (id, kind, ref_id, origin, domain, region, date,"
                    + " title, context, hash) VALUES (?,?,?,?,?,?,?,?,?,?)");
            this.text = c.prepareStatement("INSERT INTO search_index (rowid, title, title_py, title_ini, terms,"
                    + " terms_py, terms_ini, keypoints, body) VALUES (?,?,?,?,?,?,?,?,?)");
            this.dropDoc = c.prepareStatement("DELETE FROM search_doc WHERE id = ?");
            this.dropText = c.prepareStatement("DELETE FROM search_index WHERE rowid = ?");
        }

        private String hash(String... parts) {
            sha.reset();
            for (String p : parts) {
                sha.update((p == null ? "\u0001" : p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        }

        void add(String kind, String id, String domain, String region, String date, String title, String context,
                 String terms, String keypoints, String body) throws SQLException {
            String hash = hash(kind, id, domain, region, date, title, context, terms, keypoints, body);
            Existing old = existing.remove(kind + "\u0000" + id);
            if (old != null) {
                if (old.hash().equals(hash)) {
                    return;
                }
                drop(old.id());
            }
            long rowid = nextId++;
            doc.setLong(1, rowid);
            doc.setString(2, kind);
            doc.setString(3, id);
            doc.setString(4, origin);
            doc.setString(5, domain == null ? "" : domain);
            doc.setString(6, region);
            doc.setString(7, date == null || date.isEmpty() ? null : date);
            doc.setString(8, title);
            doc.setString(9, context == null ? "" : context);
            doc.setString(10, hash);
            doc.addBatch();
            text.setLong(1, rowid);
            text.setString(2, SearchText.spaced(title));
            text.setString(3, SearchText.pinyin(title));
            text.setString(4, SearchText.initials(title));
            text.setString(5, SearchText.spaced(terms));
            text.setString(6, SearchText.pinyin(terms));
            text.setString(7, SearchText.initials(terms));
            text.setString(8, SearchText.spaced(keypoints));
            text.setString(9, SearchText.spaced(body));
            text.addBatch();
            changed++;
            if (++pending >= Columns.BATCH) {
                flush();
            }
        }

        private void drop(long rowid) throws SQLException {
            dropDoc.setLong(1, rowid);
            dropDoc.addBatch();
            dropText.setLong(1, rowid);
            dropText.addBatch();
            pending++;
            changed++;
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                dropDoc.executeBatch();
                dropText.executeBatch();
                doc.executeBatch();
                text.executeBatch();
                pending = 0;
            }
        }

        /** Writes what is pending and deletes the rows whose records are gone. */
        void finish() throws SQLException {
            flush();
            if (!existing.isEmpty() && existing.size() == count(c, "SELECT count(*) FROM search_doc")) {
                // Every row goes (a new content set, or none): faster than one by one.
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO search_index (search_index) VALUES ('delete-all')");
                    s.executeUpdate("DELETE FROM search_doc");
                }
                changed += existing.size();
                existing.clear();
            }
            for (Existing gone : existing.values()) {
                drop(gone.id());
            }
            existing.clear();
            flush();
        }

        @Override
        public void close() throws SQLException {
            try (doc; text; dropDoc; dropText) {
                // closes all four
            }
        }
    }

    /**
     * Runs a search. {@code matchByTier} holds MATCH expressions for the column sets of tiers 0..3
     * (cumulative: title; + key terms; + key points; + body) — null where that tier cannot match;
     * the last one (all columns) must be non-null. The expressions are built by the caller from
     * quoted tokens only. Only rows in the kiosk's area; ordered by tier, the kiosk's own
     * township (or village) before the county, newer first, then bm25.
     */
    public List<Found> find(List<String> matchByTier, Optional<String> kind, Optional<String> domain, int limit) {
        String all = matchByTier.get(matchByTier.size() - 1);
        StringBuilder tier = new StringBuilder("CASE");
        List<String> tierArgs = new ArrayList<>();
        for (int t = 0; t < matchByTier.size() - 1; t++) {
            if (matchByTier.get(t) != null) {
                tier.append(" WHEN d.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?) THEN ").append(t);
                tierArgs.add(matchByTier.get(t));
            }
        }
        tier.append(" ELSE ").append(matchByTier.size() - 1).append(" END");
        String sql = "SELECT d.kind, d.ref_id, d.title, d.context, d.domain, d.date, d.region, m.score, "
                + tier + " AS tier, (instr(d.region, ?) = 1) AS own"
                + " FROM (SELECT rowid AS id, bm25(search_index, 10.0, 10.0, 8.0, 4.0, 3.0, 3.0, 2.0, 1.0) AS score"
                + " FROM search_index WHERE search_index MATCH ?) m JOIN search_doc d ON d.id = m.id"
                + " WHERE (instr(?, d.region) = 1 OR instr(d.region, ?) = 1)"
                + " AND (? IS NULL OR d.kind = ?) AND (? IS NULL OR d.domain = ?)"
                + " ORDER BY tier, own DESC, d.date DESC, m.score, d.kind, d.ref_id LIMIT ?";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (String a : tierArgs) {
                    ps.setString(i++, a);
                }
                ps.setString(i++, area);
                ps.setString(i++, all);
                i = Columns.bindArea(ps, i, area);
                ps.setString(i++, kind.orElse(null));
                ps.setString(i++, kind.orElse(null));
                ps.setString(i++, domain.orElse(null));
                ps.setString(i++, domain.orElse(null));
                ps.setInt(i, limit);
                List<Found> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Found(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(9),
                                rs.getInt(10) == 1, rs.getDouble(8)));
                    }
                }
                return out;
            }
        });
    }

    /** Titles, domains and key terms (level 1 of the catalog) of the records in the kiosk's area: the vocabulary. */
    public List<String> vocabularyTexts() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT title, domain, context, kind FROM search_doc WHERE "
                    + "(instr(?, region) = 1 OR instr(region, ?) = 1)")) {
                Columns.bindArea(ps, 1, area);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                        out.add(rs.getString(2));
                        if ("catalog".equals(rs.getString(4))) {
                            out.add(rs.getString(3));
                        }
                    }
                }
                return out;
            }
        });
    }

    /** The distinct domains of the records in the kiosk's area, most records first. */
    public List<String> domains() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT domain FROM search_doc WHERE "
                    + "(instr(?, region) = 1 OR instr(region, ?) = 1) AND kind <> 'notice' AND domain <> ''"
                    + " GROUP BY domain ORDER BY count(*) DESC, domain")) {
                Columns.bindArea(ps, 1, area);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    /** Changes whenever the index does (a feed applied, local content rebuilt): for caches built from it. */
    public String generation() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(id), 0),"
                    + " (SELECT coalesce(max(seq), 0) FROM content_version) FROM search_doc")) {
                rs.next();
                return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3);
            }
        });
    }

    /** Counts one search that found nothing. */
    public void recordMiss(String query, Instant now) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_miss (query, count, last) VALUES (?, 1, ?)"
                    + " ON CONFLICT (query) DO UPDATE SET count = count + 1, last = excluded.last")) {
                ps.setString(1, query);
                ps.setString(2, now.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The commonest searches that found nothing, most frequent (then latest) first. */
    public List<MissRow> misses(int max) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT query, count, last FROM search_miss ORDER BY count DESC, last DESC LIMIT ?")) {
                ps.setInt(1, max);
                List<MissRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MissRow(rs.getString(1), rs.getInt(2), Instant.parse(rs.getString(3))));
                    }
                }
                return out;
            }
        });
    }
}
