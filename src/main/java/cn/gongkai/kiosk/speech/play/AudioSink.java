package cn.gongkai.kiosk.speech.play;

/**
 * Where audio goes: the sound card, or (on a machine without one, and in tests) a sink that
 * takes as long as playing would, or a file. Samples are mono 16-bit at {@code Pcm.RATE}.
 */
public interface AudioSink extends AutoCloseable {
    /** Plays these samples; returns when they have been handed to the device (paced in real time). */
    void write(short[] samples, int offset, int length);

    /** Drops anything queued but not yet heard (stop, pause). */
    void discard();

    /** Waits until what was written has been heard. */
    void drain();

    String describe();

    @Override
    void close();
}
