package cn.gongkai.kiosk.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.BroadcastEntry.Priority;
import cn.gongkai.kiosk.domain.BroadcastEntry.Times;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.QuietHours;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.speech.EspeakSynthesizer;
import cn.gongkai.kiosk.speech.FreeTtsSynthesizer;
import cn.gongkai.kiosk.speech.Pcm;
import cn.gongkai.kiosk.speech.RecordingSource;
import cn.gongkai.kiosk.speech.Speaker;
import cn.gongkai.kiosk.speech.SpeechService;
import cn.gongkai.kiosk.speech.Speed;
import cn.gongkai.kiosk.speech.play.AudioSink;
import cn.gongkai.kiosk.speech.play.ReadingSession;
import cn.gongkai.kiosk.speech.play.Sinks;
import cn.gongkai.kiosk.speech.text.ChineseFrontEnd;
import cn.gongkai.kiosk.storage.BroadcastDao;
import cn.gongkai.kiosk.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hall's announcements with the real engines: chime and text, the play log, an urgent one
 * interrupting a villager's reading which then goes on, a normal one waiting, quiet hours.
 * No sound card here: output goes to recorders that keep time 4x faster than real.
 */
class BroadcasterTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path tmp;
    Database db;
    BroadcastDao log;
    SpeechService speech;
    /** Everything any sink heard, in the order written, with the time of the first sample. */
    final List<Pcm> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        EspeakSynthesizer espeak = new EspeakSynthesizer();
        if (!espeak.available()) {
            if ("1".equals(System.getenv("KIOSK_REQUIRE_ESPEAK"))) {
                throw new AssertionError(espeak.problem());
            }
            Assumptions.abort("eSpeak NG not installed");
        }
        db = Database.open(tmp.resolve("kiosk.db"));
        log = new BroadcastDao(db, RegionCode.of("360123102"));
        speech = new SpeechService(new Speaker(new ChineseFrontEnd(), espeak, new FreeTtsSynthesizer()),
                this::recordingSink, RecordingSource.NONE);
    }

    @AfterEach
    void tearDown() {
        speech.close();
        db.close();
    }

    AudioSink recordingSink() {
        Sinks.Recorder rec = Sinks.recorder();
        AudioSink clock = Sinks.silent(4.0);
        return new AudioSink() {
            @Override
            public void write(short[] s, int off, int len) {
                rec.write(s, off, len);
                clock.write(s, off, len);
            }

            @Override
            public void discard() {
            }

            @Override
            public void drain() {
            }

            @Override
            public String describe() {
                return "recorder";
            }

            @Override
            public void close() {
                heard.add(rec.pcm());
            }
        };
    }

    static BroadcastEntry entry(String id, String text, String audio, Priority priority, String... times) {
        return new BroadcastEntry(id, "播报 " + id, text, audio,
                new Times(java.util.Arrays.stream(times).map(LocalTime::parse).toList()), java.util.Set.of(),
                null, null, priority, true, 1, Scope.of(PublisherLevel.TOWNSHIP, "360123102"));
    }

    Broadcaster broadcaster(List<BroadcastEntry> entries, QuietHours quiet, Clock clock, Map<String, byte[]> media) {
        return new Broadcaster(() -> entries, quiet, ZONE, clock, speech,
                name -> Optional.ofNullable(media.get(name)), log);
    }

    static PlannedPlay now(BroadcastEntry e) {
        return new PlannedPlay(e, ZonedDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void anAnnouncementIsChimeThenTextAndIsLoggedAsCompleted() throws Exception {
        BroadcastEntry e = entry("office-hours", "办公时间为上午八点半至十二点。", null, Priority.NORMAL, "08:30");
        Broadcaster b = broadcaster(List.of(e), QuietHours.none(), Clock.system(ZONE), Map.of());
        b.play(now(e));
        Pcm played = heard.get(heard.size() - 1);
        Pcm textOnly = speech.speaker().text(e.text(), Speed.NORMAL);
        assertThat(played.duration()).isGreaterThan(textOnly.duration().plusMillis(1_800)); // the chime first
        assertThat(new Pcm(Pcm.RATE, java.util.Arrays.copyOf(played.samples(), Pcm.RATE / 2)).rms())
                .as("the chime is audible").isGreaterThan(1_000);
        List<BroadcastDao.Play> plays = log.playsOn(LocalDate.now(ZONE), ZONE);
        assertThat(plays).singleElement().satisfies(p -> {
            assertThat(p.entryId()).isEqualTo("office-hours");
            assertThat(p.outcome()).isEqualTo(BroadcastDao.Outcome.COMPLETED);
            assertThat(p.started()).isPresent();
        });
    }

    @Test
    void anUrgentAnnouncementInterruptsAReadingWhichThenGoesOn() throws Exception {
        List<Integer> sentences = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        ReadingSession reading = speech.read("第一句话比较长，用来朗读。第二句话。第三句话。第四句话。", Optional.empty(),
                Speed.NORMAL, 1.0, new ReadingSession.Listener() {
                    @Override
                    public void sentence(int index) {
                        sentences.add(index);
                    }

                    @Override
                    public void finished(boolean completed) {
                        finished.countDown();
                    }
                });
        while (sentences.isEmpty()) {
            Thread.sleep(10);
        }
        BroadcastEntry urgent = entry("fire-warning", "森林高火险，严禁野外用火。", null, Priority.URGENT, "10:00");
        Thread during = new Thread(() -> {
            try {
                broadcaster(List.of(urgent), QuietHours.none(), Clock.system(ZONE), Map.of()).play(now(urgent));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        during.start();
        Thread.sleep(300);
        assertThat(reading.state()).as("the reading waits while the hall hears the warning")
                .isEqualTo(ReadingSession.State.PAUSED);
        during.join(30_000);
        assertThat(finished.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(reading.state()).isEqualTo(ReadingSession.State.FINISHED);
        assertThat(sentences).containsExactly(0, 1, 2, 3);
        assertThat(log.playsOn(LocalDate.now(ZONE), ZONE)).extracting(BroadcastDao.Play::outcome)
                .containsExactly(BroadcastDao.Outcome.COMPLETED);
    }

    @Test
    void aNormalAnnouncementWaitsUntilTheReadingEnds() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Instant> readingEnded = new java.util.concurrent.atomic.AtomicReference<>();
        speech.read("请稍候。正在朗读。", Optional.empty(), Speed.NORMAL, 1.0, new ReadingSession.Listener() {
            @Override
            public void sentence(int index) {
            }

            @Override
            public void finished(boolean completed) {
                readingEnded.set(Instant.now());
            }
        });
        Thread.sleep(100);
        BroadcastEntry normal = entry("reminder", "医保缴费提醒。", null, Priority.NORMAL, "09:00");
        broadcaster(List.of(normal), QuietHours.none(), Clock.system(ZONE), Map.of()).play(now(normal));
        BroadcastDao.Play p = log.playsOn(LocalDate.now(ZONE), ZONE).get(0);
        assertThat(readingEnded.get()).isNotNull();
        assertThat(p.started().orElseThrow()).isAfterOrEqualTo(readingEnded.get().truncatedTo(ChronoUnit.MILLIS)
                .minusMillis(600));
    }

    @Test
    void aBrokenRecordingFallsBackToTheTextAndAGoodOneIsPlayedAsIs() throws Exception {
        BroadcastEntry broken = entry("recorded", "请到二楼窗口办理。", "media/audio/窗口.wav", Priority.NORMAL, "09:00");
        Broadcaster b = broadcaster(List.of(broken), QuietHours.none(), Clock.system(ZONE),
                Map.of("media/audio/窗口.wav", "not a wav".getBytes()));
        assertThat(b.audioOf(broken).duration()).isGreaterThan(Duration.ofSeconds(2));

        Pcm recording = new Pcm(Pcm.RATE, new short[Pcm.RATE]);
        java.util.Arrays.fill(recording.samples(), (short) 700);
        Broadcaster good = broadcaster(List.of(broken), QuietHours.none(), Clock.system(ZONE),
                Map.of("media/audio/窗口.wav", recording.toWav()));
        Pcm out = good.audioOf(broken);
        // chime (1.8 s) + 0.4 s + the one-second recording
        assertThat(out.duration().toMillis()).isBetween(3_150L, 3_250L);
    }

    @Test
    void theScheduleRunsOnTheClockAndQuietHoursAreLoggedAsSkipped() throws Exception {
        // A clock 2 s before a whole minute: the entry for that minute plays at once.
        ZonedDateTime real = ZonedDateTime.now(ZONE);
        ZonedDateTime minute = real.truncatedTo(ChronoUnit.MINUTES).plusMinutes(2);
        Clock clock = Clock.offset(Clock.system(ZONE), Duration.between(real, minute.minusSeconds(2)));
        String hhmm = minute.toLocalTime().toString();
        BroadcastEntry due = entry("due", "现在播报。", null, Priority.NORMAL, hhmm);
        BroadcastEntry hushed = entry("hushed", "安静时段不播。", null, Priority.NORMAL, hhmm);
        QuietHours quiet = QuietHours.parse(List.of(hhmm + "-" + minute.plusMinutes(1).toLocalTime()));
        try (Broadcaster b = broadcaster(List.of(due), QuietHours.none(), clock, Map.of()).start();
             Broadcaster q = broadcaster(List.of(hushed), quiet, clock, Map.of()).start()) {
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (log.plays(Instant.EPOCH, Instant.now().plus(Duration.ofDays(1))).size() < 2 && System.nanoTime() < end) {
                Thread.sleep(100);
            }
        }
        assertThat(log.plays(Instant.EPOCH, Instant.now().plus(Duration.ofDays(1))))
                .extracting(BroadcastDao.Play::entryId, BroadcastDao.Play::outcome)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("due", BroadcastDao.Outcome.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("hushed", BroadcastDao.Outcome.SKIPPED_QUIET));
    }
}
