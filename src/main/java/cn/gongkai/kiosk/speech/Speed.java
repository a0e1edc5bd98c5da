package cn.gongkai.kiosk.speech;

/** Reading speed: villagers choose slow or normal. */
public enum Speed {
    NORMAL(150), SLOW(105);

    private final int wordsPerMinute;

    Speed(int wordsPerMinute) {
        this.wordsPerMinute = wordsPerMinute;
    }

    /** eSpeak NG's -s value: for the pinyin voice a "word" is a syllable. */
    public int wordsPerMinute() {
        return wordsPerMinute;
    }
}
