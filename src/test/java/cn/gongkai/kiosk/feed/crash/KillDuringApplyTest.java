package cn.gongkai.kiosk.feed.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.app.Locations;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.feed.ManifestCodec;
import cn.gongkai.kiosk.feed.publish.FeedPublisher;
import cn.gongkai.kiosk.feed.sync.FeedSync;
import cn.gongkai.kiosk.storage.CatalogDao;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.FeedStateDao;
import cn.gongkai.kiosk.storage.FundDao;
import cn.gongkai.kiosk.storage.NoticeDao;
import cn.gongkai.kiosk.storage.PolicyDao;
import cn.gongkai.kiosk.testing.FeedGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 10 of ../shared/notes/sync.md: a power cut during an apply, simulated with SIGKILL.
 *
 * <p>A kiosk (township 360123102) has feed version 1 applied, plus staff content of origin 'local'
 * (a notice, a catalog item and a media row with its file). A child JVM runs the real command,
 * {@code kiosk import FEEDDIR}, for a large version 2 and is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random moment. Afterwards the database must pass
 * {@code PRAGMA integrity_check}, hold exactly version 1 or exactly version 2 (counts per kind from
 * content_version, the feed_state version, the DAOs' counts and a digest of every feed row of every
 * table all agreeing), the local rows must be untouched, and a following import must complete.
 *
 * <p>The kiosk already holds most of version 2's objects, as after a network sync that fetched them
 * and was cut off before the apply; the child copies the rest (so some kills land while objects are
 * being copied), then reads, checks and applies. This JVM watches SQLite's write lock while the child
 * runs, which tells when the apply transaction holds it. A first, uninterrupted run measures the run
 * time and the apply's length; then a third of the kills falls at a random moment of the whole run,
 * two thirds at a random moment within the apply's measured length from the moment the apply takes
 * the lock (run times vary, so some of these land just after the commit). Each kill is reported by
 * where it actually fell: before the apply began, inside the apply transaction, or after the commit.
 * Trials in which the child finished before the kill are not counted; the loop runs until
 * {@value #KILLS} kills happened. The seed is {@code -Dkiosk.crash.seed} (the run prints it).
 */
class KillDuringApplyTest {
    private static final int KILLS = 20;
    private static final int MAX_ATTEMPTS = 60;
    private static final long SEED = Long.getLong("kiosk.crash.seed", 20261126L);
    private static final RegionCode KIOSK = RegionCode.of(FeedGenerator.TOWNSHIP);
    private static final String[] TABLES = {"catalog_item", "policy", "fund", "notice", "media"};

    @TempDir
    Path tmp;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void noChildLeftBehind() throws InterruptedException {
        for (Process p : children) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("child %d ended", p.pid()).isTrue();
        }
    }

    /** What the kiosk shows after a run, as read through storage.Database and the DAOs. */
    record Snapshot(String integrity, long version, int versionRows, Map<String, Integer> counts, long stateVersion,
                    Map<String, Integer> daoCounts, Map<String, String> feedRows, String localRows) { }

    @Test
    void aKilledImportLeavesExactlyTheOldOrTheNewVersionAndLocalContentIntact() throws Exception {
        long t0 = System.nanoTime();
        // County side: one feed folder, version 1 then version 2, as county IT publishes.
        Path cfg = tmp.resolve("config");
        Files.createDirectories(cfg);
        FeedKeys.SigningKey key = FeedKeys.generate();
        FeedKeys.save(key, cfg, "feed-key");
        writeConfig(cfg);
        FeedGenerator v1 = FeedGenerator.of(SEED, 1_000, 6, 600_000);
        FeedGenerator v2 = v1.withRecords(3_000).changed(0.1, 1);
        Path feed = tmp.resolve("feed");
        publish(key, v1, 1, feed);

        // The kiosk on version 1 with local content: the template every trial starts from.
        Path template = tmp.resolve("template");
        try (KioskServices s = open(cfg, template)) {
            assertThat(s.feeds().importFrom(feed).outcome()).isEqualTo(FeedSync.Outcome.APPLIED);
            insertLocalContent(s.database(), Locations.feedDir(template).resolve("objects"));
        }
        Snapshot old = snapshot(template);
        Manifest m2 = publish(key, v2, 2, feed);
        prefetchMostObjects(m2, feed, Locations.feedDir(template).resolve("objects"));
        assertThat(old.version()).isEqualTo(1);
        assertThat(old.counts()).isEqualTo(v1.countsVisibleIn(KIOSK));
        Map<String, Integer> newCounts = v2.countsVisibleIn(KIOSK);
        for (String kind : FeedGenerator.KINDS) {
            assertThat(newCounts.get(kind)).as(kind).isGreaterThan(old.counts().get(kind)); // counts tell them apart
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "cn.gongkai.kiosk.app.Main", "--config", cfg.toString(), "--data", "DATA", "import", feed.toString());

        // First run, uninterrupted: run time, how long the apply holds the write lock, and version 2
        // as the kiosk stores it.
        Path measured = copy(template, tmp.resolve("measured"));
        Run first = run(command, measured, Kill.NEVER);
        assertThat(first.exit()).as("uninterrupted import (log: %s)", first.log()).isZero();
        Snapshot fresh = snapshot(measured);
        assertThat(fresh.version()).isEqualTo(2);
        assertThat(fresh.counts()).isEqualTo(newCounts);
        assertThat(first.lockedFromMs()).as("the probe saw the apply transaction").isNotNegative();
        long runMs = first.ms();
        long applyMs = Math.max(20, first.lockedToMs() - first.lockedFromMs());
        System.out.printf("crash test: setup %d ms; the child's import of v2 (%s) took %d ms, its apply held the"
                        + " write lock from %d to %d ms (seed %d)%n", (System.nanoTime() - t0) / 1_000_000,
                newCounts, runMs, first.lockedFromMs(), first.lockedToMs(), SEED);

        // A third of the kills at any moment of the run, two thirds once the apply has begun (within
        // its measured length; run times vary, so some land just after the commit).
        Random random = new Random(SEED);
        int kills = 0;
        int attempts = 0;
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        while (kills < KILLS && attempts < MAX_ATTEMPTS) {
            attempts++;
            Kill kill = attempts % 3 == 1 ? new Kill(between(random, 0, runMs * 19 / 20), -1)
                    : new Kill(-1, between(random, 0, applyMs));
            Path data = copy(template, tmp.resolve("trial-" + attempts));
            Run r = run(command, data, kill);
            Snapshot after = snapshot(data);
            assertThat(after.integrity()).as("trial %d: integrity", attempts).isEqualTo("ok");
            assertSame(after, after.version() == 1 ? old : fresh, attempts);
            String aim = kill.afterLockMs() >= 0 ? "%4d ms into the apply".formatted(kill.afterLockMs())
                    : "%4d ms after start".formatted(kill.afterStartMs());
            if (r.exit() == 0) {
                assertThat(after.version()).as("trial %d: exited by itself (log: %s)", attempts, r.log()).isEqualTo(2);
                lines.add("  trial %2d: kill aimed %s; the child had finished (%d ms): not counted"
                        .formatted(attempts, aim, r.ms()));
                // The first run was measured on a busier machine than this one: aim earlier from now on.
                runMs = Math.max(50, Math.min(runMs, r.ms()) * 9 / 10);
                applyMs = Math.max(20, applyMs * 3 / 4);
            } else {
                kills++;
                String where = after.version() == 2 ? "after the commit -> new version"
                        : r.lockedFromMs() >= 0 ? "inside the apply transaction -> old version"
                        : "before the apply began -> old version";
                outcomes.merge(where, 1, Integer::sum);
                lines.add("  trial %2d: SIGKILL at %4d ms (aimed %s): %s".formatted(attempts, r.ms(), aim, where));
            }

            // The next import completes and brings version 2, local content still intact.
            try (KioskServices s = open(cfg, data)) {
                FeedSync.Result next = s.feeds().importFrom(feed);
                assertThat(next.outcome()).as("trial %d: following import", attempts).isEqualTo(
                        after.version() == 1 ? FeedSync.Outcome.APPLIED : FeedSync.Outcome.UP_TO_DATE);
            }
            assertSame(snapshot(data), fresh, attempts);
            try (Stream<Path> left = Files.list(Locations.feedDir(data).resolve("objects"))) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .as("trial %d: no partial downloads left", attempts)
                        .noneMatch(n -> n.endsWith(".part") || n.endsWith(".tmp"));
            }
            assertThat(Locations.feedDir(data).resolve("objects").resolve(LOCAL_MEDIA_SHA))
                    .as("trial %d: the local media file", attempts).exists();
            deleteTree(data);
        }
        lines.forEach(System.out::println);
        System.out.printf("crash test: %d kills in %d trials: %s; %d ms in all%n", kills, attempts, outcomes,
                (System.nanoTime() - t0) / 1_000_000);
        assertThat(kills).as("kills (in %d trials the child ended before the kill)", attempts - kills).isEqualTo(KILLS);
        assertThat(outcomes).as("some kills landed inside the apply transaction")
                .containsKey("inside the apply transaction -> old version");
    }

    private static void assertSame(Snapshot actual, Snapshot expected, int trial) {
        assertThat(actual.version()).as("trial %d: content_version", trial).isEqualTo(expected.version());
        assertThat(actual.stateVersion()).as("trial %d: feed_state agrees with content_version", trial)
                .isEqualTo(expected.version());
        assertThat(actual.versionRows()).as("trial %d: applied versions", trial).isEqualTo(expected.versionRows());
        assertThat(actual.counts()).as("trial %d: counts recorded with version %d", trial, expected.version())
                .isEqualTo(expected.counts());
        assertThat(actual.daoCounts()).as("trial %d: what the DAOs show", trial).isEqualTo(expected.daoCounts());
        assertThat(actual.feedRows()).as("trial %d: every feed row of version %d, table by table", trial,
                expected.version()).isEqualTo(expected.feedRows());
        assertThat(actual.localRows()).as("trial %d: local rows", trial).isEqualTo(expected.localRows());
    }

    // ---- the child process ----------------------------------------------------------------------

    /**
     * When to kill: {@code afterStartMs} after the child started, or, when {@code afterLockMs} is not
     * negative, that long after the apply transaction took the write lock; never when both are negative.
     */
    record Kill(long afterStartMs, long afterLockMs) {
        static final Kill NEVER = new Kill(-1, -1);
    }

    /**
     * @param ms           run time (to the kill, or to its own exit)
     * @param lockedFromMs when the write lock was first seen held (-1: never)
     * @param lockedToMs   when it was last seen held
     */
    record Run(int exit, long ms, long lockedFromMs, long lockedToMs, Path log) { }

    /**
     * Runs the import in a child JVM and watches SQLite's write lock from this JVM (BEGIN IMMEDIATE
     * failing at once means another connection holds it: in an import, the apply transaction). The
     * probe holds the lock for microseconds when it gets it; the child's busy timeout covers that.
     */
    private Run run(List<String> template, Path data, Kill kill) throws Exception {
        List<String> command = template.stream().map(a -> a.equals("DATA") ? data.toString() : a).toList();
        Path log = data.resolveSibling(data.getFileName() + ".log");
        Path db = Locations.database(data);
        long lockedFrom = -1;
        long lockedTo = -1;
        int heldInARow = 0;
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        children.add(p);
        Properties props = new Properties();
        props.setProperty("busy_timeout", "0");
        try (Connection probe = DriverManager.getConnection("jdbc:sqlite:" + db, props)) {
            while (p.isAlive()) {
                long now = (System.nanoTime() - start) / 1_000_000;
                if (now > 120_000) {
                    throw new AssertionError("the import did not end within 2 minutes; log: " + Files.readString(log));
                }
                boolean held;
                try (Statement st = probe.createStatement()) {
                    st.execute("BEGIN IMMEDIATE");
                    st.execute("ROLLBACK");
                    held = false;
                } catch (SQLException busy) {
                    held = true;
                }
                // Two sightings in a row: the apply, not the few milliseconds of a schema check at open.
                heldInARow = held ? heldInARow + 1 : 0;
                if (heldInARow >= 2) {
                    lockedFrom = lockedFrom < 0 ? now : lockedFrom;
                    lockedTo = now;
                }
                boolean due = kill.afterLockMs() >= 0 ? lockedFrom >= 0 && now >= lockedFrom + kill.afterLockMs()
                        : kill.afterStartMs() >= 0 && now >= kill.afterStartMs();
                if (due) {
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
                    break;
                }
                Thread.sleep(2);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the child did not end; log: " + Files.readString(log));
            }
        } finally {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), (System.nanoTime() - start) / 1_000_000, lockedFrom, lockedTo, log);
    }

    // ---- the kiosk's state ----------------------------------------------------------------------

    private static Snapshot snapshot(Path data) {
        try (Database db = Database.open(Locations.database(data))) {
            String integrity = db.integrityCheck();
            ContentStore.AppliedVersion v = new ContentStore(db).current().orElseThrow();
            long stateVersion = new FeedStateDao(db).get().version();
            Map<String, Integer> dao = new LinkedHashMap<>();
            dao.put("catalog", new CatalogDao(db, KIOSK).domains().stream()
                    .mapToInt(CatalogDao.DomainCount::items).sum());
            dao.put("policies", new PolicyDao(db, KIOSK).list().size());
            dao.put("funds", new FundDao(db, KIOSK).summaries().size());
            dao.put("notices", new NoticeDao(db, KIOSK).list().size());
            dao.put("media", new FeedStateDao(db).feedMedia().size());
            int versionRows = db.read(c -> count(c, "SELECT count(*) FROM content_version"));
            Map<String, String> rows = new LinkedHashMap<>();
            for (String table : TABLES) {
                rows.put(table, db.read(c -> digest(c, "SELECT * FROM " + table + " WHERE origin = 'feed' ORDER BY "
                        + (table.equals("media") ? "name" : "id"))));
            }
            rows.put("fund_beneficiary", db.read(c -> digest(c, "SELECT b.* FROM fund_beneficiary b JOIN fund f"
                    + " ON f.id = b.fund_id WHERE f.origin = 'feed' ORDER BY b.fund_id, b.seq")));
            String local = db.read(c -> {
                StringBuilder sb = new StringBuilder();
                for (String table : TABLES) {
                    sb.append(table).append(':').append(digest(c, "SELECT * FROM " + table + " WHERE origin = 'local'"
                            + " ORDER BY " + (table.equals("media") ? "name" : "id"))).append(';');
                }
                return sb.toString();
            });
            return new Snapshot(integrity, v.version(), versionRows, v.counts(), stateVersion, dao, rows, local);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** SHA-256 over every column of every row, and the row count. */
    private static String digest(Connection c, String sql) throws SQLException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                n++;
                for (int i = 1; i <= cols; i++) {
                    md.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0x1f);
                }
                md.update((byte) 0x1e);
            }
        }
        return n + " rows " + HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    private static final byte[] LOCAL_MEDIA = "staff photo of the notice board (local content)"
            .getBytes(StandardCharsets.UTF_8);
    private static final String LOCAL_MEDIA_SHA = sha256(LOCAL_MEDIA);

    /** Staff content (issue #6 will add the screens): written straight into the tables, origin 'local'. */
    private static void insertLocalContent(Database db, Path objects) throws IOException {
        Files.write(objects.resolve(LOCAL_MEDIA_SHA), LOCAL_MEDIA);
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO notice (id, origin, title, category, body, issuer, published, valid_from,"
                        + " valid_until, urgent, scope_level, region) VALUES ('local-notice-1', 'local',"
                        + " '便民服务中心明日停电检修', '通知', '因线路检修，11月27日上午便民服务中心暂停办理业务，下午照常。',"
                        + " '石鼻镇便民服务中心', '2026-11-26', '2026-11-26', '2026-11-27', 1, 'township', '360123102')");
                s.executeUpdate("INSERT INTO catalog_item (id, origin, domain, domain_order, level1, level2, seq, content,"
                        + " basis, deadline, subject, channels, audience, manner, levels, five_public, scope_level, region)"
                        + " VALUES ('local-cat-1', 'local', '村务', 28, '村务公开', '村民议事会记录', 0, '议事时间、议题、结果',"
                        + " '《中华人民共和国村民委员会组织法》', '议事后5日内', '石鼻村村民委员会', '[\"村务公开栏\"]', '全社会',"
                        + " '主动', '[\"村级\"]', '[]', 'village', '360123102201')");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO media (name, origin, sha256, length, region)"
                    + " VALUES ('media/local/notice-board.jpg', 'local', ?, ?, '360123102')")) {
                ps.setString(1, LOCAL_MEDIA_SHA);
                ps.setLong(2, LOCAL_MEDIA.length);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---- setup ---------------------------------------------------------------------------------

    private static void writeConfig(Path cfg) throws IOException {
        Files.writeString(cfg.resolve("kiosk.json"), """
                {
                  "siteName": "石鼻镇便民服务中心",
                  "areaName": "安义县石鼻镇",
                  "regionCode": "360123102",
                  "display": {"fullScreen": false},
                  "demoContent": false,
                  "feed": {"trustedKeys": ["feed-key.pub"]}
                }
                """, StandardCharsets.UTF_8);
    }

    private Manifest publish(FeedKeys.SigningKey key, FeedGenerator content, long version, Path feed) throws Exception {
        Path dir = tmp.resolve("content-v" + version);
        content.writeTo(dir);
        return new FeedPublisher(key).publish(
                new FeedPublisher.Inputs(List.of(), Optional.of(dir), RegionCode.of(FeedGenerator.COUNTY),
                        "安义县政务公开（生成数据）", false),
                new FeedPublisher.Options(Optional.of(version), Duration.ofDays(30), Instant.now()), feed).manifest();
    }

    private static KioskServices open(Path cfg, Path data) throws Exception {
        return KioskServices.open(KioskServices.loadConfig(cfg), data, Clock.systemUTC(), false);
    }

    /**
     * Puts nine in ten of version 2's record objects for this kiosk into its object store, as a
     * network sync cut off before its apply leaves them; media and the rest are copied by the child.
     */
    private static void prefetchMostObjects(Manifest m, Path feed, Path objects) throws IOException {
        int i = 0;
        for (Manifest.Entry e : m.objects()) {
            boolean mine = e.region().map(r -> r.overlaps(KIOSK)).orElse(true);
            if (mine && e.kind() != Manifest.Kind.MEDIA && i++ % 10 != 0
                    && !Files.exists(objects.resolve(e.sha256()))) {
                Files.copy(feed.resolve(e.location()), objects.resolve(e.sha256()));
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long between(Random r, long from, long to) {
        return to <= from ? from : from + (long) (r.nextDouble() * (to - from));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
