package cn.gongkai.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    private static String pragma(Database db, String name, boolean onWriter) {
        SqlWork<String> work = c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        };
        return onWriter ? db.write(work) : db.read(work);
    }

    @Test
    void openSetsWalFullSyncAndForeignKeysOnBothConnections() {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            for (boolean writer : new boolean[] {false, true}) {
                assertThat(pragma(db, "journal_mode", writer)).isEqualToIgnoringCase("wal");
                assertThat(pragma(db, "synchronous", writer)).isEqualTo("2");
                assertThat(pragma(db, "foreign_keys", writer)).isEqualTo("1");
            }
            assertThat(db.file()).isEqualTo(dir.resolve("kiosk.db"));
        }
    }

    @Test
    void schemaIsAtTheLatestMigrationAndIntact() {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.SCRIPTS.size()).isPositive();
            assertThat(db.integrityCheck()).isEqualTo("ok");
            assertThat(Samples.count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN"
                    + " ('meta','content_version','catalog_item','policy','fund','fund_beneficiary','notice')"))
                    .isEqualTo(7);
        }
    }

    @Test
    void createsMissingDataDirectories() {
        Path file = dir.resolve("a/b/kiosk.db");
        try (Database db = Database.open(file)) {
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
        assertThat(file).exists();
    }

    @Test
    void reopeningIsIdempotentAndKeepsData() {
        Path file = dir.resolve("kiosk.db");
        try (Database db = Database.open(file)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO meta (key, value) VALUES ('k', 'v')"));
        }
        for (int i = 0; i < 2; i++) {
            try (Database db = Database.open(file)) {
                assertThat(db.schemaVersion()).isEqualTo(Migrations.SCRIPTS.size());
                assertThat(Samples.count(db, "SELECT count(*) FROM meta WHERE key = 'k'")).isEqualTo(1);
                assertThat(db.integrityCheck()).isEqualTo("ok");
            }
        }
    }

    @Test
    void readerConnectionCannotWrite() {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            assertThatThrownBy(() -> db.read(c -> c.createStatement()
                    .executeUpdate("INSERT INTO meta (key, value) VALUES ('k', 'v')")))
                    .isInstanceOf(StorageException.class);
            assertThat(Samples.count(db, "SELECT count(*) FROM meta")).isZero();
        }
    }

    @Test
    void failedWriteRollsBackEverything() {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO meta (key, value) VALUES ('a', '1')");
                c.createStatement().executeUpdate("INSERT INTO meta (key, value) VALUES ('a', '2')");
                return null;
            })).isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).kind()).isEqualTo(StorageException.Kind.FAILED));
            assertThat(Samples.count(db, "SELECT count(*) FROM meta")).isZero();
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO meta (key, value) VALUES ('b', '1')"));
            assertThat(Samples.count(db, "SELECT count(*) FROM meta")).isEqualTo(1);
        }
    }

    @Test
    void garbageFileIsReportedAsCorrupt() throws Exception {
        Path file = dir.resolve("kiosk.db");
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(file, garbage);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.kind()).isEqualTo(StorageException.Kind.CORRUPT))
                .hasMessageContaining(file.toString());
    }

    @Test
    void textFileIsReportedAsCorrupt() throws Exception {
        Path file = dir.resolve("kiosk.db");
        Files.writeString(file, "this is not a database, just some text that is long enough to have a header\n"
                .repeat(20));
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.kind()).isEqualTo(StorageException.Kind.CORRUPT));
    }

    @Test
    void readOnlyDataDirectoryIsNotWritable() throws Exception {
        Path ro = dir.resolve("ro");
        Files.createDirectory(ro);
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(ro), "running as a user (root) who can write to a read-only directory");
            assertThatThrownBy(() -> Database.open(ro.resolve("kiosk.db")))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.kind()).isEqualTo(StorageException.Kind.NOT_WRITABLE));
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void dataDirectoryThatIsAFileIsNotWritable() throws Exception {
        Path notADir = dir.resolve("plain-file");
        Files.writeString(notADir, "x");
        assertThatThrownBy(() -> Database.open(notADir.resolve("kiosk.db")))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.kind()).isEqualTo(StorageException.Kind.NOT_WRITABLE));
    }

    @Test
    void newerSchemaThanTheProgramKnowsIsRefused() throws Exception {
        Path file = dir.resolve("kiosk.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version=" + (Migrations.SCRIPTS.size() + 5));
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("newer");
    }
}
