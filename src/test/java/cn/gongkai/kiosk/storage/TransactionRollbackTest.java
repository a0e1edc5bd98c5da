package cn.gongkai.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transaction that dies of an Error (out of memory, say) must roll back, not half-commit. */
class TransactionRollbackTest {
    @TempDir
    Path tmp;

    @Test
    void anErrorInsideWriteRollsEverythingBack() {
        try (Database db = Database.open(tmp.resolve("k.db"))) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO meta (key, value) VALUES ('kept', '1')");
                }
                return null;
            });
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM meta");
                    s.executeUpdate("INSERT INTO meta (key, value) VALUES ('half', '1')");
                }
                throw new OutOfMemoryError("simulated");
            })).isInstanceOf(OutOfMemoryError.class);
            int rows = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT group_concat(key) FROM meta")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("kept");
                    return 1;
                }
            });
            assertThat(rows).isEqualTo(1);
        }
    }
}
