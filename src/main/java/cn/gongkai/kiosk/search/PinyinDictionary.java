package cn.gongkai.kiosk.search;

import cn.gongkai.kiosk.util.SearchText;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chinese typed as pinyin on the touch keyboard (staff forms on a kiosk with no keyboard or input
 * method): the characters of HanLP's pinyin table and the common words of its synonym dictionary,
 * keyed by toneless pinyin, most frequent first (HanLP's core dictionary frequencies). "tongzhi"
 * gives 通知 同志 ...; "tongz" the same by prefix; "tong" 同 通 统 ... Built once, on first use
 * (about a second: call {@link #warmUp()} off the FX thread).
 */
public final class PinyinDictionary {
    private static volatile NavigableMap<String, List<String>> byPinyin;

    private PinyinDictionary() {
    }

    public static void warmUp() {
        map();
    }

    /** Words and characters spelled by {@code letters} exactly, then those it begins, most frequent first. */
    public static List<String> candidates(String letters, int max) {
        String typed = SearchText.normalize(letters).replaceAll("[^a-z]", "");
        if (typed.isEmpty() || max < 1) {
            return List.of();
        }
        NavigableMap<String, List<String>> m = map();
        Set<String> out = new LinkedHashSet<>(m.getOrDefault(typed, List.of()));
        for (Map.Entry<String, List<String>> e : m.tailMap(typed, false).entrySet()) {
            if (!e.getKey().startsWith(typed) || out.size() >= max * 3) {
                break;
            }
            out.addAll(e.getValue().subList(0, Math.min(3, e.getValue().size())));
        }
        List<String> list = new ArrayList<>(out);
        return list.size() > max ? List.copyOf(list.subList(0, max)) : List.copyOf(list);
    }

    private static NavigableMap<String, List<String>> map() {
        NavigableMap<String, List<String>> m = byPinyin;
        if (m == null) {
            synchronized (PinyinDictionary.class) {
                m = byPinyin;
                if (m == null) {
                    m = build();
                    byPinyin = m;
                }
            }
        }
        return m;
    }

    private static NavigableMap<String, List<String>> build() {
        Set<String> words = new LinkedHashSet<>();
        read("/data/dictionary/pinyin/pinyin.txt", line -> {
            String w = line.substring(0, Math.max(0, line.indexOf('=')));
            if (w.length() == 1 && SearchText.isHan(w.codePointAt(0))) {
                words.add(w);
            }
        });
        read("/data/dictionary/synonym/CoreSynonym.txt", line -> {
            for (String w : line.substring(line.indexOf('=') + 1).trim().split("\\s+")) {
                if (w.length() >= 2 && w.length() <= 6 && w.codePoints().allMatch(SearchText::isHan)) {
                    words.add(w);
                }
            }
        });
        Map<String, List<String>> keyed = new HashMap<>();
        Map<String, Integer> freq = new HashMap<>();
        for (String w : words) {
            int f = CoreDictionary.getTermFrequency(w);
            if (w.length() > 1 && f == 0) {
                continue; // a word nobody writes (the synonym lists hold many)
            }
            freq.put(w, f);
            String key = SearchText.pinyin(w).replace(" ", "");
            if (!key.isEmpty()) {
                keyed.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
            }
        }
        NavigableMap<String, List<String>> out = new TreeMap<>();
        keyed.forEach((k, list) -> {
            list.sort((a, b) -> Integer.compare(freq.get(b), freq.get(a)));
            out.put(k, List.copyOf(list));
        });
        return out;
    }

    private interface Line {
        void accept(String line);
    }

    private static void read(String resource, Line each) {
        try (InputStream in = CoreDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // a HanLP without this table: fewer candidates, never an error
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.indexOf('=') > 0) {
                    each.accept(line.strip().replace("\uFEFF", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
