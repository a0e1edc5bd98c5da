package cn.gongkai.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void splitsOnSemicolonsAtLineEndsAndDropsComments() {
        String script = """
                -- header comment; with a semicolon
                CREATE TABLE a (
                    x TEXT NOT NULL,   -- trailing comment; also with one
                    y INTEGER
                );

                   -- indented comment
                CREATE INDEX a_x ON a (x);
                INSERT INTO a (x, y) VALUES ('p;q', 1);
                """;
        List<String> statements = Migrations.statements(script);
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).startsWith("CREATE TABLE a (").endsWith(")")
                .contains("x TEXT NOT NULL,").contains("y INTEGER")
                .doesNotContain("--").doesNotContain("trailing");
        assertThat(statements.get(1)).isEqualTo("CREATE INDEX a_x ON a (x)");
        assertThat(statements.get(2)).isEqualTo("INSERT INTO a (x, y) VALUES ('p;q', 1)");
        assertThat(statements).noneMatch(s -> s.contains("comment"));
    }

    @Test
    void handlesWindowsLineEndsAndMissingFinalNewline() {
        List<String> statements = Migrations.statements("-- c\r\nCREATE TABLE a (x);\r\nCREATE TABLE b (y);");
        assertThat(statements).containsExactly("CREATE TABLE a (x)", "CREATE TABLE b (y)");
    }

    @Test
    void emptyOrCommentOnlyScriptHasNoStatements() {
        assertThat(Migrations.statements("")).isEmpty();
        assertThat(Migrations.statements("-- only a comment;\n\n   \n")).isEmpty();
    }

    @Test
    void everyListedScriptShipsAndSplitsIntoStatements() throws Exception {
        assertThat(Migrations.SCRIPTS).isNotEmpty();
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            String name = Migrations.SCRIPTS.get(i);
            assertThat(name).startsWith("V" + (i + 1) + "__").endsWith(".sql");
            try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + name)) {
                assertThat(in).as(name).isNotNull();
                List<String> statements = Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(statements).isNotEmpty().allSatisfy(s -> {
                    assertThat(s).doesNotContain("--");
                    assertThat(s).matches("(?s)^(CREATE|INSERT|ALTER|DROP|UPDATE).*");
                });
            }
        }
    }

    @Test
    void firstMigrationCreatesAllContentTables() throws Exception {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/V1__initial.sql")) {
            List<String> statements = Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(statements).filteredOn(s -> s.startsWith("CREATE TABLE"))
                    .extracting(s -> s.split("\\s+")[2])
                    .containsExactly("meta", "content_version", "catalog_item", "policy", "fund", "fund_beneficiary",
                            "notice");
        }
    }
}
