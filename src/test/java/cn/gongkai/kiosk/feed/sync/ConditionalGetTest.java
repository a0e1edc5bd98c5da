package cn.gongkai.kiosk.feed.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.Manifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cheap when nothing changed: a 304 and no more; after a one-record change, one object. */
class ConditionalGetTest {
    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;

    @BeforeEach
    void setUp() throws Exception {
        county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
        kiosk.sync(server.uri());
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    @Test
    void aSecondSyncWithNothingChangedTransfersOnlyThe304() throws Exception {
        Kiosk.Screen before = kiosk.screen();
        server.resetLog();

        FeedSync.Result r = kiosk.sync(server.uri());

        assertThat(r.outcome()).isEqualTo(FeedSync.Outcome.UP_TO_DATE);
        assertThat(r.bytes()).isZero();
        assertThat(server.log()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo(Manifest.FILE);
            assertThat(s.status()).isEqualTo(304);
            assertThat(s.ifNoneMatch()).isPresent();
            assertThat(s.bytes()).isZero();
        });
        assertThat(kiosk.screen()).isEqualTo(before);
        assertThat(kiosk.status().lastSuccess()).contains(kiosk.clock.instant());
    }

    @Test
    void aStoredObjectDamagedSinceItsSyncIsFetchedAgainAndTheNextVersionApplies() throws Exception {
        // Record objects are kept without fsync (a lost one is refetched): damage one on disk.
        Manifest.Entry kept = county.entry("notices/notice-village-1.json");
        java.nio.file.Path stored = kiosk.feedDir.resolve("objects").resolve(kept.sha256());
        java.nio.file.Files.write(stored, new byte[(int) kept.length()]);
        county.notice("notice-township-2", "township", FeedFixture.TOWNSHIP, "新通知").publish();
        server.resetLog();

        FeedSync.Result r = kiosk.sync(server.uri());

        assertThat(r.outcome()).isEqualTo(FeedSync.Outcome.APPLIED);
        assertThat(server.log()).extracting(FaultyFeedServer.Served::path).contains(kept.location());
        assertThat(kiosk.screen().notices()).contains("notice-village-1", "notice-township-2");
    }

    @Test
    void afterAOneRecordChangeOnlyThatObjectIsFetchedAndNoObjectIsEverFetchedTwice() throws Exception {
        county.notice("notice-village-1", "village", FeedFixture.VILLAGE, "停水通知（时间调整）").publish();
        String changed = county.location("notices/notice-village-1.json");
        server.resetLog();

        FeedSync.Result r = kiosk.sync(server.uri());

        assertThat(r.outcome()).isEqualTo(FeedSync.Outcome.APPLIED);
        assertThat(r.objectsFetched()).isEqualTo(1);
        assertThat(server.log()).extracting(FaultyFeedServer.Served::path)
                .containsExactlyInAnyOrder(Manifest.FILE, Manifest.SIGNATURE_FILE, changed);
        assertThat(r.bytes()).isEqualTo(server.bytes());
        assertThat(server.bytes(changed)).isEqualTo(county.entry("notices/notice-village-1.json").length());

        // A third version changing nothing the kiosk holds: manifest and signature only.
        county.notice("notice-other-1", "township", FeedFixture.OTHER_TOWNSHIP, "邻镇通知（更新）").publish();
        server.resetLog();
        r = kiosk.sync(server.uri());
        assertThat(r.version()).isEqualTo(3);
        assertThat(r.objectsFetched()).isZero();
        assertThat(server.log()).extracting(FaultyFeedServer.Served::path)
                .containsExactlyInAnyOrder(Manifest.FILE, Manifest.SIGNATURE_FILE);
    }

    @Test
    void aVersionPublishedInTheSameSecondIsSeenByAServerWithMtimeEtags() throws Exception {
        server.nginxEtags(true);
        Path manifest = county.feed.resolve(Manifest.FILE);
        long size = java.nio.file.Files.size(manifest);
        // Version 1 "was published just now"; version 2 follows at once with a manifest of the same size.
        java.nio.file.Files.setLastModifiedTime(manifest, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        kiosk.sync(server.uri()); // the kiosk now holds the nginx-style ETag of version 1
        assertThat(kiosk.state.get().etag()).hasValueSatisfying(e -> assertThat(e).endsWith(
                "-" + Long.toHexString(size) + "\""));
        county.notice("notice-county-1", "county", FeedFixture.COUNTY, "县级公告").publish();
        assertThat(java.nio.file.Files.size(manifest)).isEqualTo(size);

        FeedSync.Result r = kiosk.sync(server.uri());

        assertThat(r.outcome()).isEqualTo(FeedSync.Outcome.APPLIED);
        assertThat(r.version()).isEqualTo(2);
    }

    @Test
    void aUsbCopyOfTheVersionOnScreenReadsNoObject() throws Exception {
        Path usb = county.copyTo(tmp.resolve("usb"));
        FeedSync.Result r = kiosk.importFrom(usb);
        assertThat(r.outcome()).isEqualTo(FeedSync.Outcome.UP_TO_DATE);
        assertThat(r.objectsFetched()).isZero();
        Map<String, Long> served = server.log().stream()
                .collect(Collectors.groupingBy(FaultyFeedServer.Served::path, Collectors.counting()));
        assertThat(served.values()).allMatch(n -> n == 1);
    }
}
