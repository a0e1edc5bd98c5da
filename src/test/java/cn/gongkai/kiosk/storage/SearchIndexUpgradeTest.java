package cn.gongkai.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.RegionCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
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
            try (NoticeDao.Inserter rows = new NoticeDao.Inserter(c, ContentStore.FEED)) {
                rows.add(Samples.notice("n-old", "360123102", LocalDate.of(2026, 3, 1), false));
                rows.add(Samples.notice("n-new", "360123102", LocalDate.of(2026, 11, 1), false));
                rows.finish();
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
