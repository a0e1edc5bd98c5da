package cn.gongkai.kiosk.feed.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedException.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** When the next sync runs: interval with jitter, back-off on failures, Retry-After honoured. */
class SyncScheduleTest {
    private static final Duration HOUR = Duration.ofHours(1);

    private static Optional<FeedException> fail(Reason r) {
        return Optional.of(new FeedException(r, "test"));
    }

    @Test
    void afterSuccessTheIntervalWithTenPercentJitterSpreadsKiosksApart() {
        SplittableRandom random = new SplittableRandom(1);
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            delays.add(SyncSchedule.next(HOUR, Optional.empty(), 0, random));
        }
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMinutes(54), Duration.ofMinutes(66)));
        assertThat(delays.stream().distinct().count()).as("not all kiosks at the same moment").isGreaterThan(150);
    }

    @Test
    void firstSyncAfterStartIsSpreadOverFiveMinutes() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 100; i++) {
            assertThat(SyncSchedule.first(HOUR, random)).isBetween(Duration.ofSeconds(10), Duration.ofMinutes(5));
        }
        assertThat(SyncSchedule.first(Duration.ofMinutes(5), random)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void transientFailuresBackOffExponentiallyUpToTheInterval() {
        SplittableRandom random = new SplittableRandom(3);
        Duration previous = Duration.ZERO;
        for (int failures = 1; failures <= 5; failures++) {
            Duration d = SyncSchedule.next(HOUR, fail(Reason.NETWORK), failures, random);
            Duration base = Duration.ofMinutes(1L << (failures - 1));
            assertThat(d).as("failure %d", failures).isBetween(base.multipliedBy(8).dividedBy(10),
                    base.multipliedBy(12).dividedBy(10));
            assertThat(d).isGreaterThan(previous);
            previous = d;
        }
        assertThat(SyncSchedule.next(HOUR, fail(Reason.SERVER_BUSY), 30, random))
                .isBetween(Duration.ofMinutes(48), Duration.ofMinutes(72));
    }

    @Test
    void retryAfterIsHonouredAndCapped() {
        SplittableRandom random = new SplittableRandom(4);
        FeedException busy = new FeedException(Reason.SERVER_BUSY, "503").withRetryAfter(Duration.ofMinutes(20));
        assertThat(SyncSchedule.next(HOUR, Optional.of(busy), 1, random))
                .isBetween(Duration.ofMinutes(20), Duration.ofMinutes(21));
        FeedException absurd = new FeedException(Reason.SERVER_BUSY, "503").withRetryAfter(Duration.ofDays(30));
        assertThat(SyncSchedule.next(HOUR, Optional.of(absurd), 1, random))
                .isBetween(Duration.ofHours(6), Duration.ofHours(6).plusMinutes(1));
        FeedException shortWait = new FeedException(Reason.SERVER_BUSY, "503").withRetryAfter(Duration.ofSeconds(1));
        assertThat(SyncSchedule.next(HOUR, Optional.of(shortWait), 3, random))
                .as("the back-off still applies when the server asks for less").isGreaterThan(Duration.ofMinutes(3));
    }

    @Test
    void refusalsThatRetryingCannotFixKeepTheNormalRhythm() {
        SplittableRandom random = new SplittableRandom(5);
        for (Reason r : List.of(Reason.BAD_SIGNATURE, Reason.ROLLBACK, Reason.EXPIRED, Reason.UNTRUSTED_KEY)) {
            assertThat(SyncSchedule.next(HOUR, fail(r), 7, random)).as(r.name())
                    .isBetween(Duration.ofMinutes(54), Duration.ofMinutes(66));
        }
    }
}
