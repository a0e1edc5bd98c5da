package cn.gongkai.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.feed.ContentFolder;
import cn.gongkai.kiosk.speech.text.ChineseFrontEnd;
import cn.gongkai.kiosk.speech.text.Segment;
import cn.gongkai.kiosk.speech.text.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three demo policies rendered to WAV files with the real engines: each is audible and lasts as
 * long as its text takes to say at the voice's rate (eSpeak NG at 150 syllables a minute, with
 * pauses at punctuation and between sentences).
 */
class DemoPoliciesAloudTest {
    private static final Pattern SYLLABLE = Pattern.compile("[a-z]+[1-5]");

    @TempDir
    Path tmp;

    @Test
    void threeDemoPoliciesRenderToWavFilesWhoseDurationsFitTheirText() throws Exception {
        Speaker speaker = new Speaker(new ChineseFrontEnd(), Engines.espeak(), new FreeTtsSynthesizer());
        List<Policy> policies = ContentFolder.read(Path.of("assets/demo/content")).policies().stream()
                .sorted(Comparator.comparing(Policy::id)).limit(3).toList();
        assertThat(policies).hasSize(3);
        for (Policy p : policies) {
            String text = p.title() + "。" + p.summary() + "\n" + p.body();
            Pcm pcm = speaker.text(text, Speed.NORMAL);
            Path wav = tmp.resolve(p.id() + ".wav");
            Files.write(wav, pcm.toWav());

            Pcm back = Pcm.fromWav(Files.readAllBytes(wav));
            long syllables = 0;
            int sentences = 0;
            for (Sentence s : speaker.prepare(text)) {
                sentences += s.silent() ? 0 : 1;
                for (Segment seg : s.segments()) {
                    if (seg.script() == Segment.Script.MANDARIN) {
                        syllables += SYLLABLE.matcher(seg.spoken()).results().count();
                    }
                }
            }
            double seconds = back.duration().toMillis() / 1000.0;
            double atVoiceRate = syllables / (Speed.NORMAL.wordsPerMinute() / 60.0);
            assertThat(back.rms()).as(p.id() + " is audible").isGreaterThan(500);
            assertThat(seconds).as("%s: %d syllables in %d sentences took %.1f s", p.id(), syllables, sentences, seconds)
                    .isBetween(atVoiceRate * 0.6, atVoiceRate * 1.6 + sentences * 0.6);
        }
    }
}
