package cn.gongkai.kiosk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations from {@code db/migration/V<n>__<name>.sql}, tracked in SQLite's
 * {@code user_version}. Each migration runs in its own transaction, so a power cut leaves the
 * schema at a whole version. Add a file and its name here; never edit a released one.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of(
            "V1__initial.sql",
            "V2__feed_sync.sql",
            "V3__broadcasts.sql",
            "V4__search.sql",
            "V5__search_order.sql",
            "V6__staff.sql");

    private Migrations() {
    }

    static void apply(Connection c) throws SQLException {
        int current = currentVersion(c);
        if (current > SCRIPTS.size()) {
            throw new SQLException("database schema version " + current
                    + " is newer than this program knows (" + SCRIPTS.size() + "); install the newer kiosk version");
        }
        for (int v = current + 1; v <= SCRIPTS.size(); v++) {
            String sql = load(SCRIPTS.get(v - 1));
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements(sql)) {
                    s.execute(statement);
                }
                s.execute("PRAGMA user_version=" + v);
                c.commit();
            } catch (Throwable e) {
                c.rollback(); // before autocommit is restored, which would commit
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Splits a script on ';' at line ends and drops '--' comment lines (our scripts hold no triggers). */
    static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                // Trailing comments: our scripts hold no string literal containing "--".
                clean.append(line.replaceFirst("\\s--.*$", "")).append('\n');
            }
        }
        return List.of(clean.toString().split(";\\s*\n")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String load(String name) {
        String path = "/db/migration/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
