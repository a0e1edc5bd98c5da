package cn.gongkai.kiosk.broadcast;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.QuietHours;
import cn.gongkai.kiosk.speech.Chime;
import cn.gongkai.kiosk.speech.Pcm;
import cn.gongkai.kiosk.speech.SpeechException;
import cn.gongkai.kiosk.speech.SpeechService;
import cn.gongkai.kiosk.speech.Speed;
import cn.gongkai.kiosk.speech.play.AudioSink;
import cn.gongkai.kiosk.speech.play.ReadingSession;
import cn.gongkai.kiosk.storage.BroadcastDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plays the hall's scheduled announcements at their times, as {@link BroadcastPlanner} plans
 * them. An urgent one interrupts a villager's reading, which then starts its sentence again; a
 * normal one waits until the reading ends. Every play, skip and failure goes to the play log
 * (proof of play).
 */
public final class Broadcaster implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Broadcaster.class.getName());
    /** A normal announcement waits at most this long for a reading to end, then plays anyway. */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** Between repeats of one announcement. */
    static final Duration REPEAT_GAP = Duration.ofMillis(1500);

    private final Supplier<List<BroadcastEntry>> entries;
    private final QuietHours quiet;
    private final ZoneId zone;
    private final Clock clock;
    private final SpeechService speech;
    private final Function<String, Optional<byte[]>> media;
    private final BroadcastDao log;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param entries the schedule, read again before each play (a sync may change it)
     * @param media   a media file of the feed by name, for announcements the county recorded
     */
    public Broadcaster(Supplier<List<BroadcastEntry>> entries, QuietHours quiet, ZoneId zone, Clock clock,
                       SpeechService speech, Function<String, Optional<byte[]>> media, BroadcastDao log) {
        this.entries = entries;
        this.quiet = quiet;
        this.zone = zone;
        this.clock = clock;
        this.speech = speech;
        this.media = media;
        this.log = log;
        this.thread = new Thread(this::run, "broadcasts");
        thread.setDaemon(true);
    }

    public Broadcaster start() {
        thread.start();
        return this;
    }

    private void run() {
        ZonedDateTime checked = ZonedDateTime.now(clock.withZone(zone));
        while (!closed) {
            try {
                ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
                List<BroadcastEntry> schedule = entries.get();
                BroadcastPlanner.Plan due = BroadcastPlanner.fullPlan(schedule, quiet, checked, now.plusNanos(1));
                for (PlannedPlay skipped : due.skipped()) {
                    record(skipped, Optional.empty(), Optional.empty(), BroadcastDao.Outcome.SKIPPED_QUIET, "quiet hours");
                }
                for (PlannedPlay p : due.plays()) {
                    if (closed) {
                        return;
                    }
                    play(p);
                }
                checked = now.plusNanos(1);
                // Wake for the next play, or a skip to log, and at least every minute: the
                // schedule may change with a sync.
                Instant wake = now.toInstant().plus(Duration.ofMinutes(1));
                Optional<PlannedPlay> next = BroadcastPlanner.next(schedule, quiet, now);
                if (next.isPresent() && next.get().at().toInstant().isBefore(wake)) {
                    wake = next.get().at().toInstant();
                }
                List<PlannedPlay> hushed = BroadcastPlanner.fullPlan(schedule, quiet, checked,
                        now.plusMinutes(1)).skipped();
                if (!hushed.isEmpty() && hushed.get(0).at().toInstant().isBefore(wake)) {
                    wake = hushed.get(0).at().toInstant();
                }
                Thread.sleep(Math.max(10, Duration.between(clock.instant(), wake).toMillis()));
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "broadcast loop failed; going on", e);
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** Plays one announcement now (also used by tests and a staff "play now"). */
    public void play(PlannedPlay p) throws InterruptedException {
        BroadcastEntry e = p.entry();
        Pcm audio;
        try {
            audio = audioOf(e);
        } catch (SpeechException ex) {
            record(p, Optional.empty(), Optional.empty(), BroadcastDao.Outcome.FAILED, ex.getMessage());
            return;
        }
        Optional<ReadingSession> reading = speech.current();
        boolean resumeReading = false;
        if (e.urgent()) {
            resumeReading = reading.map(ReadingSession::interrupt).orElse(false);
        } else {
            Instant giveUp = clock.instant().plus(MAX_WAIT);
            while (speech.current().isPresent() && clock.instant().isBefore(giveUp) && !closed) {
                Thread.sleep(500);
            }
        }
        Instant started = clock.instant();
        boolean completed = false;
        try (AudioSink out = speech.output()) {
            short[] s = audio.samples();
            int chunk = Pcm.RATE / 10;
            for (int i = 0; i < s.length && !closed; i += chunk) {
                out.write(s, i, Math.min(chunk, s.length - i));
            }
            out.drain();
            completed = !closed;
        } finally {
            record(p, Optional.of(started), Optional.of(clock.instant()),
                    completed ? BroadcastDao.Outcome.COMPLETED : BroadcastDao.Outcome.CUT,
                    completed ? "" : "the kiosk was shutting down");
            if (resumeReading) {
                reading.get().resume();
            }
        }
    }

    /** Chime, then the county's recording or the text, as many times as the entry says. */
    Pcm audioOf(BroadcastEntry e) throws SpeechException {
        Pcm once = null;
        if (e.hasAudio()) {
            Optional<byte[]> bytes = media.apply(e.audio());
            if (bytes.isPresent()) {
                try {
                    once = Pcm.fromWav(bytes.get());
                } catch (SpeechException bad) {
                    LOG.warning("recording " + e.audio() + " of broadcast " + e.id() + " unreadable (" + bad.getMessage()
                            + "); reading its text");
                }
            }
        }
        if (once == null) {
            if (e.text().isBlank()) {
                throw new SpeechException("no usable recording and no text for broadcast " + e.id());
            }
            once = speech.speaker().text(e.text(), Speed.NORMAL);
        }
        List<Pcm> parts = new ArrayList<>();
        if (e.chime()) {
            parts.add(Chime.dingDong());
            parts.add(Pcm.silence(Duration.ofMillis(400)));
        }
        for (int i = 0; i < e.repeat(); i++) {
            if (i > 0) {
                parts.add(Pcm.silence(REPEAT_GAP));
            }
            parts.add(once);
        }
        return Pcm.concat(parts);
    }

    private void record(PlannedPlay p, Optional<Instant> started, Optional<Instant> ended, BroadcastDao.Outcome outcome,
                        String reason) {
        try {
            log.log(new BroadcastDao.Play(p.id(), p.entry().title(), p.at().toInstant(), started, ended, outcome, reason));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not log the play of " + p.id(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
