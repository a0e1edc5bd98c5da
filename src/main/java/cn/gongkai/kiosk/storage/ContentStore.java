package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.util.StrictJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces the feed's content as one transaction and records which version is on screen. Rows
 * with origin 'local' (staff content) are never touched here.
 */
public final class ContentStore {
    static final String FEED = "feed";

    /** The content version on screen: where it came from, its number, when it was applied. */
    public record AppliedVersion(String source, long version, String region, Instant appliedAt,
                                 Map<String, Integer> counts) { }

    private final Database db;

    public ContentStore(Database db) {
        this.db = db;
    }

    /** Swaps all feed content for {@code content}; readers see the old or the new set, never a mix. */
    public void replaceFeedContent(ContentSet content, String source, long version, String region, Instant now) {
        db.write(c -> {
            replace(c, content, source, version, region, now);
            return null;
        });
    }

    /**
     * Applies a verified feed version: content, media rows and the feed state in one transaction,
     * so after a power cut the kiosk has exactly the old version or exactly the new one.
     */
    public void applyFeed(ContentSet content, java.util.List<FeedStateDao.MediaRow> media, FeedStateDao.FeedState state,
                          String region, Instant now) {
        db.write(c -> {
            replace(c, content, state.source().orElse("feed"), state.version(), region, now);
            FeedStateDao.replaceFeedMedia(c, media);
            FeedStateDao.writeApplied(c, state);
            return null;
        });
    }

    private static void replace(java.sql.Connection c, ContentSet content, String source, long version, String region,
                                Instant now) throws java.sql.SQLException {
        try (Statement s = c.createStatement()) {
            // fund_beneficiary rows go with their fund (ON DELETE CASCADE).
            for (String table : new String[] {"catalog_item", "policy", "fund", "notice", "broadcast"}) {
                s.executeUpdate("DELETE FROM " + table + " WHERE origin = '" + FEED + "'");
            }
        }
        // One prepared statement per table for the whole version, rows sent in batches.
        try (CatalogDao.Inserter rows = new CatalogDao.Inserter(c, FEED)) {
            int seq = 0;
            for (CatalogItem item : content.catalog()) {
                rows.add(item, seq++);
            }
            rows.finish();
        }
        try (PolicyDao.Inserter rows = new PolicyDao.Inserter(c, FEED)) {
            for (Policy p : content.policies()) {
                rows.add(p);
            }
            rows.finish();
        }
        try (FundDao.Inserter rows = new FundDao.Inserter(c, FEED)) {
            for (FundDisclosure f : content.funds()) {
                rows.add(f);
            }
            rows.finish();
        }
        try (NoticeDao.Inserter rows = new NoticeDao.Inserter(c, FEED)) {
            for (Notice n : content.notices()) {
                rows.add(n);
            }
            rows.finish();
        }
        try (BroadcastDao.Inserter rows = new BroadcastDao.Inserter(c, FEED)) {
            for (BroadcastEntry b : content.broadcasts()) {
                rows.add(b);
            }
            rows.finish();
        }
        // The search index follows in the same transaction: readers never see content and index apart.
        SearchIndexWriter.rebuild(c, FEED);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO content_version (source, version, region,"
                + " applied_at, item_counts) VALUES (?,?,?,?,?)")) {
            ps.setString(1, source);
            ps.setLong(2, version);
            ps.setString(3, region);
            ps.setString(4, now.toString());
            ps.setString(5, Columns.gson().toJson(content.counts()));
            ps.executeUpdate();
        }
    }

    /** The version on screen, or empty when no content was ever applied. */
    public Optional<AppliedVersion> current() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT source, version, region, applied_at, item_counts FROM content_version"
                            + " ORDER BY seq DESC LIMIT 1")) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, Integer> counts = new java.util.LinkedHashMap<>();
                StrictJson.parse(rs.getString(5)).getAsJsonObject().entrySet()
                        .forEach(e -> counts.put(e.getKey(), e.getValue().getAsInt()));
                return Optional.of(new AppliedVersion(rs.getString(1), rs.getLong(2), rs.getString(3),
                        Instant.parse(rs.getString(4)), counts));
            }
        });
    }
}
