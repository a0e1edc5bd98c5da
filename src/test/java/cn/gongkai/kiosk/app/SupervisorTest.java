package cn.gongkai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.testing.TestKiosk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tools/supervise.sh, the launcher's crash recovery: a real child process that crashes is started
 * again with the reason in its environment, at most MAX times a minute; exit 0 ends it. And the
 * kiosk records a restart in its log and audit log.
 */
class SupervisorTest {
    private static final Path SCRIPT = Path.of("tools/supervise.sh").toAbsolutePath();

    @TempDir
    Path tmp;

    private Process start(String max, String childScript) throws Exception {
        Path child = tmp.resolve("child.sh");
        Files.writeString(child, "#!/usr/bin/env bash\n" + childScript, StandardCharsets.UTF_8);
        child.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), max, "--", child.toString())
                .redirectErrorStream(true);
        pb.environment().put("KIOSK_RESTART_DELAY", "0");
        pb.environment().remove("KIOSK_RESTARTED");
        return pb.start();
    }

    @Test
    void aCrashingChildIsRestartedWithTheReasonThenGivenUpOn() throws Exception {
        Path runs = tmp.resolve("runs");
        Process p = start("3", "echo \"run ${KIOSK_RESTARTED:-first}\" >> " + runs + "\nexit 134\n");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(134);
        assertThat(Files.readAllLines(runs)).containsExactly("run first", "run 1 134", "run 2 134", "run 3 134");
        assertThat(out).contains("restarting (1)").contains("stopped after 4 unexpected exits within a minute");
    }

    @Test
    void aCleanExitEndsItAndACrashThenCleanExitIsRestartedOnce() throws Exception {
        Path runs = tmp.resolve("runs");
        Process p = start("5", "echo run >> " + runs + "\n[ -n \"${KIOSK_RESTARTED:-}\" ] && exit 0\nexit 1\n");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readAllLines(runs)).hasSize(2);
    }

    @Test
    void aRequestedRestartIsNotACrash() throws Exception {
        Path runs = tmp.resolve("runs");
        // Three requested restarts with a limit of 1: none counts, the fourth run ends cleanly.
        Process p = start("1", "echo run >> " + runs + "\n[ \"$(wc -l < " + runs + ")\" -ge 4 ] && exit 0\nexit 75\n");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readAllLines(runs)).hasSize(4);
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("restarting as requested");
    }

    @Test
    void termIsPassedOnToTheChild() throws Exception {
        Path marker = tmp.resolve("terminated");
        Process p = start("5", "trap 'echo yes > " + marker + "; exit 143' TERM\nwhile :; do sleep 0.1; done\n");
        Thread.sleep(700);
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(Files.readString(marker).strip()).isEqualTo("yes");
    }

    @Test
    void theKioskRecordsWhyItRestarted() {
        try (TestKiosk k = TestKiosk.start(tmp.resolve("kiosk"))) {
            k.services.noteRestart(null);
            k.services.noteRestart("2 137");
            List<LocalContentDao.AuditEntry> log = new LocalContentDao(k.services.database()).auditLog(5);
            assertThat(log).singleElement().satisfies(a -> {
                assertThat(a.action()).isEqualTo("restart");
                assertThat(a.detail()).contains("exit code 137").contains("out of memory");
            });
        }
    }
}
