package cn.gongkai.kiosk.speech;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;

/**
 * Mono 16-bit audio: what every engine produces and every sink plays. Engines differ in sample
 * rate (eSpeak NG 22,050 Hz, FreeTTS 16,000 Hz), so clips are brought to {@link #RATE} before
 * they are joined.
 */
public record Pcm(int sampleRate, short[] samples) {
    /** The kiosk's one output rate (eSpeak NG's own). */
    public static final int RATE = 22_050;

    public static Pcm silence(Duration d) {
        return new Pcm(RATE, new short[(int) (RATE * d.toMillis() / 1000)]);
    }

    public Duration duration() {
        return Duration.ofMillis(samples.length * 1000L / sampleRate);
    }

    /** Linear-interpolated resampling: plenty for speech, and no dependency. */
    public Pcm resampled(int rate) {
        if (rate == sampleRate || samples.length == 0) {
            return rate == sampleRate ? this : new Pcm(rate, samples);
        }
        int n = (int) ((long) samples.length * rate / sampleRate);
        short[] out = new short[n];
        double step = (double) sampleRate / rate;
        for (int i = 0; i < n; i++) {
            double pos = i * step;
            int a = (int) pos;
            int b = Math.min(a + 1, samples.length - 1);
            double f = pos - a;
            out[i] = (short) Math.round(samples[a] * (1 - f) + samples[b] * f);
        }
        return new Pcm(rate, out);
    }

    /** Volume 0.0-1.0 (clipped, never wrapped round). */
    public Pcm scaled(double volume) {
        if (volume >= 0.999) {
            return this;
        }
        short[] out = new short[samples.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(samples[i] * volume)));
        }
        return new Pcm(sampleRate, out);
    }

    public static Pcm concat(List<Pcm> parts) {
        int total = parts.stream().mapToInt(p -> p.resampled(RATE).samples.length).sum();
        short[] out = new short[total];
        int at = 0;
        for (Pcm p : parts) {
            short[] s = p.resampled(RATE).samples;
            System.arraycopy(s, 0, out, at, s.length);
            at += s.length;
        }
        return new Pcm(RATE, out);
    }

    /** Root mean square level, 0-32767: how loud, for tests that must hear something. */
    public double rms() {
        if (samples.length == 0) {
            return 0;
        }
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / samples.length);
    }

    public byte[] littleEndianBytes() {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    /** A canonical 44-byte-header WAV file. */
    public byte[] toWav() {
        byte[] data = littleEndianBytes();
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + data.length)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + data.length);
        out.writeBytes(h.array());
        out.writeBytes(data);
        return out.toByteArray();
    }

    /**
     * Reads a PCM WAV (16-bit, mono or stereo, any rate; stereo is mixed down). Tolerates the
     * streaming header eSpeak NG writes to a pipe (sizes 0x7fffffff): the data runs to the end.
     */
    public static Pcm fromWav(byte[] wav) throws SpeechException {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new SpeechException("not a WAV file");
        }
        int pos = 12;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (pos + 8 <= wav.length) {
            int id = b.getInt(pos);
            long size = b.getInt(pos + 4) & 0xffffffffL;
            int body = pos + 8;
            if (id == 0x20746d66) { // "fmt "
                if (b.getShort(body) != 1) {
                    throw new SpeechException("WAV is not plain PCM (format " + b.getShort(body) + ")");
                }
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
            } else if (id == 0x61746164) { // "data"
                if (bits != 16 || channels < 1 || channels > 2 || rate < 4000) {
                    throw new SpeechException("WAV must be 16-bit mono or stereo PCM (got " + bits + "-bit, "
                            + channels + " channels, " + rate + " Hz)");
                }
                int end = (int) Math.min(wav.length, body + size);
                int frames = (end - body) / (2 * channels);
                short[] out = new short[frames];
                for (int i = 0; i < frames; i++) {
                    int sum = 0;
                    for (int c = 0; c < channels; c++) {
                        sum += b.getShort(body + (i * channels + c) * 2);
                    }
                    out[i] = (short) (sum / channels);
                }
                return new Pcm(rate, out);
            }
            pos = (int) Math.min((long) wav.length, body + size + (size & 1));
        }
        throw new SpeechException("WAV has no data");
    }
}
