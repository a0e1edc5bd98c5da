package cn.gongkai.kiosk.feed.sync;

import static cn.gongkai.kiosk.feed.FeedException.Reason.EXPIRED;
import static cn.gongkai.kiosk.feed.FeedException.Reason.ROLLBACK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.FeedException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios 3, 4 and 12 of sync.md: rollback (network and USB), expiry and "stale since", and a
 * kiosk clock far off in either direction. A USB copy stays acceptable exactly as long as the
 * network copy: until the manifest's own expiry.
 */
class FreshnessTest {
    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;

    @BeforeEach
    void setUp() {
        county = new FeedFixture(tmp.resolve("county"));
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    @Test
    void anOlderValidlySignedVersionIsRefusedOverTheNetworkAndFromUsb() throws Exception {
        county.publish();
        Path v1 = county.copyTo(tmp.resolve("v1"));
        county.notice("notice-v2", "township", FeedFixture.TOWNSHIP, "第二版").publish();
        kiosk.sync(server.uri());
        assertThat(kiosk.version()).isEqualTo(2);

        server.root(v1); // a replayed or stale mirror
        FeedException e = kiosk.refused(ROLLBACK, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains("version 1", "version 2");
        kiosk.refused(ROLLBACK, () -> kiosk.importFrom(v1));
        assertThat(kiosk.screen().notices()).contains("notice-v2");
    }

    @Test
    void addingASecondTrustedKeyKeepsTheRollbackProtection() throws Exception {
        county.publish();
        Path v1 = county.copyTo(tmp.resolve("v1"));
        county.notice("notice-v2", "township", FeedFixture.TOWNSHIP, "第二版").publish();
        kiosk.sync(server.uri());
        kiosk.close();
        // County IT adds the next key to kiosk-config ahead of a rotation: still the same feed.
        Kiosk reconfigured = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey(),
                cn.gongkai.kiosk.feed.FeedKeys.generate().publicKey()));
        kiosk = reconfigured;
        kiosk.refused(ROLLBACK, () -> kiosk.importFrom(v1));
        assertThat(kiosk.version()).isEqualTo(2);
    }

    @Test
    void theSameVersionWithOtherContentIsRefused() throws Exception {
        county.publish();
        kiosk.sync(server.uri());
        FeedFixture fork = new FeedFixture(tmp.resolve("fork"), county.key);
        fork.notice("notice-fork", "township", FeedFixture.TOWNSHIP, "同号不同内容")
                .publishVersion(county.key, Optional.of(1L), FeedFixture.T0, FeedFixture.VALID_FOR);

        FeedException e = kiosk.refused(ROLLBACK, () -> kiosk.importFrom(fork.feed));
        assertThat(e.getMessage()).contains("already applied with different contents");
        // The very same version again is no error: it is up to date.
        assertThat(kiosk.importFrom(county.copyTo(tmp.resolve("usb"))).outcome())
                .isEqualTo(FeedSync.Outcome.UP_TO_DATE);
        assertThat(kiosk.status().failing()).isFalse();
    }

    @Test
    void anExpiredVersionIsNotAppliedAndStaffSeeSinceWhenTheContentIsStale() throws Exception {
        county.publish(); // issued T0, expires T0 + 30 days
        kiosk.sync(server.uri());
        Instant v1Expires = FeedFixture.T0.plus(FeedFixture.VALID_FOR);
        assertThat(kiosk.status().staleSince()).isEmpty();

        // A version 2 that expired yesterday (a replay, or a publisher that stopped publishing).
        county.notice("notice-old", "township", FeedFixture.TOWNSHIP, "过期通知")
                .publish(county.key, FeedFixture.T0.minus(Duration.ofDays(31)), FeedFixture.VALID_FOR);
        Path usb = county.copyTo(tmp.resolve("usb"));
        FeedException e = kiosk.refused(EXPIRED, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains("expired");
        kiosk.refused(EXPIRED, () -> kiosk.importFrom(usb));
        assertThat(kiosk.status().staleSince()).as("version 1 is still current").isEmpty();

        kiosk.clock.set(v1Expires.minusSeconds(1));
        assertThat(kiosk.status().staleSince()).isEmpty();
        kiosk.clock.set(v1Expires.plus(Duration.ofDays(2)));
        kiosk.refused(EXPIRED, () -> kiosk.sync(server.uri()));
        FeedStatus status = kiosk.status();
        assertThat(status.staleSince()).contains(v1Expires);
        assertThat(status.version()).isEqualTo(1);
        assertThat(status.staffSummary(ZoneId.of("Asia/Shanghai")))
                .contains("12月26日 10:00", "过期", EXPIRED.staffText());
        assertThat(kiosk.screen().version().orElseThrow().version()).isEqualTo(1);

        // A current version ends it.
        county.publish(county.key, kiosk.clock.instant(), FeedFixture.VALID_FOR);
        kiosk.sync(server.uri());
        assertThat(kiosk.status().staleSince()).isEmpty();
        assertThat(kiosk.status().failing()).isFalse();
        assertThat(kiosk.screen().notices()).contains("notice-old");
    }

    @Test
    void contentGoesStaleWhileTheServerSaysNothingChanged() throws Exception {
        county.publish();
        kiosk.sync(server.uri());
        kiosk.clock.set(FeedFixture.T0.plus(FeedFixture.VALID_FOR).plusSeconds(60));

        assertThat(kiosk.sync(server.uri()).outcome()).isEqualTo(FeedSync.Outcome.UP_TO_DATE);
        assertThat(server.log(cn.gongkai.kiosk.feed.Manifest.FILE)).last()
                .extracting(FaultyFeedServer.Served::status).isEqualTo(304);
        assertThat(kiosk.status().staleSince()).contains(FeedFixture.T0.plus(FeedFixture.VALID_FOR));
    }

    @Test
    void aKioskClockFarInThePastStillAppliesAndLogsTheSuspectClock() throws Exception {
        county.publish();
        kiosk.clock.set(Instant.parse("2000-01-01T00:00:00Z"));
        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(FeedSync.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            FeedSync.Result r = kiosk.sync(server.uri());
            assertThat(r.outcome()).isEqualTo(FeedSync.Outcome.APPLIED);
        } finally {
            log.removeHandler(capture);
        }
        assertThat(kiosk.version()).isEqualTo(1);
        assertThat(logged).filteredOn(r -> r.getLevel() == Level.WARNING)
                .extracting(LogRecord::getMessage)
                .anySatisfy(m -> assertThat(m).contains("ahead of this kiosk's clock", "2000-01-01T00:00:00Z"));
        // Versions, not times, still guard against old feeds.
        Path v1 = county.copyTo(tmp.resolve("v1"));
        county.publish();
        kiosk.sync(server.uri());
        kiosk.refused(ROLLBACK, () -> kiosk.importFrom(v1));
    }

    @Test
    void aKioskClockFarInTheFutureRefusesEveryFeedAsExpiredTheSameWayEachTime() throws Exception {
        county.publish();
        kiosk.clock.set(Instant.parse("2100-01-01T00:00:00Z"));

        FeedException first = kiosk.refused(EXPIRED, () -> kiosk.sync(server.uri()));
        FeedException second = kiosk.refused(EXPIRED, () -> kiosk.sync(server.uri()));
        FeedException usb = kiosk.refused(EXPIRED, () -> kiosk.importFrom(county.feed));

        assertThat(first.getMessage()).isEqualTo(second.getMessage())
                .contains("kiosk clock: 2100-01-01T00:00:00Z", "if the clock is wrong");
        assertThat(usb.getMessage()).contains("expired");
        assertThat(kiosk.version()).isZero();
        assertThat(server.log().stream().filter(s -> s.path().startsWith("objects/")).count()).isZero();
    }
}
