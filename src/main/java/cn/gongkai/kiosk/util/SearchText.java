package cn.gongkai.kiosk.util;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text preparation shared by the search index (storage) and the queries (search), so both sides
 * cut text the same way: Chinese characters as single tokens separated by spaces (FTS5's
 * unicode61 tokenizer then indexes one character a token, which matches queries of any length,
 * see shared/notes/search.md), and toneless pinyin of titles and key terms, one syllable or one
 * initial a token. HanLP's pinyin dictionary is loaded on first use.
 */
public final class SearchText {
    private SearchText() {
    }

    /** NFKC (full-width ｊｙ and １２ become jy and 12) and lower case. */
    public static String normalize(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Text for an FTS5 column: every Han character stands alone; letters and digits stay in runs. */
    public static String spaced(String text) {
        String s = normalize(text);
        StringBuilder sb = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isHan(cp)) {
                sb.append(' ').appendCodePoint(cp).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * Text for an FTS5 bigram column: every pair of neighbouring Han characters as one token
     * ("就业补贴" is "就业 业补 补贴"). A phrase of two or more characters is searched as its pairs:
     * their lists are short, where single characters as common as 村 or 县 are in most records.
     */
    public static String bigrams(String text) {
        String s = normalize(text);
        StringBuilder sb = new StringBuilder(s.length() * 3);
        int prev = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isHan(cp)) {
                if (prev >= 0) {
                    sb.appendCodePoint(prev).appendCodePoint(cp).append(' ');
                }
                prev = cp;
            } else {
                prev = -1;
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** The pairs of a phrase's characters, for a query on a bigram column: ["就业", "业补", "补贴"]. */
    public static List<String> pairs(List<String> chars) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < chars.size(); i++) {
            out.add(chars.get(i - 1) + chars.get(i));
        }
        return out;
    }

    /**
     * Toneless pinyin of each char of {@code text} (ü as v), or null where a char has none (not Han).
     * One entry per UTF-16 char of the text, so positions map back for highlighting.
     */
    public static String[] syllables(String text) {
        String[] out = new String[text.length()];
        if (text.isEmpty()) {
            return out;
        }
        List<Pinyin> list = HanLP.convertToPinyinList(text);
        for (int i = 0; i < out.length && i < list.size(); i++) {
            Pinyin p = list.get(i);
            if (p != Pinyin.none5 && isHan(text.charAt(i))) {
                out[i] = p.getPinyinWithoutTone();
            }
        }
        return out;
    }

    /** Full pinyin of the Han characters: "jiu ye bu tie". */
    public static String pinyin(String text) {
        return pinyin(syllables(text));
    }

    /** Full pinyin of {@link #syllables} already computed. */
    public static String pinyin(String[] syllables) {
        StringBuilder sb = new StringBuilder();
        for (String s : syllables) {
            if (s != null) {
                sb.append(s).append(' ');
            }
        }
        return sb.toString().strip();
    }

    /** Initials of the Han characters, one a token: "j y b t" (zh, ch, sh as z, c, s). */
    public static String initials(String text) {
        return initials(syllables(text));
    }

    /** Initials of {@link #syllables} already computed. */
    public static String initials(String[] syllables) {
        StringBuilder sb = new StringBuilder();
        for (String s : syllables) {
            if (s != null) {
                sb.append(s.charAt(0)).append(' ');
            }
        }
        return sb.toString().strip();
    }

    /** Neighbouring initials of {@link #syllables} as one token each: "jy yb bt" for 就业补贴 (see {@link #bigrams}). */
    public static String initialPairs(String[] syllables) {
        String ini = initials(syllables).replace(" ", "");
        StringBuilder sb = new StringBuilder(ini.length() * 3);
        for (int i = 1; i < ini.length(); i++) {
            sb.append(ini, i - 1, i + 1).append(' ');
        }
        return sb.toString();
    }

    /** Every toneless Mandarin syllable HanLP knows (ü as v): ai, an, ..., zuo. */
    public static java.util.NavigableSet<String> allSyllables() {
        return Syllables.ALL;
    }

    private static final class Syllables {
        static final java.util.NavigableSet<String> ALL;

        static {
            TreeSet<String> s = new TreeSet<>();
            for (Pinyin p : Pinyin.values()) {
                if (p != Pinyin.none5) {
                    s.add(p.getPinyinWithoutTone());
                }
            }
            ALL = Collections.unmodifiableNavigableSet(s);
        }
    }

    /**
     * Cuts letters into syllables, fewest syllables first (xian is one, not xi an); the last one
     * may be the start of a syllable ("jiuy" is jiu + y...). Empty when the letters are not pinyin.
     */
    public static List<String> segment(String letters) {
        int n = letters.length();
        if (n == 0 || n > 60) {
            return List.of();
        }
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        Set<String> all = allSyllables();
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(n, i + 6); j++) {
                String part = letters.substring(i, j);
                boolean ok = all.contains(part) || (j == n && isSyllablePrefix(part));
                if (ok && best[i] + 1 < best[j]) {
                    best[j] = best[i] + 1;
                    from[j] = i;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            out.add(0, letters.substring(from[j], j));
        }
        return out;
    }

    /** True when some syllable starts with {@code p}. */
    public static boolean isSyllablePrefix(String p) {
        String ceiling = allSyllables().ceiling(p);
        return ceiling != null && ceiling.startsWith(p);
    }
}
