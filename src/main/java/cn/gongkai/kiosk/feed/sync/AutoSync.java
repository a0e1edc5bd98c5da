package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;

/**
 * Syncs in the background while the kiosk runs, on {@link SyncSchedule}'s timing. One thread; a
 * sync never overlaps another. Listeners hear of each new version applied, so the screens can
 * refresh; a failure changes nothing on screen and is only recorded for staff.
 */
public final class AutoSync implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AutoSync.class.getName());

    private final FeedClient client;
    private final Optional<URI> url;
    private final Duration interval;
    private final HttpSource.Limits limits;
    private final RandomGenerator random;
    private final ScheduledExecutorService timer;
    private final List<Consumer<FeedSync.Result>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> pending;
    /** Held while a sync or an import runs: they never overlap. */
    private final Object running = new Object();
    private int failures;

    public AutoSync(FeedClient client, Optional<URI> url, Duration interval, HttpSource.Limits limits,
                    RandomGenerator random) {
        this.client = client;
        this.url = url;
        this.interval = interval;
        this.limits = limits;
        this.random = random;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "feed-sync");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY); // the screens come first
            return t;
        });
    }

    /** True when a feed address is configured (a USB-only kiosk has none). */
    public boolean enabled() {
        return url.isPresent();
    }

    public synchronized void start() {
        if (enabled()) {
            schedule(SyncSchedule.first(interval, random));
        }
    }

    /** Syncs as soon as possible (staff tapped 立即检查更新). */
    public synchronized void syncNow() {
        if (enabled()) {
            schedule(Duration.ZERO);
        }
    }

    /**
     * Imports a feed copy from a folder or archive (a USB stick) now, on the caller's thread,
     * through the same checks as a network sync; never at the same time as one.
     */
    public FeedSync.Result importNow(java.nio.file.Path path) throws FeedException {
        synchronized (running) {
            FeedSync.Result r = client.importFrom(path);
            if (r.outcome() == FeedSync.Outcome.APPLIED) {
                listeners.forEach(l -> l.accept(r));
            }
            return r;
        }
    }

    public void onApplied(Consumer<FeedSync.Result> listener) {
        listeners.add(listener);
    }

    public FeedStatus status() {
        return client.status();
    }

    private synchronized void schedule(Duration delay) {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!timer.isShutdown()) {
            pending = timer.schedule(this::runOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void runOnce() {
        synchronized (running) {
            runLocked();
        }
    }

    private void runLocked() {
        Optional<FeedException> failure = Optional.empty();
        try {
            FeedSync.Result r = client.syncFrom(url.orElseThrow(), limits);
            failures = 0;
            if (r.outcome() == FeedSync.Outcome.APPLIED) {
                listeners.forEach(l -> l.accept(r));
            }
        } catch (FeedException e) {
            failures++;
            failure = Optional.of(e);
        } catch (RuntimeException e) {
            failures++;
            LOG.log(Level.SEVERE, "automatic sync failed unexpectedly", e);
        }
        Duration next = SyncSchedule.next(interval, failure, failures, random);
        LOG.info(() -> "next feed sync in " + next.toMinutes() + " min");
        schedule(next);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
