package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.RegionCode;
import com.google.gson.JsonArray;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The search index (V5__search_order.sql): runs FTS5 queries whose MATCH expressions the search
 * package builds from quoted tokens. {@link SearchIndexWriter} writes the rows: of origin 'feed'
 * in the transaction that applies a feed version ({@link ContentStore}), of staff ('local')
 * content through {@link #rebuild(String)} after an edit.
 */
public final class SearchIndexDao {
    /** The searchable columns of search_index, in order (tags holds filters, not text). */
    public static final List<String> COLUMNS = List.of("title", "title_py", "title_ini", "terms", "terms_py",
            "terms_ini", "keypoints", "body", "title_bi", "terms_bi", "keypoints_bi", "body_bi", "title_inibi",
            "terms_inibi");

    /** One row found: what a result shows, and its tier (0 title, 1 key terms, 2 key points, 3 body). */
    public record Found(String kind, String refId, String title, String context, String domain, String date,
                        String until, String region, int tier, boolean ownArea) {
        Found withTier(int t) {
            return new Found(kind, refId, title, context, domain, date, until, region, t, ownArea);
        }
    }

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
            SearchIndexWriter.rebuild(c, origin);
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
                SearchIndexWriter.rebuild(c, ContentStore.FEED);
                SearchIndexWriter.rebuild(c, "local");
                return null;
            });
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** A query with fewer matches than this is ranked from its complete set, read once. */
    static final int PROBE = 200;
    private static final String SELECT = "SELECT s.rowid, d.kind, d.ref_id, d.title, d.context, d.domain, d.date,"
            + " d.until, d.region FROM search_index s JOIN search_doc d ON d.id = s.rowid"
            + " WHERE search_index MATCH ? ORDER BY s.rowid LIMIT ?";

    /**
     * Runs a search. {@code matchByTier} holds MATCH expressions for the columns of tiers 0..n
     * (cumulative: title; + key terms; + key points; + body), null where a tier cannot match; the
     * last one must not be null. The caller builds them from quoted tokens only. Only rows in the
     * kiosk's area; ordered by tier, then the kiosk's own township (or village) before the levels
     * above it, then newer first (the row id order).
     *
     * <p>Each step reads matches in rank order and stops at the rows it needs, so the cost
     * follows the rows returned rather than the rows that match: first the title matches of the
     * kiosk's own area (a common query ends here); then a probe of the first {@link #PROBE}
     * matches in all columns: fewer means that is all of them, and their tiers are found by
     * looking those rows up; otherwise one query per tier and area.
     */
    public List<Found> find(List<String> matchByTier, Optional<String> kind, Optional<String> domain, int limit) {
        StringBuilder filter = new StringBuilder();
        kind.ifPresent(k -> filter.append(" AND tags : ").append(SearchTags.kind(k)));
        domain.ifPresent(d -> filter.append(" AND tags : ").append(SearchTags.domain(d)));
        List<String> areas = new ArrayList<>();
        areas.add(SearchTags.own(area));
        areas.addAll(SearchTags.above(area));
        String all = matchByTier.get(matchByTier.size() - 1);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                // Common queries: the title matches of the kiosk's own area fill the page at once.
                List<Row> first = matchByTier.get(0) == null ? List.of()
                        : rows(ps, "(" + matchByTier.get(0) + ") AND tags : " + SearchTags.own(area) + filter, limit);
                if (first.size() == limit) {
                    return first.stream().map(r -> r.found().withTier(0)).toList();
                }
                // Rarer ones: fewer than PROBE matches in all columns are ranked from that complete set.
                List<Row> probe = rows(ps, "(" + all + ") AND tags : (" + String.join(" OR ", areas) + ")" + filter,
                        PROBE);
                if (probe.size() < PROBE) {
                    return ranked(c, probe, matchByTier, limit);
                }
                return byTier(ps, matchByTier, filter.toString(), limit);
            }
        });
    }

    private record Row(long id, Found found) { }

    private List<Row> rows(PreparedStatement ps, String match, int max) throws SQLException {
        ps.setString(1, match);
        ps.setInt(2, max);
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String region = rs.getString(9);
                out.add(new Row(rs.getLong(1), new Found(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), region, -1,
                        region.startsWith(area))));
            }
        }
        return out;
    }

    /** Ranks a complete set of matches: each row's tier is the first whose columns match it. */
    private static List<Found> ranked(Connection c, List<Row> all, List<String> matchByTier, int limit)
            throws SQLException {
        Map<Long, Integer> tiers = new HashMap<>();
        if (!all.isEmpty()) {
            JsonArray ids = new JsonArray();
            all.forEach(r -> ids.add(r.id()));
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_index WHERE search_index MATCH ?"
                    + " AND rowid IN (SELECT value FROM json_each(?))")) {
                for (int t = 0; t < matchByTier.size() - 1 && tiers.size() < all.size(); t++) {
                    if (matchByTier.get(t) != null) {
                        ps.setString(1, matchByTier.get(t));
                        ps.setString(2, ids.toString());
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                tiers.putIfAbsent(rs.getLong(1), t);
                            }
                        }
                    }
                }
            }
        }
        int last = matchByTier.size() - 1;
        return all.stream()
                .map(r -> new Row(r.id(), r.found().withTier(tiers.getOrDefault(r.id(), last))))
                .sorted(Comparator.comparingInt((Row r) -> r.found().tier())
                        .thenComparing(r -> !r.found().ownArea()).thenComparingLong(Row::id))
                .limit(limit).map(Row::found).toList();
    }

    /** Tier by tier, own area then the levels above: each a query in rank order that stops at the rows still needed. */
    private List<Found> byTier(PreparedStatement ps, List<String> matchByTier, String filter, int limit)
            throws SQLException {
        List<String> passes = new ArrayList<>();
        passes.add("tags : " + SearchTags.own(area));
        if (!SearchTags.above(area).isEmpty()) {
            passes.add("tags : (" + String.join(" OR ", SearchTags.above(area)) + ")");
        }
        List<Found> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int tier = 0; tier < matchByTier.size() && out.size() < limit; tier++) {
            String match = matchByTier.get(tier);
            for (int pass = 0; match != null && pass < passes.size() && out.size() < limit; pass++) {
                // Rows of earlier tiers match again (the columns are cumulative): skip them.
                for (Row r : rows(ps, "(" + match + ") AND " + passes.get(pass) + filter, limit - out.size() + seen.size())) {
                    if (out.size() < limit && seen.add(r.id())) {
                        out.add(r.found().withTier(tier));
                    }
                }
            }
        }
        return out;
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
    public long generation() {
        return db.read(c -> count(c, "SELECT generation FROM search_state"));
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
