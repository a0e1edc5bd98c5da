package cn.gongkai.kiosk.speech.play;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.speech.EspeakSynthesizer;
import cn.gongkai.kiosk.speech.FreeTtsSynthesizer;
import cn.gongkai.kiosk.speech.Pcm;
import cn.gongkai.kiosk.speech.Speaker;
import cn.gongkai.kiosk.speech.Speed;
import cn.gongkai.kiosk.speech.text.ChineseFrontEnd;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reading, sentence by sentence, with the real engines; sound goes to a recorder or a silent clock. */
class ReadingSessionTest {
    static final String TEXT = "石鼻镇便民服务中心办公时间为周一至周五。上午八点半到十二点。下午两点半到五点半。节假日休息。";

    Speaker speaker;
    ExecutorService pool;
    final List<Integer> heard = new CopyOnWriteArrayList<>();
    final CountDownLatch done = new CountDownLatch(1);
    volatile Boolean completed;

    @BeforeEach
    void setUp() {
        EspeakSynthesizer espeak = new EspeakSynthesizer();
        if (!espeak.available()) {
            if ("1".equals(System.getenv("KIOSK_REQUIRE_ESPEAK"))) {
                throw new AssertionError(espeak.problem());
            }
            Assumptions.abort("eSpeak NG not installed");
        }
        speaker = new Speaker(new ChineseFrontEnd(), espeak, new FreeTtsSynthesizer());
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    ReadingSession.Listener listener() {
        return new ReadingSession.Listener() {
            @Override
            public void sentence(int index) {
                heard.add(index);
            }

            @Override
            public void finished(boolean ok) {
                completed = ok;
                done.countDown();
            }
        };
    }

    ReadingSession session(AudioSink sink) {
        return new ReadingSession(speaker, speaker.prepare(TEXT), Optional.empty(), sink, pool, Speed.NORMAL, 1.0,
                listener());
    }

    @Test
    void everySentenceIsHeardInOrderAndTheAudioIsTheirs() throws Exception {
        Sinks.Recorder rec = Sinks.recorder();
        ReadingSession s = session(rec).start();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(completed).isTrue();
        assertThat(heard).containsExactly(0, 1, 2, 3);
        assertThat(s.state()).isEqualTo(ReadingSession.State.FINISHED);
        Pcm all = rec.pcm();
        assertThat(all.rms()).isGreaterThan(500);
        // about 44 syllables at 2.5 per second, plus pauses
        assertThat(all.duration().toSeconds()).isBetween(8L, 40L);
    }

    @Test
    void stopEndsItAtOnceAndNothingMoreIsHeard() throws Exception {
        ReadingSession s = session(Sinks.silent(2.0)).start();
        waitFor(() -> heard.size() >= 1);
        s.stop();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(completed).isFalse();
        int after = heard.size();
        Thread.sleep(300);
        assertThat(heard).hasSize(after);
        assertThat(s.state()).isEqualTo(ReadingSession.State.STOPPED);
    }

    @Test
    void pauseHoldsThePlaceAndResumeGoesOn() throws Exception {
        ReadingSession s = session(Sinks.silent(4.0)).start();
        waitFor(() -> heard.size() >= 1);
        s.pause();
        int at = heard.size();
        Thread.sleep(1_500); // at 4x, longer than any sentence
        assertThat(heard).hasSize(at);
        assertThat(s.state()).isEqualTo(ReadingSession.State.PAUSED);
        s.resume();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(completed).isTrue();
        assertThat(heard).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aBroadcastInterruptionReplaysTheInterruptedSentence() throws Exception {
        Sinks.Recorder plain = Sinks.recorder();
        session(plain).start();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        int uninterrupted = plain.pcm().samples().length;

        CountDownLatch second = new CountDownLatch(1);
        Sinks.Recorder rec = Sinks.recorder();
        AudioSink slowRecorder = new AudioSink() {
            final AudioSink clock = Sinks.silent(4.0);

            @Override
            public void write(short[] samples, int offset, int length) {
                rec.write(samples, offset, length);
                clock.write(samples, offset, length);
            }

            @Override
            public void discard() {
            }

            @Override
            public void drain() {
            }

            @Override
            public String describe() {
                return "recording clock";
            }

            @Override
            public void close() {
            }
        };
        heard.clear();
        ReadingSession s = new ReadingSession(speaker, speaker.prepare(TEXT), Optional.empty(), slowRecorder, pool,
                Speed.NORMAL, 1.0, new ReadingSession.Listener() {
                    @Override
                    public void sentence(int index) {
                        heard.add(index);
                    }

                    @Override
                    public void finished(boolean ok) {
                        second.countDown();
                    }
                }).start();
        waitFor(() -> heard.size() >= 2);
        Thread.sleep(200);
        assertThat(s.interrupt()).isTrue();
        Thread.sleep(300);
        s.resume();
        assertThat(second.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(rec.pcm().samples().length).as("part of sentence 2 was played twice")
                .isGreaterThan(uninterrupted);
        assertThat(heard).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aRecordingIsPlayedInsteadOfSynthesis() throws Exception {
        Pcm recording = new Pcm(Pcm.RATE, new short[Pcm.RATE / 2]);
        java.util.Arrays.fill(recording.samples(), (short) 1234);
        Sinks.Recorder rec = Sinks.recorder();
        ReadingSession s = new ReadingSession(speaker, speaker.prepare(TEXT), Optional.of(recording), rec, pool,
                Speed.NORMAL, 1.0, listener()).start();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(s.recorded()).isTrue();
        assertThat(rec.pcm().samples()).isEqualTo(recording.samples());
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
