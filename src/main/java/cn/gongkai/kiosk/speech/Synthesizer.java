package cn.gongkai.kiosk.speech;

/** One speech engine: text in its own script (tone-numbered pinyin, or English) to audio. */
public interface Synthesizer {
    /** A short name for the doctor and logs ("espeak-ng cmn-latn-pinyin", "FreeTTS kevin16"). */
    String name();

    /** Whether it can speak on this machine; checked once, cheaply. */
    boolean available();

    /** Why not, in plain words, when it is not available. */
    String problem();

    Pcm synthesize(String spoken, Speed speed) throws SpeechException;
}
