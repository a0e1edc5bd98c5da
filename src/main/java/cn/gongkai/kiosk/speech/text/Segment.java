package cn.gongkai.kiosk.speech.text;

/**
 * A run of one sentence that one engine speaks.
 *
 * <p>Exactly, as {@link ChineseFrontEnd} makes them: MANDARIN is tokens separated by single
 * spaces, each a syllable {@code [a-z]+[1-5]} (ü as v, neutral tone 5) or a mark "," (pause) or
 * "." (end); it starts with a syllable, and only the last MANDARIN segment of a sentence ends with
 * "." (a switch of voice is pause enough). LATIN is letters, apostrophes and single spaces;
 * acronyms come spelled ("A P P"); digits never appear (they are read in Chinese, in MANDARIN).
 *
 * @param script  which engine: MANDARIN text goes to eSpeak NG as tone-numbered pinyin, LATIN
 *                text to FreeTTS as English
 * @param spoken  what the engine receives: for MANDARIN space-separated syllables with tone
 *                numbers ("yin2 hang2 ,"), punctuation kept as pause marks ", " and ". "; for
 *                LATIN plain English words
 */
public record Segment(Script script, String spoken) {
    public enum Script { MANDARIN, LATIN }
}
