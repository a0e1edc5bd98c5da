package cn.gongkai.kiosk.search;

import cn.gongkai.kiosk.util.SearchText;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's own vocabulary: words (two to eight Han characters, cut by HanLP) of titles,
 * domains and catalog categories, with how often they occur (the topics count three), commonest
 * first, each with its pinyin and initials. It feeds the candidate strip and turns letters into
 * the words they spell. Immutable: rebuilt when the index changes.
 */
final class Vocabulary {
    record Word(String text, int count, String pinyin, String initials, String[] syllables) { }

    private final long generation;
    private final List<Word> words;
    private final Map<String, Integer> counts;
    private final Map<String, List<String>> byPinyin = new HashMap<>();
    private final Map<String, List<String>> byInitials = new HashMap<>();

    Vocabulary(long generation, List<String> texts, List<String> topics) {
        this.generation = generation;
        Map<String, Integer> c = new HashMap<>();
        for (String t : topics) {
            c.merge(t, 3, Integer::sum);
        }
        for (String text : texts) {
            for (Term term : HanLP.segment(text == null ? "" : text)) {
                String w = term.word;
                if (w.length() >= 2 && w.length() <= 8 && w.codePoints().allMatch(SearchText::isHan)) {
                    c.merge(w, 1, Integer::sum);
                }
            }
        }
        List<Word> list = new ArrayList<>();
        c.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue())
                        ? a.getKey().length() != b.getKey().length()
                        ? Integer.compare(a.getKey().length(), b.getKey().length()) : a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .forEach(e -> {
                    String[] syl = SearchText.syllables(e.getKey());
                    String py = SearchText.pinyin(e.getKey()).replace(" ", "");
                    String ini = SearchText.initials(e.getKey()).replace(" ", "");
                    list.add(new Word(e.getKey(), e.getValue(), py, ini, syl));
                    byPinyin.computeIfAbsent(py, k -> new ArrayList<>()).add(e.getKey());
                    byInitials.computeIfAbsent(ini, k -> new ArrayList<>()).add(e.getKey());
                });
        this.words = List.copyOf(list);
        this.counts = Map.copyOf(c);
    }

    long generation() {
        return generation;
    }

    /** How often the word occurs; 0 if it is not a word of the vocabulary. */
    int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    /** Words whose pinyin starts with {@code typed}, then those whose initials (or a mix) do, commonest first. */
    List<String> startingWith(String typed, int max) {
        List<String> full = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (Word w : words) {
            if (w.pinyin().startsWith(typed)) {
                full.add(w.text());
                if (full.size() >= max) {
                    break;
                }
            } else if (initials.size() < max
                    && (w.initials().startsWith(typed) || TitleMatches.spell(w.syllables(), 0, typed, 0) > 0)) {
                initials.add(w.text());
            }
        }
        full.addAll(initials);
        return full.size() > max ? List.copyOf(full.subList(0, max)) : List.copyOf(full);
    }

    /** Words spelled exactly by {@code letters} in full pinyin, commonest first. */
    List<String> spelledInPinyin(String letters) {
        return byPinyin.getOrDefault(letters, List.of());
    }

    /** Words spelled exactly by {@code letters}, in full pinyin or (two letters or more) initials, commonest first. */
    List<String> spelledBy(String letters) {
        List<String> out = new ArrayList<>(spelledInPinyin(letters));
        if (letters.length() >= 2) {
            for (String w : byInitials.getOrDefault(letters, List.of())) {
                if (!out.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
