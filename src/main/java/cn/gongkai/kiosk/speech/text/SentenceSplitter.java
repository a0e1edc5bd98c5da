package cn.gongkai.kiosk.speech.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the pieces that are read and highlighted one at a time. Works on the source
 * text itself, so every piece is an exact substring with its offset.
 */
final class SentenceSplitter {
    /** Longer sentences are cut at a comma so the first audio comes quickly and the highlight moves. */
    static final int MAX = 80;
    /** No piece shorter than this is cut off a long sentence (a lone "等。" reads badly). */
    private static final int MIN = 12;
    /** How far past MAX a comma is still preferred to a cut in the middle of a clause. */
    private static final int REACH = 40;

    private static final String ENDS = "。！？；!?;";
    /** Closing quotes and brackets after an end mark belong to the sentence they close. */
    private static final String CLOSERS = "”’\"'」』）)】〕》〉]}";
    private static final String COMMAS = "，、：,:";

    record Span(int start, int end) {
    }

    private SentenceSplitter() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                add(text, start, i, out);
                start = ++i;
            } else if (ENDS.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < n && (ENDS.indexOf(text.charAt(j)) >= 0 || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                add(text, start, j, out);
                start = i = j;
            } else {
                i++;
            }
        }
        add(text, start, n, out);
        return out;
    }

    /** Adds the piece without its surrounding blanks, cut further if it is long; blank pieces are dropped. */
    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX) {
            int cut = cut(text, start, end);
            int e = cut;
            while (e > start && blank(text.charAt(e - 1))) {
                e--;
            }
            if (e > start) {
                out.add(new Span(start, e));
            }
            start = cut;
            while (start < end && blank(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /** Where to end the first piece of a long sentence: after a comma, else at a word boundary. */
    private static int cut(String text, int start, int end) {
        for (int p = start + MAX - 1; p >= start + MIN; p--) {
            if (comma(text, p) && end - (p + 1) >= MIN) {
                return p + 1;
            }
        }
        for (int p = start + MAX; p < Math.min(end - MIN, start + MAX + REACH); p++) {
            if (comma(text, p)) {
                return p + 1;
            }
        }
        // No comma (a list without punctuation, a 10,000-character run): cut at a space, else
        // where no number or Latin word is broken, else anywhere but inside a surrogate pair.
        for (int p = start + MAX; p > start + MIN; p--) {
            if (blank(text.charAt(p))) {
                return p;
            }
        }
        for (int p = start + MAX; p > start + MIN; p--) {
            if (!(word(text.charAt(p - 1)) && word(text.charAt(p))) && !Character.isLowSurrogate(text.charAt(p))) {
                return p;
            }
        }
        int p = start + MAX;
        return Character.isLowSurrogate(text.charAt(p)) ? p + 1 : p;
    }

    /** A comma-like mark, but not the one in 3,200 or 8:30. */
    private static boolean comma(String text, int p) {
        char c = text.charAt(p);
        if (COMMAS.indexOf(c) < 0) {
            return false;
        }
        return !((c == ',' || c == ':') && p > 0 && p + 1 < text.length()
                && Character.isDigit(text.charAt(p - 1)) && Character.isDigit(text.charAt(p + 1)));
    }

    private static boolean word(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || ".,:%*-/".indexOf(c) >= 0
                || (c >= '\uFF10' && c <= '\uFF5A');
    }

    static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
