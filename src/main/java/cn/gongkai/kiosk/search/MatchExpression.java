package cn.gongkai.kiosk.search;

import cn.gongkai.kiosk.util.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * FTS5 MATCH expressions from parsed segments. Every token is quoted (and holds only Han
 * characters, a-z and 0-9 anyway), so user text never becomes FTS5 syntax.
 */
final class MatchExpression {
    static final List<String> TEXT = List.of("title", "terms", "keypoints", "body");
    static final List<String> PINYIN = List.of("title_py", "terms_py");
    static final List<String> INITIALS = List.of("title_ini", "terms_ini");
    static final List<String> PAIRS = List.of("title_bi", "terms_bi", "keypoints_bi", "body_bi");
    static final List<String> INITIAL_PAIRS = List.of("title_inibi", "terms_inibi");
    /**
     * A half-typed last syllable ("d", "zh") is searched as the syllables it can become, OR'ed:
     * FTS5 reads those lazily in rank order, while a prefix query ("d" *) without a prefix index
     * first merges every matching term's whole list. Beyond this many, the prefix query is used.
     */
    private static final int MAX_COMPLETIONS = 40;

    private MatchExpression() {
    }

    /** The expression for the segments within {@code allowed} columns, or null if it cannot match there. */
    static String of(List<Query.Segment> segments, Set<String> allowed, boolean any) {
        List<String> parts = new ArrayList<>();
        for (Query.Segment seg : segments) {
            List<String> or = seg.isLetters() ? letters(seg, allowed) : new ArrayList<>(
                    List.of(Objects.requireNonNullElse(chinese(seg.tokens(), allowed), "")));
            or.removeIf(s -> s == null || s.isEmpty());
            if (or.isEmpty()) {
                if (any) {
                    continue;
                }
                return null;
            }
            parts.add(or.size() == 1 ? or.get(0) : "(" + String.join(" OR ", or) + ")");
        }
        return parts.isEmpty() ? null : String.join(any ? " OR " : " AND ", parts);
    }

    private static List<String> letters(Query.Segment seg, Set<String> allowed) {
        List<String> or = new ArrayList<>();
        String l = seg.letters();
        if (!seg.alternatives().isEmpty()) {
            // Typo fixes (only when nothing was found): spellings of vocabulary words, whole syllables.
            for (String alt : seg.alternatives()) {
                or.add(filter(PINYIN, allowed, phrase(SearchText.segment(alt))));
            }
        } else {
            List<String> syllables = SearchText.segment(l);
            if (!syllables.isEmpty()) {
                or.add(filter(PINYIN, allowed, pinyin(syllables)));
            }
            if (syllables.isEmpty() ? l.length() <= 12 : l.length() <= 4) {
                // Initials (jy, ylbx). Long pinyin (dibao) is not also read as initials: a phrase of
                // five one-letter tokens costs much and finds nothing anyone meant.
                List<String> letters = List.of(l.split(""));
                or.add(letters.size() == 1 ? filter(INITIALS, allowed, phrase(letters))
                        : filter(INITIAL_PAIRS, allowed, phrase(SearchText.pairs(letters))));
            }
            if (l.length() >= 2) {
                // A Latin word (APP, ETC). Prefix only for letters that are not pinyin: "di" *
                // would also merge every pinyin syllable starting with di of the whole index.
                or.add(filter(TEXT, allowed, phrase(List.of(l)) + (syllables.isEmpty() ? " *" : "")));
            }
        }
        for (String word : seg.words()) {
            or.add(chinese(word.codePoints().mapToObj(Character::toString).toList(), allowed));
        }
        return or;
    }

    /**
     * A phrase of Han characters and digit runs: two or more Han characters as their pairs in the
     * bigram columns (short lists), anything else one token a character or digit run.
     */
    private static String chinese(List<String> tokens, Set<String> allowed) {
        boolean han = tokens.size() >= 2
                && tokens.stream().allMatch(t -> t.codePointCount(0, t.length()) == 1 && SearchText.isHan(t.codePointAt(0)));
        return han ? filter(PAIRS, allowed, phrase(SearchText.pairs(tokens))) : filter(TEXT, allowed, phrase(tokens));
    }

    /** Syllables as a phrase whose last syllable may be half typed: its completions OR'ed. */
    private static String pinyin(List<String> syllables) {
        String last = syllables.get(syllables.size() - 1);
        List<String> head = syllables.subList(0, syllables.size() - 1);
        List<String> completions = SearchText.allSyllables().subSet(last, true, last + Character.MAX_VALUE, false)
                .stream().toList();
        if (completions.isEmpty() || completions.size() > MAX_COMPLETIONS) {
            return phrase(syllables) + " *";
        }
        List<String> phrases = new ArrayList<>();
        for (String c : completions) {
            List<String> p = new ArrayList<>(head);
            p.add(c);
            phrases.add(phrase(p));
        }
        return phrases.size() == 1 ? phrases.get(0) : "(" + String.join(" OR ", phrases) + ")";
    }

    /** Quoted FTS5 phrase; tokens hold only Han characters, a-z and 0-9, and quotes are doubled anyway. */
    private static String phrase(List<String> tokens) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < tokens.size(); i++) {
            sb.append(i > 0 ? " " : "").append(tokens.get(i).replace("\"", "\"\""));
        }
        return sb.append('"').toString();
    }

    private static String filter(List<String> columns, Set<String> allowed, String phrase) {
        List<String> cols = columns.stream().filter(allowed::contains).toList();
        return cols.isEmpty() ? null : "{" + String.join(" ", cols) + "} : " + phrase;
    }
}
