package cn.gongkai.kiosk.speech;

import cn.gongkai.kiosk.speech.play.AudioSink;
import cn.gongkai.kiosk.speech.play.ReadingSession;
import cn.gongkai.kiosk.speech.text.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Read-aloud for the screens: one reading at a time (a new one stops the last), the county's
 * recording when there is one, synthesis otherwise. Also the owner of the audio output that
 * broadcasts share, so an announcement can interrupt a reading and hand the place back.
 */
public final class SpeechService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SpeechService.class.getName());

    /** One engine's state, for the doctor and the read-aloud button. */
    public record EngineCheck(String name, boolean ok, String detail) { }

    private final Speaker speaker;
    private final Supplier<AudioSink> sinks;
    private final RecordingSource recordings;
    private final ExecutorService synthesis = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "speech-synthesis");
        t.setDaemon(true);
        return t;
    });
    private ReadingSession current;

    public SpeechService(Speaker speaker, Supplier<AudioSink> sinks, RecordingSource recordings) {
        this.speaker = speaker;
        this.sinks = sinks;
        this.recordings = recordings;
    }

    public Speaker speaker() {
        return speaker;
    }

    /** Whether Mandarin can be spoken here (the first call runs eSpeak NG once; not on the FX thread). */
    public boolean mandarinAvailable() {
        return speaker.canSpeakMandarin();
    }

    public List<EngineCheck> engines() {
        Synthesizer m = speaker.mandarin();
        Synthesizer l = speaker.latin();
        return List.of(
                new EngineCheck(m.name(), m.available(), m.available() ? "Mandarin read-aloud works" : m.problem()),
                new EngineCheck(l.name(), l.available(), l.available() ? "English words are spoken" : l.problem()));
    }

    /**
     * Starts reading {@code text} (stopping any reading in progress).
     *
     * @param recordId the record whose county recording to prefer, if any
     */
    public synchronized ReadingSession read(String text, Optional<String> recordId, Speed speed, double volume,
                                            ReadingSession.Listener listener) throws SpeechException {
        stopReading();
        List<Sentence> sentences = speaker.prepare(text);
        Optional<Pcm> recording = recordId.flatMap(recordings::recordingFor).flatMap(bytes -> {
            try {
                return Optional.of(Pcm.fromWav(bytes));
            } catch (SpeechException e) {
                LOG.warning("recording of " + recordId.get() + " unreadable (" + e.getMessage() + "); reading the text");
                return Optional.empty();
            }
        });
        if (recording.isEmpty() && !speaker.canSpeakMandarin()) {
            throw new SpeechException(speaker.mandarin().problem());
        }
        current = new ReadingSession(speaker, sentences, recording, sinks.get(), synthesis, speed, volume, listener)
                .start();
        return current;
    }

    public synchronized Optional<ReadingSession> current() {
        return Optional.ofNullable(current).filter(s -> s.state() == ReadingSession.State.READING
                || s.state() == ReadingSession.State.PAUSED);
    }

    public synchronized void stopReading() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    /** A new sink on the same output, for an announcement (the reading's is paused meanwhile). */
    public AudioSink output() {
        return sinks.get();
    }

    @Override
    public synchronized void close() {
        stopReading();
        synthesis.shutdownNow();
    }
}
