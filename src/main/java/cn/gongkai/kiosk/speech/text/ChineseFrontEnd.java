package cn.gongkai.kiosk.speech.text;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Chinese text front end: source text to sentences, each with what the Mandarin voice
 * (tone-numbered pinyin for eSpeak NG's cmn-latn-pinyin) and the English voice (FreeTTS) say.
 *
 * <p>What a caller must know:
 * <ul>
 *   <li>Sentences end at 。！？；!?; and line breaks, with closing quotes and brackets; a sentence
 *       longer than {@value SentenceSplitter#MAX} characters is cut after a comma (，、：). Blank
 *       pieces are dropped; a piece with nothing sayable (only punctuation, emoji, masked digits)
 *       is kept as a {@link Sentence#silent() silent} sentence, so the caller can skip it.</li>
 *   <li>Numbers are said in Chinese: years digit by digit, amounts with 万/亿, phone, ID and
 *       account numbers digit by digit with 幺 ({@link #normalize}).</li>
 *   <li>Masked personal data: a masked name character is said 某 (张*明 → 张某明); a number with
 *       any masked digit is not said at all, not even its visible digits.</li>
 *   <li>A run of Latin letters is a LATIN segment for FreeTTS; capitalised acronyms are spelled
 *       ("APP" → "A P P"), digits next to them stay Mandarin ("5G" → MANDARIN "wu3", LATIN "G";
 *       "PM2.5" → LATIN "P M", MANDARIN "er4 dian3 wu3 ."). Units (km, kg, m², ℃) are said in
 *       Chinese.</li>
 *   <li>MANDARIN {@link Segment#spoken()} is syllables and marks separated by single spaces:
 *       "yin2 hang2 , hang2 zhang3 ." ("," a pause, "." the end; the last MANDARIN segment of a
 *       sentence ends with "."); LATIN is plain words.</li>
 * </ul>
 *
 * <p>Thread-safe and stateless; HanLP is loaded on first use (about half a second), so call
 * {@link #warmUp()} at start-up off the UI thread. Never throws on any input.
 */
public final class ChineseFrontEnd {
    private static final Logger LOG = Logger.getLogger(ChineseFrontEnd.class.getName());

    private final PinyinConverter pinyin = new PinyinConverter();

    /**
     * Loads HanLP's dictionaries (about 0.4 s) and runs every step once, so the first real
     * {@link #prepare} is fast (a 2,000-character policy, measured: 0.56 s without it, 12 ms after it,
     * 3-7 ms once the JIT has compiled everything).
     * Call it once at start-up, off the UI thread; calling it again costs nothing much.
     */
    public static void warmUp() {
        PinyinConverter.load();
        ChineseFrontEnd frontEnd = new ChineseFrontEnd();
        for (int i = 0; i < 20; i++) {
            frontEnd.prepare(WARM_UP_TEXT);
        }
    }

    private static final String WARM_UP_TEXT = "根据赣府厅发〔2025〕9号，2026年11月1日至2027-04-30，每人每月960元（约1,234.50元），"
            + "占比33.1%，2个工作日内办理，咨询电话0791-83461000、12345热线，手机13800138000。"
            + "银行行长张*明到重庆还款，身份证3601**********1234，面积20m²，下载APP，5G网络！";

    /** The text as sentences in order, each with its offset and segments; null or "" gives none. */
    public List<Sentence> prepare(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<SentenceSplitter.Span> spans;
        try {
            spans = SentenceSplitter.split(text);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sentence splitting failed; nothing is read", e);
            return List.of();
        }
        List<Sentence> out = new ArrayList<>(spans.size());
        for (SentenceSplitter.Span span : spans) {
            String display = text.substring(span.start(), span.end());
            List<Segment> segments;
            try {
                segments = segments(TextNormalizer.normalize(display));
            } catch (RuntimeException | StackOverflowError e) {
                // One unreadable sentence must not silence the document: it is skipped.
                LOG.log(Level.WARNING, "sentence at " + span.start() + " could not be prepared; skipped", e);
                segments = List.of();
            }
            out.add(new Sentence(display, span.start(), segments));
        }
        return out;
    }

    /**
     * The text a sentence is read as: hanzi with every number, date, unit and symbol written
     * out, masked data removed, Latin words kept, pauses as ，、：； and ends as 。！？.
     * 2023年 → 二零二三年, 10086 → 一万零八十六, 50% → 百分之五十, 2个 → 两个,
     * 国办发〔2019〕54号 → 国办发二零一九 五十四号, 0791-83421234 → 零七九幺 八三四二幺二三四.
     * Returns "" for null and for text with nothing sayable; never throws.
     */
    public String normalize(String sentence) {
        try {
            return TextNormalizer.normalize(sentence);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "text could not be normalized", e);
            return "";
        }
    }

    private List<Segment> segments(String normalized) {
        List<Segment> out = new ArrayList<>();
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            int j = i;
            if (TextNormalizer.isLetter(normalized.charAt(i))) {
                while (j < n && (TextNormalizer.isLetter(normalized.charAt(j))
                        || (" -.@'".indexOf(normalized.charAt(j)) >= 0 && j + 1 < n
                            && TextNormalizer.isLetter(normalized.charAt(j + 1))))) {
                    j++; // letters, and a space or joiner between two letters
                }
                String spoken = LatinReader.spoken(normalized.substring(i, j));
                if (!spoken.isEmpty()) {
                    out.add(new Segment(Segment.Script.LATIN, spoken));
                }
            } else {
                while (j < n && !TextNormalizer.isLetter(normalized.charAt(j))) {
                    j++;
                }
                String spoken = pinyin.spoken(normalized.substring(i, j));
                if (j < n) {
                    spoken = stripPause(spoken); // the switch of voice is pause enough
                }
                if (!spoken.isEmpty()) {
                    out.add(new Segment(Segment.Script.MANDARIN, spoken));
                }
            }
            i = j;
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).script() == Segment.Script.MANDARIN) {
            String s = stripPause(out.get(last).spoken());
            out.set(last, new Segment(Segment.Script.MANDARIN, s.endsWith(".") ? s : s + " ."));
        }
        return out;
    }

    private static String stripPause(String spoken) {
        return spoken.endsWith(" ,") ? spoken.substring(0, spoken.length() - 2) : spoken;
    }
}
