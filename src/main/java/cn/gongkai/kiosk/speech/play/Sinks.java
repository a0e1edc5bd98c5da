package cn.gongkai.kiosk.speech.play;

import cn.gongkai.kiosk.speech.Pcm;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** The sinks: the system's default device, a silent one that keeps time, and a recorder. */
public final class Sinks {
    private static final Logger LOG = Logger.getLogger(Sinks.class.getName());
    static final AudioFormat FORMAT = new AudioFormat(Pcm.RATE, 16, 1, true, false);
    private static volatile boolean warned;

    private Sinks() {
    }

    /**
     * The default output device; where there is none (these machines have no sound card) a
     * silent sink that takes real time, so readings and broadcasts behave the same. Logged once.
     */
    public static AudioSink system() {
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT);
            line.open(FORMAT, Pcm.RATE / 5 * 2); // 200 ms buffer: pause and stop respond quickly
            line.start();
            return new LineSink(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (!warned) {
                warned = true;
                LOG.warning("no audio output device (" + e.getMessage() + "): speech is produced but not heard");
            }
            return new SilentSink(1.0);
        }
    }

    /** True when the machine has an output device. */
    public static boolean deviceAvailable() {
        try (AudioSink s = system()) {
            return s instanceof LineSink;
        }
    }

    /** A sink that hears nothing but takes {@code 1/speedUp} of real time (tests use a speed-up). */
    public static AudioSink silent(double speedUp) {
        return new SilentSink(speedUp);
    }

    /** Keeps everything written, for `kiosk speak --out` and tests. */
    public static Recorder recorder() {
        return new Recorder();
    }

    private static final class LineSink implements AudioSink {
        private final SourceDataLine line;

        LineSink(SourceDataLine line) {
            this.line = line;
        }

        @Override
        public void write(short[] samples, int offset, int length) {
            ByteBuffer b = ByteBuffer.allocate(length * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < length; i++) {
                b.putShort(samples[offset + i]);
            }
            line.write(b.array(), 0, length * 2); // blocks while the device is busy: real time
        }

        @Override
        public void discard() {
            line.flush();
        }

        @Override
        public void drain() {
            line.drain();
        }

        @Override
        public String describe() {
            return "audio device " + line.getLineInfo();
        }

        @Override
        public void close() {
            line.close();
        }
    }

    private static final class SilentSink implements AudioSink {
        private final double speedUp;

        SilentSink(double speedUp) {
            this.speedUp = speedUp;
        }

        @Override
        public void write(short[] samples, int offset, int length) {
            long nanos = (long) (length * 1_000_000_000L / Pcm.RATE / speedUp);
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void discard() {
        }

        @Override
        public void drain() {
        }

        @Override
        public String describe() {
            return "no audio device (silent)";
        }

        @Override
        public void close() {
        }
    }

    /** Records what it is given, at once. */
    public static final class Recorder implements AudioSink {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(short[] samples, int offset, int length) {
            for (int i = 0; i < length; i++) {
                short s = samples[offset + i];
                bytes.write(s & 0xff);
                bytes.write((s >> 8) & 0xff);
            }
        }

        public synchronized Pcm pcm() {
            byte[] b = bytes.toByteArray();
            ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
            short[] s = new short[b.length / 2];
            for (int i = 0; i < s.length; i++) {
                s[i] = buf.getShort(i * 2);
            }
            return new Pcm(Pcm.RATE, s);
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
        }
    }
}
