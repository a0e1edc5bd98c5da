package cn.gongkai.kiosk.speech.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalized Mandarin text to tone-numbered pinyin for eSpeak NG's cmn-latn-pinyin voice:
 * "yin2 hang2 , hang2 zhang3 ." (syllables with tone 1-5, ü as v, "," for a pause, "." for the
 * end). Polyphones are resolved by HanLP's word dictionary, then corrected by {@link #OVERRIDES}.
 *
 * <p>HanLP is loaded once, on first use (about half a second: the pinyin and core dictionaries),
 * by the holder idiom, so the class is cheap to create and safe from any thread; HanLP's segmenter
 * and pinyin dictionary are read-only after loading.
 */
final class PinyinConverter {

    /**
     * Domain words HanLP reads wrongly or that matter too much to leave to it (speech.md), plus
     * Jiangxi place names and surnames before 某 (masked names: 单某明 is shan4). Applied by
     * longest match, but never across a HanLP word boundary: in 进行长期 the 行长 would start
     * inside 进行 and is not applied.
     */
    static final Map<String, String> OVERRIDES = Map.ofEntries(
            Map.entry("银行", "yin2 hang2"), Map.entry("行长", "hang2 zhang3"),
            Map.entry("支行", "zhi1 hang2"), Map.entry("行业", "hang2 ye4"),
            Map.entry("发行", "fa1 xing2"), Map.entry("重庆", "chong2 qing4"),
            Map.entry("还款", "huan2 kuan3"), Map.entry("还贷", "huan2 dai4"),
            Map.entry("单位", "dan1 wei4"), Map.entry("补贴", "bu3 tie1"),
            Map.entry("长辈", "zhang3 bei4"), Map.entry("便民", "bian4 min2"),
            Map.entry("低保", "di1 bao3"), Map.entry("参保", "can1 bao3"),
            Map.entry("地址", "di4 zhi3"), Map.entry("处理", "chu3 li3"),
            Map.entry("利率", "li4 lv4"), Map.entry("增长率", "zeng1 zhang3 lv4"),
            Map.entry("费率", "fei4 lv4"), Map.entry("税率", "shui4 lv4"),
            Map.entry("重点", "zhong4 dian3"), Map.entry("重新", "chong2 xin1"),
            Map.entry("会计", "kuai4 ji4"), Map.entry("朝阳", "zhao1 yang2"),
            // 为 as "is" (标准为每人每月, 公示期为7天) is wei2; HanLP reads the lone 为 as wei4 ("for").
            Map.entry("标准为", "biao1 zhun3 wei2"), Map.entry("时间为", "shi2 jian1 wei2"),
            Map.entry("期限为", "qi1 xian4 wei2"), Map.entry("期为", "qi1 wei2"),
            Map.entry("视为", "shi4 wei2"), Map.entry("列为", "lie4 wei2"),
            Map.entry("定为", "ding4 wei2"), Map.entry("认定为", "ren4 ding4 wei2"),
            Map.entry("鉴定为", "jian4 ding4 wei2"), Map.entry("确定为", "que4 ding4 wei2"),
            Map.entry("调整为", "tiao2 zheng3 wei2"), Map.entry("均为", "jun1 wei2"),
            Map.entry("都昌", "du1 chang1"), Map.entry("于都", "yu2 du1"),
            Map.entry("宁都", "ning2 du1"), Map.entry("新干", "xin1 gan4"),
            Map.entry("余干", "yu2 gan4"), Map.entry("铅山", "yan2 shan1"),
            Map.entry("单某", "shan4 mou3"), Map.entry("曾某", "zeng1 mou3"),
            Map.entry("仇某", "qiu2 mou3"), Map.entry("查某", "zha1 mou3"),
            Map.entry("解某", "xie4 mou3"), Map.entry("朴某", "piao2 mou3"),
            Map.entry("区某", "ou1 mou3"), Map.entry("翟某", "zhai2 mou3"),
            Map.entry("任某", "ren2 mou3"), Map.entry("乐某", "yue4 mou3"));

    private static final Map<String, String[]> TABLE = new HashMap<>();
    private static final BitSet FIRST = new BitSet(0x10000);
    private static final int MAX_LEN;

    static {
        int max = 1;
        for (Map.Entry<String, String> e : OVERRIDES.entrySet()) {
            String[] syllables = e.getValue().split(" ");
            if (syllables.length != e.getKey().length()) {
                throw new IllegalStateException("override " + e.getKey() + " needs one syllable a character");
            }
            TABLE.put(e.getKey(), syllables);
            FIRST.set(e.getKey().charAt(0));
            max = Math.max(max, e.getKey().length());
        }
        MAX_LEN = max;
    }

    /** Lazy, thread-safe loading: the JVM initializes this class once, on first access. */
    private static final class HanLp {
        static final Segment SEGMENTER = HanLP.newSegment()
                .enableCustomDictionary(false) // the portable custom dictionary costs load time and adds nothing here
                .enableNameRecognize(false).enablePlaceRecognize(false)
                .enableOrganizationRecognize(false).enableNumberQuantifierRecognize(false);

        static {
            // Loads the pinyin and core dictionaries now rather than during the first sentence.
            HanLP.convertToPinyinList("银行");
            SEGMENTER.seg("银行");
        }
    }

    /** Loads HanLP now; the kiosk calls this at start, off the UI thread. */
    static void load() {
        HanLp.SEGMENTER.getClass();
    }

    /**
     * Pinyin for a normalized Mandarin run: hanzi, pause marks (，、：；, brackets mapped before)
     * and spaces, which become ","; 。！？ become ".". Characters HanLP has no reading for are
     * skipped. Returns "" when nothing is sayable.
     */
    String spoken(String text) {
        int n = text.length();
        List<Pinyin> readings = HanLP.convertToPinyinList(text);
        String[] syllables = new String[n];
        for (int i = 0; i < n && i < readings.size(); i++) {
            Pinyin p = readings.get(i);
            if (p != Pinyin.none5) {
                syllables[i] = p.toString();
            }
        }
        applyOverrides(text, syllables);
        for (int i = 1; i < n; i++) {
            // 一 ending a number or in a digit string keeps its own tone (二十一点, 十一分钟, 二零二一):
            // HanLP's dictionary gives it the sandhi of 一 before a measure word in some words.
            if (text.charAt(i) == '一' && AFTER_DIGIT.indexOf(text.charAt(i - 1)) >= 0) {
                syllables[i] = "yi1";
            }
        }
        StringBuilder sb = new StringBuilder(n * 5);
        char last = ' ';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String s = syllables[i];
            if (s != null && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                sb.append(s).append(' ');
                last = 's';
            } else if (END.indexOf(c) >= 0) {
                if (last == ',') {
                    sb.setLength(sb.length() - 2);
                }
                if (last == 's' || last == ',') {
                    sb.append(". ");
                    last = '.';
                }
            } else if (last == 's' && (PAUSE.indexOf(c) >= 0 || Character.isWhitespace(c))) {
                sb.append(", ");
                last = ',';
            }
        }
        return sb.toString().strip();
    }

    static final String PAUSE = "，、：；,:;";
    private static final String AFTER_DIGIT = "十零点第二三四五六七八九幺";
    static final String END = "。！？!?";

    private static void applyOverrides(String text, String[] syllables) {
        int n = text.length();
        int i = 0;
        int[] termEnd = null;
        while (i < n) {
            int len = FIRST.get(text.charAt(i)) ? match(text, i) : 0;
            if (len == 0) {
                i++;
                continue;
            }
            if (termEnd == null) {
                termEnd = termEnds(text);
            }
            // Accept when the word starts a HanLP term, or lies inside one (建设银行): reject only
            // a match that starts inside a term and runs past its end (进行|长期).
            boolean starts = i == 0 || termEnd[i - 1] == i;
            if (starts || i + len <= termEnd[i]) {
                String[] o = TABLE.get(text.substring(i, i + len));
                System.arraycopy(o, 0, syllables, i, len);
                i += len;
            } else {
                i++;
            }
        }
    }

    private static int match(String text, int i) {
        for (int len = Math.min(MAX_LEN, text.length() - i); len >= 2; len--) {
            if (TABLE.containsKey(text.substring(i, i + len))) {
                return len;
            }
        }
        return 0;
    }

    /** For each character, the end offset of the HanLP word that holds it. */
    private static int[] termEnds(String text) {
        int[] ends = new int[text.length()];
        int pos = 0;
        for (Term t : HanLp.SEGMENTER.seg(text)) {
            int end = Math.min(text.length(), pos + t.word.length());
            for (int k = pos; k < end; k++) {
                ends[k] = end;
            }
            pos = end;
        }
        for (int k = pos; k < ends.length; k++) {
            ends[k] = k + 1; // a segmenter that dropped characters: each is its own word
        }
        return ends;
    }
}
