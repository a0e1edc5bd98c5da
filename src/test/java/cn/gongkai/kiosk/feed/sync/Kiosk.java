package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.testing.MutableClock;
import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.storage.BroadcastDao;
import cn.gongkai.kiosk.storage.CatalogDao;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.FeedStateDao;
import cn.gongkai.kiosk.storage.FundDao;
import cn.gongkai.kiosk.storage.NoticeDao;
import cn.gongkai.kiosk.storage.PolicyDao;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A kiosk built from the real parts the app wires (SQLite database in a temp folder, ContentStore,
 * FeedStateDao, FeedClient, the region-limited DAOs), for township 360123102 unless told otherwise,
 * on a clock the test moves.
 */
final class Kiosk implements AutoCloseable {
    /** Short limits so failing transfers fail fast; two tries per object. */
    static final HttpSource.Limits FAST = new HttpSource.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2), 1,
            Duration.ofSeconds(10), 2);

    final Path dataDir;
    final Path feedDir;
    final Database db;
    final ContentStore content;
    final FeedStateDao state;
    final MutableClock clock;
    final FeedClient client;
    final RegionCode region;

    /** Everything a person could see of the feed's content, through the DAOs the screens use. */
    record Screen(Optional<ContentStore.AppliedVersion> version, List<String> catalog, List<String> policies,
                  List<String> funds, List<String> notices, List<String> broadcasts,
                  List<FeedStateDao.MediaRow> media) {
        long versionNumber() {
            return version.map(ContentStore.AppliedVersion::version).orElse(0L);
        }
    }

    Kiosk(Path dir, List<FeedKeys.TrustedKey> anchors) {
        this(dir, anchors, FeedFixture.TOWNSHIP, 0, dir.resolve("data/feed"));
    }

    Kiosk(Path dir, List<FeedKeys.TrustedKey> anchors, String region, long reserve, Path feedDir) {
        this.dataDir = dir.resolve("data");
        this.feedDir = feedDir;
        this.region = RegionCode.of(region);
        this.db = Database.open(dataDir.resolve("kiosk.db"));
        this.content = new ContentStore(db);
        this.state = new FeedStateDao(db);
        this.clock = new MutableClock(FeedFixture.T0.plus(Duration.ofHours(1)));
        try {
            this.client = new FeedClient(content, state, feedDir, this.region, clock, anchors, reserve);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FeedSync.Result sync(URI url) throws FeedException {
        return client.syncFrom(url, FAST);
    }

    FeedSync.Result sync(URI url, HttpSource.Limits limits) throws FeedException {
        return client.syncFrom(url, limits);
    }

    FeedSync.Result importFrom(Path path) throws FeedException {
        return client.importFrom(path);
    }

    FeedStatus status() {
        return client.status();
    }

    Screen screen() {
        return new Screen(content.current(),
                new CatalogDao(db, region).list(Optional.empty()).stream().map(CatalogItem::id).sorted().toList(),
                new PolicyDao(db, region).list().stream().map(Policy::id).sorted().toList(),
                new FundDao(db, region).list().stream().map(FundDisclosure::id).sorted().toList(),
                new NoticeDao(db, region).list().stream().map(Notice::id).sorted().toList(),
                new BroadcastDao(db, region).list().stream().map(BroadcastEntry::id).sorted().toList(),
                state.feedMedia());
    }

    long version() {
        return content.current().map(ContentStore.AppliedVersion::version).orElse(0L);
    }

    /** One number from SQL on the reader connection, e.g. {@code SELECT COUNT(*) FROM notice}. */
    long count(String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Rows of every content table whose region is the sibling township or inside it. */
    long rowsOf(String regionPrefix) {
        long n = 0;
        for (String table : List.of("catalog_item", "policy", "fund", "notice", "broadcast", "media")) {
            n += count("SELECT COUNT(*) FROM " + table + " WHERE region LIKE '" + regionPrefix + "%'");
        }
        return n;
    }

    /** Files in the kiosk's feed folder that an interrupted transfer or import may leave behind. */
    List<String> leftovers() {
        if (!java.nio.file.Files.exists(feedDir)) {
            return List.of();
        }
        try (var walk = java.nio.file.Files.walk(feedDir)) {
            return walk.map(p -> feedDir.relativize(p).toString())
                    .filter(n -> n.endsWith(".part") || n.endsWith(".tmp") || n.contains("import-"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sync or import a test expects to be refused. */
    interface Attempt {
        Object run() throws Exception;
    }

    /**
     * Runs {@code attempt}, which must fail with {@code reason}, and checks the guarantee every
     * refusal gives: what is on screen did not change, the database is sound, and the status
     * tells staff why.
     */
    FeedException refused(FeedException.Reason reason, Attempt attempt) {
        Screen before = screen();
        FeedException e = null;
        try {
            Object result = attempt.run();
            org.assertj.core.api.Assertions.fail("expected " + reason + " but got " + result);
        } catch (FeedException ex) {
            e = ex;
        } catch (Exception ex) {
            throw new AssertionError("expected a FeedException (" + reason + ")", ex);
        }
        org.assertj.core.api.Assertions.assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        org.assertj.core.api.Assertions.assertThat(screen()).isEqualTo(before);
        org.assertj.core.api.Assertions.assertThat(status().lastErrorReason()).contains(reason);
        org.assertj.core.api.Assertions.assertThat(status().lastError()).hasValueSatisfying(
                m -> org.assertj.core.api.Assertions.assertThat(m).isNotBlank());
        org.assertj.core.api.Assertions.assertThat(db.integrityCheck()).isEqualTo("ok");
        return e;
    }

    @Override
    public void close() {
        db.close();
    }
}
