package cn.gongkai.kiosk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.storage.StaffDao;
import cn.gongkai.kiosk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffAccessTest {
    /** Few iterations: these tests check hundreds of PINs; the production count is ITERATIONS. */
    private static final int FAST = 1_000;

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));

    private StaffAccess open(Database db) {
        return new StaffAccess(new StaffDao(db), new LocalContentDao(db), clock, FAST);
    }

    @Test
    void pinsAreStoredOnlyAsSaltedHashes() throws Exception {
        Path file = dir.resolve("kiosk.db");
        try (Database db = Database.open(file)) {
            StaffAccess access = open(db);
            access.save("王会计", StaffAccess.Role.EDITOR, "735194", "setup");
            access.save("李站长", StaffAccess.Role.ADMIN, "735194", "setup");
            StaffDao.Account a = new StaffDao(db).account("王会计").orElseThrow();
            StaffDao.Account b = new StaffDao(db).account("李站长").orElseThrow();
            assertThat(a.pinHash()).hasSize(64).isNotEqualTo(b.pinHash()); // same PIN, different salts
            assertThat(a.salt()).isNotEqualTo(b.salt());
        }
        for (Path f : Files.list(dir).toList()) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("735194");
        }
        assertThat(StaffAccess.hash("1234", new byte[16], 310_000)).hasSize(64);
    }

    @Test
    void rightPinOpensASessionWithItsRole() {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            StaffAccess access = open(db);
            access.save("李站长", StaffAccess.Role.ADMIN, "8642", "setup");
            access.save("王会计", StaffAccess.Role.EDITOR, "1357", "setup");
            StaffAccess.Attempt ok = access.login("王会计", "1357");
            assertThat(ok).isInstanceOf(StaffAccess.Opened.class);
            StaffSession s = ((StaffAccess.Opened) ok).session();
            assertThat(s.staff().isAdmin()).isFalse();
            assertThat(((StaffAccess.Opened) access.login("李站长", "8642")).session().staff().isAdmin()).isTrue();
            // Another account's PIN does not open this one; an unknown name answers like a wrong PIN.
            assertThat(access.login("王会计", "8642")).isEqualTo(new StaffAccess.Wrong(4));
            assertThat(access.login("nobody", "8642")).isEqualTo(new StaffAccess.Wrong(3));
            assertThat(new LocalContentDao(db).auditLog(10)).extracting(LocalContentDao.AuditEntry::action)
                    .contains("login", "login-failed", "account-added");
        }
    }

    @Test
    void fiveWrongPinsLockThePadForFiveMinutesAcrossRestarts() {
        Path file = dir.resolve("kiosk.db");
        try (Database db = Database.open(file)) {
            StaffAccess access = open(db);
            access.save("王会计", StaffAccess.Role.EDITOR, "1357", "setup");
            for (int left = 4; left >= 1; left--) {
                assertThat(access.login("王会计", "0000")).isEqualTo(new StaffAccess.Wrong(left));
            }
            assertThat(access.login("王会计", "0000"))
                    .isEqualTo(new StaffAccess.Locked(clock.instant().plus(StaffAccess.LOCK)));
        }
        clock.advance(Duration.ofMinutes(4));
        try (Database db = Database.open(file)) {
            // A restart (a new process on the same data) does not unlock it, and the right PIN does not either.
            StaffAccess access = open(db);
            assertThat(access.lockedUntil()).isPresent();
            assertThat(access.login("王会计", "1357")).isInstanceOf(StaffAccess.Locked.class);
            clock.advance(Duration.ofMinutes(1));
            assertThat(access.lockedUntil()).isEmpty();
            assertThat(access.login("王会计", "1357")).isInstanceOf(StaffAccess.Opened.class);
            // A success resets the count.
            assertThat(access.login("王会计", "0000")).isEqualTo(new StaffAccess.Wrong(4));
            assertThat(new LocalContentDao(db).auditLog(20)).extracting(LocalContentDao.AuditEntry::action)
                    .contains("pad-locked");
        }
    }

    @Test
    void aSessionEndsTwoMinutesAfterTheLastTouch() {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            StaffAccess access = open(db);
            access.save("王会计", StaffAccess.Role.EDITOR, "1357", "setup");
            StaffSession s = ((StaffAccess.Opened) access.login("王会计", "1357")).session();
            clock.advance(Duration.ofSeconds(100));
            s.touch();
            clock.advance(Duration.ofSeconds(100));
            assertThat(s.isOpen()).isTrue();
            clock.advance(Duration.ofSeconds(20));
            assertThat(s.isOpen()).isFalse();
            s.touch(); // too late: it stays closed
            assertThat(s.isOpen()).isFalse();
            assertThatThrownBy(s::require).isInstanceOf(LocalContentException.class).hasMessageContaining("超时");
        }
    }

    @Test
    void badNamesAndPinsAreRefusedInWords() {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            StaffAccess access = open(db);
            assertThatThrownBy(() -> access.save("王会计", StaffAccess.Role.EDITOR, "12", "x")).hasMessage("密码须为4到8位数字");
            assertThatThrownBy(() -> access.save("王会计", StaffAccess.Role.EDITOR, "12ab", "x")).hasMessage("密码须为4到8位数字");
            assertThatThrownBy(() -> access.save("王会计", StaffAccess.Role.EDITOR, "1111", "x"))
                    .hasMessage("密码不能全是同一个数字");
            assertThatThrownBy(() -> access.save(" ", StaffAccess.Role.EDITOR, "1357", "x")).hasMessage("姓名须为1到12个字");
            assertThat(access.accounts()).isEmpty();
            assertThat(access.hasAdmin()).isFalse();
        }
    }
}
