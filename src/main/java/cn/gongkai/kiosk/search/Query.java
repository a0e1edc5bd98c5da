package cn.gongkai.kiosk.search;

import cn.gongkai.kiosk.util.SearchText;
import java.util.ArrayList;
import java.util.List;

/**
 * What was typed, cut into segments: phrases of Han characters and digit runs typed together,
 * and runs of letters (pinyin, initials or a Latin word). Full-width letters and digits are
 * folded, everything else separates segments, and the length is bounded, so no text can make a
 * query expensive or reach FTS5 as syntax.
 */
final class Query {
    /** Longer input is cut: nobody types more on a kiosk, and it bounds the query's cost. */
    static final int MAX_QUERY = 64;
    private static final int MAX_SEGMENTS = 8;

    private Query() {
    }

    /**
     * A phrase (tokens: Han characters and digit runs), or a run of letters. {@code alternatives}
     * are the spellings to search instead of the letters (one-letter typo fixes); {@code words}
     * the vocabulary words the letters spell, searched in the text as well.
     */
    record Segment(List<String> tokens, String letters, List<String> alternatives, List<String> words) {
        Segment(List<String> tokens, String letters, List<String> alternatives) {
            this(tokens, letters, alternatives, List.of());
        }

        boolean isLetters() {
            return letters != null;
        }
    }

    static List<Segment> parse(String text) {
        String s = cut(text);
        List<Segment> out = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        int i = 0;
        while (i < s.length() && out.size() < MAX_SEGMENTS) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp >= 'a' && cp <= 'z') {
                flushPhrase(phrase, out);
                letters.appendCodePoint(cp);
                i += len;
            } else if (cp == ' ' && letters.length() > 0) {
                i += len; // jiu ye: letters separated by spaces are one pinyin run
            } else if (SearchText.isHan(cp)) {
                flushLetters(letters, out);
                phrase.add(new String(Character.toChars(cp)));
                i += len;
            } else if (cp >= '0' && cp <= '9') {
                flushLetters(letters, out);
                int j = i;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                phrase.add(s.substring(i, Math.min(j, i + 20)));
                i = j;
            } else {
                flushLetters(letters, out);
                flushPhrase(phrase, out);
                i += len;
            }
        }
        flushLetters(letters, out);
        flushPhrase(phrase, out);
        return out.size() > MAX_SEGMENTS ? out.subList(0, MAX_SEGMENTS) : out;
    }

    /** The text normalized (NFKC, lower case) and cut to {@link #MAX_QUERY} characters. */
    static String cut(String text) {
        String s = SearchText.normalize(text);
        return s.length() > MAX_QUERY ? s.substring(0, MAX_QUERY) : s;
    }

    private static void flushPhrase(List<String> phrase, List<Segment> out) {
        if (!phrase.isEmpty()) {
            out.add(new Segment(List.copyOf(phrase), null, List.of()));
            phrase.clear();
        }
    }

    private static void flushLetters(StringBuilder letters, List<Segment> out) {
        if (letters.length() > 0) {
            String l = letters.length() > 30 ? letters.substring(0, 30) : letters.toString();
            out.add(new Segment(List.of(), l, List.of()));
            letters.setLength(0);
        }
    }
}
