package cn.gongkai.kiosk.storage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * What the search index holds of each kind of record, read from the content tables: the title,
 * key terms (domain, level 1, document number, issuer), key points and body, and what a result
 * line shows. Catalog items keep their catalog order (seq), so undated results list in it.
 */
final class SearchIndexSources {
    private SearchIndexSources() {
    }

    /**
     * Adds every record of {@code origin}: the dated ones newest first across the three kinds,
     * then the catalog in catalog order. That is the order of their row ids, so FTS5 appends to
     * its in-memory lists instead of writing them out at every row (a 100,000-record build in
     * random id order took twice as long).
     */
    static void addAll(Connection c, String origin, SearchIndexWriter w) throws SQLException {
        try (Cursor policies = new Cursor(c, "SELECT * FROM policy WHERE origin = ? ORDER BY issued DESC", origin,
                "issued", SearchIndexSources::policy);
             Cursor funds = new Cursor(c, "SELECT * FROM fund WHERE origin = ? ORDER BY published DESC", origin,
                     "published", SearchIndexSources::fund);
             Cursor notices = new Cursor(c, "SELECT * FROM notice WHERE origin = ? ORDER BY published DESC", origin,
                     "published", SearchIndexSources::notice)) {
            PriorityQueue<Cursor> newest = new PriorityQueue<>(
                    Comparator.comparing(Cursor::date, Comparator.nullsLast(Comparator.reverseOrder())));
            for (Cursor cursor : List.of(policies, funds, notices)) {
                if (cursor.advance()) {
                    newest.add(cursor);
                }
            }
            while (!newest.isEmpty()) {
                Cursor cursor = newest.poll();
                w.add(cursor.source());
                if (cursor.advance()) {
                    newest.add(cursor);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM catalog_item WHERE origin = ? ORDER BY seq")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    w.add(catalog(rs));
                }
            }
        }
    }

    private interface Reader {
        SearchIndexWriter.Source read(ResultSet rs) throws SQLException;
    }

    /** One kind's records, newest first, one row ahead. */
    private static final class Cursor implements AutoCloseable {
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final String dateColumn;
        private final Reader reader;
        private SearchIndexWriter.Source current;
        private String date;

        Cursor(Connection c, String sql, String origin, String dateColumn, Reader reader) throws SQLException {
            this.ps = c.prepareStatement(sql);
            ps.setString(1, origin);
            this.rs = ps.executeQuery();
            this.dateColumn = dateColumn;
            this.reader = reader;
        }

        boolean advance() throws SQLException {
            if (!rs.next()) {
                return false;
            }
            date = rs.getString(dateColumn);
            current = reader.read(rs);
            return true;
        }

        String date() {
            return date;
        }

        SearchIndexWriter.Source source() {
            return current;
        }

        @Override
        public void close() throws SQLException {
            try (ps; rs) {
                // closes both
            }
        }
    }

    private static SearchIndexWriter.Source catalog(ResultSet rs) throws SQLException {
        String domain = rs.getString("domain");
        String level1 = rs.getString("level1");
        return new SearchIndexWriter.Source("catalog", rs.getString("id"), domain, rs.getString("region"), null, null,
                rs.getString("level2"), domain + " / " + level1, join(domain, level1), rs.getString("content"),
                join(rs.getString("basis"), rs.getString("subject"), rs.getString("deadline"), rs.getString("audience"),
                        rs.getString("manner"), String.join(" ", Columns.stringList(rs.getString("channels")))));
    }

    private static SearchIndexWriter.Source policy(ResultSet rs) throws SQLException {
        StringBuilder points = new StringBuilder(rs.getString("summary"));
        StringBuilder pointTitles = new StringBuilder();
        for (JsonElement e : SearchIndexWriter.jsonArray(rs.getString("key_points"))) {
            JsonObject o = e.getAsJsonObject();
            String t = SearchIndexWriter.text(o, "title");
            pointTitles.append(t).append(' ');
            points.append(' ').append(t).append(' ').append(SearchIndexWriter.text(o, "text"));
        }
        String doc = rs.getString("doc_number");
        return new SearchIndexWriter.Source("policy", rs.getString("id"), rs.getString("domain"), rs.getString("region"),
                rs.getString("issued"), rs.getString("expires"), rs.getString("title"),
                doc.isEmpty() ? rs.getString("issuer") : doc,
                join(rs.getString("domain"), doc, rs.getString("issuer"), pointTitles.toString()),
                points.toString(), join(rs.getString("body"), rs.getString("interpretation")));
    }

    private static SearchIndexWriter.Source fund(ResultSet rs) throws SQLException {
        String doc = rs.getString("source_doc_number");
        return new SearchIndexWriter.Source("fund", rs.getString("id"), rs.getString("domain"), rs.getString("region"),
                rs.getString("published"), null, rs.getString("project"),
                rs.getString("domain") + " · " + rs.getString("responsible_unit"),
                join(rs.getString("domain"), rs.getString("fund_source"), doc, rs.getString("project_code")),
                join(rs.getString("beneficiary_summary"), rs.getString("description")),
                join(rs.getString("responsible_unit"), rs.getString("period"), rs.getString("complaints_phone")));
    }

    private static SearchIndexWriter.Source notice(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        return new SearchIndexWriter.Source("notice", rs.getString("id"), category, rs.getString("region"),
                rs.getString("published"), rs.getString("valid_until"), rs.getString("title"),
                category + " · " + rs.getString("issuer"), join(category, rs.getString("issuer")), "",
                rs.getString("body"));
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
}
