package cn.gongkai.kiosk.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;

/**
 * English (Latin-script runs: names, acronyms) through FreeTTS, in process. It speaks only US
 * English and drops Chinese silently, so it never receives Chinese (speech.md). One voice,
 * loaded once (0.24 s), used by one thread at a time.
 */
public final class FreeTtsSynthesizer implements Synthesizer {
    private static final String VOICE = "kevin16";
    private Voice voice;
    private String problem = "";
    private boolean tried;

    @Override
    public String name() {
        return "FreeTTS " + VOICE;
    }

    @Override
    public synchronized boolean available() {
        return load() != null;
    }

    @Override
    public synchronized String problem() {
        return problem;
    }

    private Voice load() {
        if (!tried) {
            tried = true;
            try {
                if (System.getProperty("freetts.voices") == null) {
                    System.setProperty("freetts.voices",
                            "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
                }
                Voice v = VoiceManager.getInstance().getVoice(VOICE);
                if (v == null) {
                    problem = "FreeTTS has no " + VOICE + " voice";
                } else {
                    v.allocate();
                    voice = v;
                }
            } catch (RuntimeException | LinkageError e) {
                problem = "FreeTTS cannot start: " + e;
            }
        }
        return voice;
    }

    @Override
    public synchronized Pcm synthesize(String spoken, Speed speed) throws SpeechException {
        Voice v = load();
        if (v == null) {
            throw new SpeechException(problem);
        }
        Capture capture = new Capture();
        v.setAudioPlayer(capture);
        v.setRate(speed == Speed.SLOW ? 110f : 150f);
        if (!v.speak(spoken)) {
            throw new SpeechException("FreeTTS could not speak '" + spoken + "'");
        }
        return capture.pcm();
    }

    /** FreeTTS writes to an AudioPlayer; this one keeps the samples instead of playing them. */
    private static final class Capture implements AudioPlayer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private AudioFormat format = new AudioFormat(16_000f, 16, 1, true, true);
        private float volume = 1f;

        Pcm pcm() {
            byte[] b = bytes.toByteArray();
            ByteBuffer buf = ByteBuffer.wrap(b).order(format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            short[] s = new short[b.length / 2];
            for (int i = 0; i < s.length; i++) {
                s[i] = buf.getShort(i * 2);
            }
            return new Pcm((int) format.getSampleRate(), s);
        }

        @Override public void setAudioFormat(AudioFormat f) {
            this.format = f;
        }

        @Override public AudioFormat getAudioFormat() {
            return format;
        }

        @Override public void pause() { }

        @Override public void resume() { }

        @Override public void reset() { }

        @Override public boolean drain() {
            return true;
        }

        @Override public void begin(int size) { }

        @Override public boolean end() {
            return true;
        }

        @Override public void cancel() { }

        @Override public void close() { }

        @Override public float getVolume() {
            return volume;
        }

        @Override public void setVolume(float v) {
            volume = v;
        }

        @Override public long getTime() {
            return 0;
        }

        @Override public void resetTime() { }

        @Override public void startFirstSampleTimer() { }

        @Override public boolean write(byte[] audioData) {
            bytes.writeBytes(audioData);
            return true;
        }

        @Override public boolean write(byte[] audioData, int offset, int size) {
            bytes.write(audioData, offset, size);
            return true;
        }

        @Override public void showMetrics() { }
    }
}
