package cn.gongkai.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.speech.play.ReadingSession;
import cn.gongkai.kiosk.speech.play.Sinks;
import cn.gongkai.kiosk.speech.text.ChineseFrontEnd;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One reading at a time; the county's recording first, the text when the recording is broken. */
class SpeechServiceTest {
    static final ReadingSession.Listener QUIET = new ReadingSession.Listener() {
        @Override
        public void sentence(int index) {
        }

        @Override
        public void finished(boolean completed) {
        }
    };

    @Test
    void aBrokenRecordingFallsBackToReadingTheText() throws Exception {
        Speaker speaker = new Speaker(new ChineseFrontEnd(), Engines.espeak(), new FreeTtsSynthesizer());
        try (SpeechService s = new SpeechService(speaker, Sinks::recorder,
                id -> Optional.of("RIFF but not really a wav".getBytes()))) {
            ReadingSession r = s.read("请到二楼办理。", Optional.of("notice-001"), Speed.NORMAL, 1, QUIET);
            assertThat(r.recorded()).isFalse();
            r.join();
            assertThat(r.state()).isEqualTo(ReadingSession.State.FINISHED);
        }
    }

    @Test
    void aNewReadingStopsThePreviousOne() throws Exception {
        Speaker speaker = new Speaker(new ChineseFrontEnd(), Engines.espeak(), new FreeTtsSynthesizer());
        try (SpeechService s = new SpeechService(speaker, () -> Sinks.silent(1.0), RecordingSource.NONE)) {
            CountDownLatch first = new CountDownLatch(1);
            ReadingSession a = s.read("第一篇。很长的一句话，要读很久很久。", Optional.empty(), Speed.NORMAL, 1,
                    new ReadingSession.Listener() {
                        @Override
                        public void sentence(int index) {
                            first.countDown();
                        }

                        @Override
                        public void finished(boolean completed) {
                        }
                    });
            assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
            ReadingSession b = s.read("第二篇。", Optional.empty(), Speed.NORMAL, 1, QUIET);
            a.join();
            assertThat(a.state()).isEqualTo(ReadingSession.State.STOPPED);
            assertThat(s.current()).containsSame(b);
        }
    }

    @Test
    void withoutAMandarinEngineOrARecordingReadingIsRefusedInWords() {
        Speaker mute = new Speaker(new ChineseFrontEnd(), new EspeakSynthesizer("/nonexistent/espeak-ng"),
                new FreeTtsSynthesizer());
        try (SpeechService s = new SpeechService(mute, Sinks::recorder, RecordingSource.NONE)) {
            assertThatThrownBy(() -> s.read("你好。", Optional.empty(), Speed.NORMAL, 1, QUIET))
                    .isInstanceOf(SpeechException.class).hasMessageContaining("espeak-ng");
            assertThat(s.engines()).extracting(SpeechService.EngineCheck::ok).containsExactly(false, true);
        }
    }
}
