package cn.gongkai.kiosk.feed.sync;

import static cn.gongkai.kiosk.feed.FeedException.Reason.NETWORK;
import static cn.gongkai.kiosk.feed.FeedException.Reason.SERVER_BUSY;
import static cn.gongkai.kiosk.feed.FeedException.Reason.TOO_LARGE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.feed.sync.FaultyFeedServer.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 6 of sync.md and the server's other ways to hold a kiosk up: more bytes than declared,
 * a body that never ends, a trickle, and "busy, come back later". Each is cut off quickly and the
 * content on screen stays.
 */
class HostileServerTest {
    /** One try per object, one byte per millisecond at least after 300 ms: a trickle fails fast. */
    static final HttpSource.Limits IMPATIENT = new HttpSource.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2),
            1_000, Duration.ofMillis(300), 1);

    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;
    String bigObject;

    @BeforeEach
    void setUp() throws Exception {
        county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
        kiosk.sync(server.uri());
        county.media(FeedFixture.BIG, FeedFixture.random(30, 300 * 1024)).publish();
        bigObject = county.location(FeedFixture.BIG);
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    @Test
    void aContentLengthAboveTheListedLengthIsRefusedBeforeReading() throws Exception {
        server.always(bigObject, Fault.declareMore(1));

        FeedException e = kiosk.refused(TOO_LARGE, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains(FeedFixture.BIG, "announces");
        assertThat(server.requests(bigObject)).as("not retried").isEqualTo(1);
        assertThat(kiosk.client.objects().has(county.entry(FeedFixture.BIG))).isFalse();
        assertThat(kiosk.leftovers()).isEmpty();
    }

    @Test
    void moreBytesThanListedWithoutAContentLengthAreCutOffAtTheListedLength() throws Exception {
        server.always(bigObject, Fault.chunkedMore(10));

        FeedException e = kiosk.refused(TOO_LARGE, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains(FeedFixture.BIG, "more than the " + 300 * 1024 + " bytes");
        assertThat(kiosk.leftovers()).isEmpty();
    }

    @Test
    void anEndlessObjectIsAbortedAtItsListedLength() throws Exception {
        server.always(bigObject, Fault.endless());

        long start = System.nanoTime();
        kiosk.refused(TOO_LARGE, () -> kiosk.sync(server.uri()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(server.bytes(bigObject)).as("the kiosk hung up; the server's cap did not end it")
                .isLessThan(FaultyFeedServer.ENDLESS_CAP);
        assertThat(kiosk.leftovers()).isEmpty();
    }

    @Test
    void anEndlessManifestIsAbortedAtTheManifestCap() throws Exception {
        server.always(Manifest.FILE, Fault.endless());

        long start = System.nanoTime();
        FeedException e = kiosk.refused(TOO_LARGE, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains(Manifest.FILE, String.valueOf(Manifest.MAX_BYTES));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(server.bytes(Manifest.FILE)).isLessThan(FaultyFeedServer.ENDLESS_CAP);
    }

    @Test
    void anUnsignedManifestCannotMakeTheKioskDownloadAHugeRotationStatement() throws Exception {
        // Rotation statements are fetched before the signature can be checked (they may bring the
        // key that signed it), so a forged manifest decides their listed length.
        Manifest real = county.manifest();
        String sha = "ab".repeat(32);
        Manifest forged = new Manifest(real.format(), real.version() + 1, real.region(), real.title(), real.issued(),
                real.expires(), List.of(new Manifest.Entry("keys/rotation-1.json", Manifest.Kind.MEDIA, sha,
                        40_000_000, java.util.Optional.empty())), real.objects());
        java.nio.file.Files.write(county.feed.resolve(Manifest.FILE), cn.gongkai.kiosk.feed.ManifestCodec.write(forged));
        java.nio.file.Files.write(county.feed.resolve("objects/" + sha), new byte[1024]);
        server.always("objects/" + sha, Fault.endless());

        FeedException e = kiosk.refused(TOO_LARGE, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains("rotation");
        assertThat(server.requests("objects/" + sha)).as("not one byte of it requested").isZero();
    }

    @Test
    void aTrickleIsAbandonedOnceTheGracePeriodIsOver() throws Exception {
        server.always(bigObject, Fault.trickle(Duration.ofMillis(50)));

        long start = System.nanoTime();
        FeedException e = kiosk.refused(NETWORK, () -> kiosk.sync(server.uri(), IMPATIENT));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(e.getMessage()).contains("slower than 1000 bytes/s");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(kiosk.client.objects().has(county.entry(FeedFixture.BIG))).isFalse();
    }

    @Test
    void aTricklingManifestIsAbandonedToo() throws Exception {
        server.always(Manifest.FILE, Fault.trickle(Duration.ofMillis(50)));

        long start = System.nanoTime();
        kiosk.refused(NETWORK, () -> kiosk.sync(server.uri(), IMPATIENT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aBusyServersRetryAfterReachesTheCaller() throws Exception {
        server.always(Manifest.FILE, Fault.status(503, "Retry-After", "120"));

        FeedException e = kiosk.refused(SERVER_BUSY, () -> kiosk.sync(server.uri()));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(e.reason().transientFailure()).isTrue();
    }

    @Test
    void aBusyAnswerForAnObjectStopsTheSyncAtOnceWithItsRetryAfter() throws Exception {
        server.always(bigObject, Fault.status(429, "Retry-After", "30"));

        FeedException e = kiosk.refused(SERVER_BUSY, () -> kiosk.sync(server.uri()));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(server.requests(bigObject)).as("a busy server is not hammered").isEqualTo(1);
    }
}
