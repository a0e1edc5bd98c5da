package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.util.SearchText;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Writes the search index rows (V5__search_order.sql) of one origin from the content tables, on
 * the caller's transaction: rows whose source text is unchanged (by hash) are kept, changed ones
 * replaced, vanished ones deleted. Row ids are the rank order: newer records first, undated ones
 * last in the order written, so a query reads matches best first and stops at its limit.
 */
final class SearchIndexWriter implements AutoCloseable {
    /** Content versions with at least this many changed rows get an FTS5 'optimize' after the rebuild. */
    static final int OPTIMIZE_ABOVE = 2_000;
    /** Ids of one day's records: the low 24 bits of the id. */
    private static final int PER_DAY_BITS = 24;
    /** The id bucket of records without a date: after every dated one. */
    private static final long UNDATED = 400_000;

    private record Existing(long id, String hash) { }

    private final Connection c;
    private final PreparedStatement doc;
    private final PreparedStatement text;
    private final PreparedStatement dropDoc;
    private final PreparedStatement dropText;
    private final String origin;
    private final Map<String, Existing> existing = new HashMap<>();
    /** Next free id per day bucket, found once per bucket from the ids in use. */
    private final Map<Long, Long> nextInBucket = new HashMap<>();
    private final MessageDigest sha;
    private int pending;
    private int changed;

    /**
     * Brings the index rows of {@code origin} up to date with the content tables, on the caller's
     * transaction; an FTS5 'optimize' follows when many rows changed.
     */
    static void rebuild(Connection c, String origin) throws SQLException {
        int changed;
        try (SearchIndexWriter w = new SearchIndexWriter(c, origin)) {
            SearchIndexSources.addAll(c, origin, w);
            w.finish();
            changed = w.changed;
        }
        if (changed > 0) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE search_state SET generation = generation + 1");
                if (changed >= OPTIMIZE_ABOVE) {
                    s.executeUpdate("INSERT INTO search_index (search_index) VALUES ('optimize')");
                }
            }
        }
    }

    private SearchIndexWriter(Connection c, String origin) throws SQLException {
        this.c = c;
        this.origin = origin;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, ref_id, hash FROM search_doc WHERE origin = ?")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString(2) + "\u0000" + rs.getString(3), new Existing(rs.getLong(1), rs.getString(4)));
                }
            }
        }
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.doc = c.prepareStatement("INSERT INTO search_doc (id, kind, ref_id, origin, domain, region, date, until,"
                + " title, context, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        this.text = c.prepareStatement("INSERT INTO search_index (rowid, title, title_py, title_ini, terms,"
                + " terms_py, terms_ini, keypoints, body, title_bi, terms_bi, keypoints_bi, body_bi, title_inibi,"
                + " terms_inibi, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        this.dropDoc = c.prepareStatement("DELETE FROM search_doc WHERE id = ?");
        this.dropText = c.prepareStatement("DELETE FROM search_index WHERE rowid = ?");
    }

    /** One searchable record; {@code date} and {@code until} are ISO dates or null. */
    record Source(String kind, String id, String domain, String region, String date, String until, String title,
                  String context, String terms, String keypoints, String body) { }

    void add(Source s) throws SQLException {
        String hash = hash(s.kind(), s.id(), s.domain(), s.region(), s.date(), s.until(), s.title(), s.context(),
                s.terms(), s.keypoints(), s.body());
        Existing old = existing.remove(s.kind() + "\u0000" + s.id());
        if (old != null) {
            if (old.hash().equals(hash)) {
                return;
            }
            drop(old.id());
        }
        long rowid = nextId(s.date());
        String domain = s.domain() == null ? "" : s.domain();
        doc.setLong(1, rowid);
        doc.setString(2, s.kind());
        doc.setString(3, s.id());
        doc.setString(4, origin);
        doc.setString(5, domain);
        doc.setString(6, s.region());
        doc.setString(7, blankToNull(s.date()));
        doc.setString(8, blankToNull(s.until()));
        doc.setString(9, s.title());
        doc.setString(10, s.context() == null ? "" : s.context());
        doc.setString(11, hash);
        doc.addBatch();
        String[] titleSyllables = SearchText.syllables(s.title());
        String[] termSyllables = SearchText.syllables(s.terms() == null ? "" : s.terms());
        text.setLong(1, rowid);
        text.setString(2, SearchText.spaced(s.title()));
        text.setString(3, SearchText.pinyin(titleSyllables));
        text.setString(4, SearchText.initials(titleSyllables));
        text.setString(5, SearchText.spaced(s.terms()));
        text.setString(6, SearchText.pinyin(termSyllables));
        text.setString(7, SearchText.initials(termSyllables));
        text.setString(8, SearchText.spaced(s.keypoints()));
        text.setString(9, SearchText.spaced(s.body()));
        text.setString(10, SearchText.bigrams(s.title()));
        text.setString(11, SearchText.bigrams(s.terms()));
        text.setString(12, SearchText.bigrams(s.keypoints()));
        text.setString(13, SearchText.bigrams(s.body()));
        text.setString(14, SearchText.initialPairs(titleSyllables));
        text.setString(15, SearchText.initialPairs(termSyllables));
        text.setString(16, SearchTags.of(s.kind(), domain, s.region()));
        text.addBatch();
        changed++;
        if (++pending >= Columns.BATCH) {
            flush();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The next id in the record's day bucket: (200000 - epoch day) * 2^24 + n, so newer days come first. */
    private long nextId(String date) throws SQLException {
        long bucket = UNDATED;
        if (date != null && !date.isEmpty()) {
            long day = Math.max(-100_000, Math.min(199_999, LocalDate.parse(date).toEpochDay()));
            bucket = 200_000 - day;
        }
        Long next = nextInBucket.get(bucket);
        if (next == null) {
            long lo = bucket << PER_DAY_BITS;
            try (PreparedStatement ps = c.prepareStatement("SELECT max(id) FROM search_doc WHERE id BETWEEN ? AND ?")) {
                ps.setLong(1, lo);
                ps.setLong(2, lo + (1L << PER_DAY_BITS) - 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long max = rs.getLong(1);
                    next = rs.wasNull() ? lo : max + 1;
                }
            }
        }
        if (next >= (bucket + 1) << PER_DAY_BITS) {
            throw new SQLException("search index: more than 16 million records dated " + date);
        }
        nextInBucket.put(bucket, next + 1);
        return next;
    }

    private String hash(String... parts) {
        sha.reset();
        for (String p : parts) {
            sha.update((p == null ? "\u0001" : p).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
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
            // Deletes before inserts: a changed record's old row goes before its new one is written.
            dropDoc.executeBatch();
            dropText.executeBatch();
            doc.executeBatch();
            text.executeBatch();
            pending = 0;
        }
    }

    /** Writes what is pending and deletes the rows whose records are gone. */
    private void finish() throws SQLException {
        flush();
        if (!existing.isEmpty() && existing.size() == countDocs()) {
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

    private long countDocs() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM search_doc")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try (doc; text; dropDoc; dropText) {
            // closes all four
        }
    }

    /** key_points is stored by this application as a JSON array; Columns' Gson reads it. */
    static JsonArray jsonArray(String json) {
        if (json == null || json.isBlank()) {
            return new JsonArray();
        }
        return Columns.gson().fromJson(json, JsonArray.class);
    }

    static String text(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
