package cn.gongkai.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The real engines: eSpeak NG as a separate process for Mandarin, FreeTTS in process for English. */
class SpeechEngineTest {

    @Test
    void eSpeakSpeaksTonedPinyinAndSlowIsSlower() throws Exception {
        EspeakSynthesizer espeak = Engines.espeak();
        Pcm normal = espeak.synthesize("zheng4 wu4 gong1 kai1 , yin2 hang2 .", Speed.NORMAL);
        Pcm slow = espeak.synthesize("zheng4 wu4 gong1 kai1 , yin2 hang2 .", Speed.SLOW);
        assertThat(normal.sampleRate()).isEqualTo(Pcm.RATE);
        assertThat(normal.rms()).as("audible").isGreaterThan(500);
        assertThat(normal.duration().toMillis()).isBetween(1_000L, 5_000L);
        assertThat(slow.duration()).isGreaterThan(normal.duration().multipliedBy(12).dividedBy(10));
    }

    @Test
    void aMissingESpeakIsReportedInPlainWordsNotACrash() {
        EspeakSynthesizer missing = new EspeakSynthesizer("/nonexistent/espeak-ng");
        assertThat(missing.available()).isFalse();
        assertThat(missing.problem()).contains("apt-get install espeak-ng");
        assertThatThrownBy(() -> missing.synthesize("ni3 hao3", Speed.NORMAL)).isInstanceOf(SpeechException.class);
    }

    @Test
    void freeTtsSpeaksEnglishWords() throws Exception {
        FreeTtsSynthesizer freetts = new FreeTtsSynthesizer();
        assertThat(freetts.available()).as(freetts.problem()).isTrue();
        Pcm p = freetts.synthesize("Download the A P P", Speed.NORMAL);
        assertThat(p.rms()).isGreaterThan(300);
        assertThat(p.duration().toMillis()).isBetween(500L, 5_000L);
    }

    @Test
    void speakerJoinsMandarinAndEnglishInOneSentenceAtOneRate() throws Exception {
        Speaker speaker = new Speaker(new cn.gongkai.kiosk.speech.text.ChineseFrontEnd(), Engines.espeak(),
                new FreeTtsSynthesizer());
        Pcm p = speaker.text("请下载APP办理。", Speed.NORMAL);
        assertThat(p.sampleRate()).isEqualTo(Pcm.RATE);
        assertThat(p.rms()).isGreaterThan(300);
        Pcm chineseOnly = speaker.text("请下载办理。", Speed.NORMAL);
        assertThat(p.duration()).as("the English word is spoken too").isGreaterThan(chineseOnly.duration());
    }
}
