package cn.gongkai.kiosk.speech;

import cn.gongkai.kiosk.speech.text.ChineseFrontEnd;
import cn.gongkai.kiosk.speech.text.Segment;
import cn.gongkai.kiosk.speech.text.Sentence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Speaks prepared sentences, choosing the engine per segment: Mandarin pinyin to eSpeak NG,
 * Latin-script runs to FreeTTS. A segment an engine cannot say is skipped (logged), so a stray
 * English word never silences a whole sentence.
 */
public final class Speaker {
    private static final Logger LOG = Logger.getLogger(Speaker.class.getName());
    /** Between sentences: what a reader's breath sounds like. */
    static final Duration SENTENCE_GAP = Duration.ofMillis(280);

    private final ChineseFrontEnd frontEnd;
    private final Synthesizer mandarin;
    private final Synthesizer latin;

    public Speaker(ChineseFrontEnd frontEnd, Synthesizer mandarin, Synthesizer latin) {
        this.frontEnd = frontEnd;
        this.mandarin = mandarin;
        this.latin = latin;
    }

    /** The default engines of this machine. */
    public static Speaker standard() {
        return new Speaker(new ChineseFrontEnd(), new EspeakSynthesizer(), new FreeTtsSynthesizer());
    }

    public ChineseFrontEnd frontEnd() {
        return frontEnd;
    }

    public Synthesizer mandarin() {
        return mandarin;
    }

    public Synthesizer latin() {
        return latin;
    }

    public boolean canSpeakMandarin() {
        return mandarin.available();
    }

    public List<Sentence> prepare(String text) {
        return frontEnd.prepare(text);
    }

    /** One sentence's audio, with the pause that follows it. */
    public Pcm sentence(Sentence s, Speed speed) throws SpeechException {
        List<Pcm> parts = new ArrayList<>();
        for (Segment seg : s.segments()) {
            Synthesizer engine = seg.script() == Segment.Script.MANDARIN ? mandarin : latin;
            if (seg.script() == Segment.Script.MANDARIN && !mandarin.available()) {
                throw new SpeechException(mandarin.problem());
            }
            if (!engine.available()) {
                LOG.fine(() -> "skipped '" + seg.spoken() + "': " + engine.problem());
                continue;
            }
            parts.add(engine.synthesize(seg.spoken(), speed));
        }
        parts.add(Pcm.silence(SENTENCE_GAP));
        return Pcm.concat(parts);
    }

    /** A whole text at once (broadcasts, `kiosk speak`). */
    public Pcm text(String text, Speed speed) throws SpeechException {
        List<Pcm> parts = new ArrayList<>();
        for (Sentence s : prepare(text)) {
            if (!s.silent()) {
                parts.add(sentence(s, speed));
            }
        }
        return Pcm.concat(parts);
    }
}
