package cn.gongkai.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.RegionCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk whose database was made by the version with the first search index (V4) keeps its
 * content after the upgrade, and its search works: V5 replaces the index and the application
 * rebuilds it from the content tables when it opens the database.
 */
class SearchIndexUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aVersion4DatabaseIsReindexedOnOpen() throws Exception {
        Path file = dir.resolve("kiosk.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String script : Migrations.SCRIPTS.subList(0, 4)) {
                    for (String statement : Migrations.statements(Migrations.load(script))) {
                        s.execute(statement);
                    }
                }
                s.execute("PRAGMA user_version=4");
                // A row of the old index, which the new one must not keep.
                s.execute("INSERT INTO search_doc (id, kind, ref_id, origin, domain, region, date, title, context, hash)"
                        + " VALUES (1, 'notice', 'gone', 'feed', '公告', '360123102', NULL, '旧索引', '', 'x')");
            }
            // Rows as the V4 schema had them (written by that version, not by today's DAO).
            try (var ps = c.prepareStatement("INSERT INTO notice (id, origin, title, category, body, issuer, published,"
                    + " valid_from, valid_until, urgent, scope_level, region) VALUES (?, 'feed', ?, '公告', '正文', '石鼻镇人民政府',"
                    + " ?, ?, NULL, 0, 'township', '360123102')")) {
                for (String[] n : new String[][] {{"n-old", "2026-03-01"}, {"n-new", "2026-11-01"}}) {
                    ps.setString(1, n[0]);
                    ps.setString(2, "通知 " + n[0]);
                    ps.setString(3, n[1]);
                    ps.setString(4, n[1]);
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
        try (Database db = Database.open(file)) {
            assertThat(Samples.count(db, "PRAGMA user_version")).isEqualTo(Migrations.SCRIPTS.size());
            SearchIndexDao dao = new SearchIndexDao(db, RegionCode.of("360123102"));
            dao.ensureBuilt();
            String title = db.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT title FROM notice LIMIT 1")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            String firstChar = title.substring(0, 1);
            List<SearchIndexDao.Found> found = dao.find(List.of("{title} : \"" + firstChar + "\""),
                    Optional.empty(), Optional.empty(), 10);
            // Both notices, the newer first; nothing of the old index.
            assertThat(found).extracting(SearchIndexDao.Found::refId).containsExactly("n-new", "n-old");
        }
    }
}
