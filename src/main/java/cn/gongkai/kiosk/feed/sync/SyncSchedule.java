package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedException;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to sync next: a pure function of what happened, so it is tested without waiting. Every
 * delay carries random jitter, so a county's kiosks, switched on together each morning, do not
 * poll the server in step.
 */
public final class SyncSchedule {
    /** First retry after a transient failure; doubles each time up to the interval. */
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** The longest a server's Retry-After may hold us back. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(6);

    private SyncSchedule() {
    }

    /** Delay before the first sync after start: up to 5 minutes (or the interval, if shorter). */
    public static Duration first(Duration interval, RandomGenerator random) {
        long cap = Math.min(interval.toMillis(), Duration.ofMinutes(5).toMillis());
        return Duration.ofMillis(10_000 + (long) (random.nextDouble() * Math.max(0, cap - 10_000)));
    }

    /**
     * @param failure              what went wrong last time, empty after a success
     * @param consecutiveFailures  failures in a row, including this one (0 after a success)
     */
    public static Duration next(Duration interval, Optional<FeedException> failure, int consecutiveFailures,
                                RandomGenerator random) {
        if (failure.isEmpty() || !failure.get().reason().transientFailure()) {
            // After success, or a refusal that trying again cannot fix (bad signature, expired,
            // rollback): the county has to publish again, so just keep the normal rhythm.
            return jitter(interval, 0.1, random);
        }
        int doublings = Math.max(0, Math.min(consecutiveFailures - 1, 20));
        Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(doublings, 16));
        if (backoff.compareTo(interval) > 0) {
            backoff = interval;
        }
        Duration wait = jitter(backoff, 0.2, random);
        Optional<Duration> asked = failure.get().retryAfter().map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
        if (asked.isPresent() && asked.get().compareTo(wait) > 0) {
            // The server said when; add a little jitter on top so every kiosk does not return at once.
            wait = asked.get().plus(Duration.ofMillis((long) (random.nextDouble() * Math.min(60_000, asked.get().toMillis() / 10 + 1))));
        }
        return wait;
    }

    /** {@code base} ± {@code fraction}. */
    static Duration jitter(Duration base, double fraction, RandomGenerator random) {
        double factor = 1 - fraction + 2 * fraction * random.nextDouble();
        return Duration.ofMillis(Math.max(1_000, (long) (base.toMillis() * factor)));
    }
}
