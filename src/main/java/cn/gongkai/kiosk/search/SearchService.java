package cn.gongkai.kiosk.search;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.SearchIndexDao;
import cn.gongkai.kiosk.util.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Search over the kiosk's content: Chinese of any length, full pinyin, initials, mixed, digits;
 * one-letter pinyin typos when nothing is found exactly. Every method may block on the database:
 * call it off the FX thread. User text never reaches SQL, and reaches FTS5 only as quoted tokens
 * made of Han characters, a-z and 0-9.
 */
public final class SearchService {
    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    /** Longer input is cut: nobody types more on a kiosk, and it bounds the query's cost. */
    static final int MAX_QUERY = 64;
    private static final int MAX_SEGMENTS = 8;
    private static final List<String> TEXT = List.of("title", "terms", "keypoints", "body");
    private static final List<String> PINYIN = List.of("title_py", "terms_py");
    private static final List<String> INITIALS = List.of("title_ini", "terms_ini");
    /** Columns of each tier, cumulative: title; + key terms; + key points; + body. */
    private static final List<Set<String>> TIERS = List.of(
            Set.of("title", "title_py", "title_ini"),
            Set.of("title", "title_py", "title_ini", "terms", "terms_py", "terms_ini"),
            Set.of("title", "title_py", "title_ini", "terms", "terms_py", "terms_ini", "keypoints"),
            Set.copyOf(SearchIndexDao.COLUMNS));
    /** The common topics, in the order the row shows them. */
    static final List<String> TOPICS = List.of("就业", "养老", "医保", "低保", "补贴", "危房改造", "社保", "救助",
            "教育", "征兵", "防火", "医疗");

    /** A search that found nothing, for staff: the query text only. */
    public record Miss(String query, int count, Instant last) { }

    private final SearchIndexDao dao;
    private final Clock clock;
    private volatile Vocab vocabulary;

    public SearchService(Database db, RegionCode kioskRegion) {
        this(db, kioskRegion, Clock.systemUTC());
    }

    public SearchService(Database db, RegionCode kioskRegion, Clock clock) {
        this.dao = new SearchIndexDao(db, kioskRegion);
        this.clock = clock;
        dao.ensureBuilt();
    }

    /** Hits for the query, best first; empty for text with nothing searchable. Never throws on any text. */
    public List<SearchHit> search(SearchQuery q) {
        List<Segment> segments = parse(q.text());
        if (segments.isEmpty()) {
            return List.of();
        }
        try {
            segments = withWords(segments);
            List<SearchIndexDao.Found> found = run(segments, q, false);
            if (found.isEmpty()) {
                List<Segment> fixed = typoFixed(segments);
                if (fixed != null) {
                    found = run(fixed, q, false);
                    if (!found.isEmpty()) {
                        segments = fixed;
                    }
                }
            }
            if (found.isEmpty() && segments.size() > 1) {
                // 低保 AND, 低保 xyz: when not every part is found, records with any part are better than nothing.
                found = run(segments, q, true);
            }
            boolean letters = segments.stream().anyMatch(Segment::isLetters);
            List<Ranked> ranked = new ArrayList<>(found.size());
            Map<String, Integer> words = letters ? vocab().counts() : Map.of();
            for (SearchIndexDao.Found f : found) {
                List<int[]> matches = titleMatches(f.title(), segments);
                SearchHit hit = new SearchHit(SearchHit.Kind.valueOf(f.kind().toUpperCase(Locale.ROOT)), f.refId(),
                        f.title(), matches, f.context(), f.domain(),
                        f.date() == null ? null : LocalDate.parse(f.date()), f.region());
                int quality = letters && f.tier() == 0 ? wordQuality(words, f.title(), matches) : 0;
                ranked.add(new Ranked(hit, f, quality));
            }
            if (letters) {
                // Pinyin and initials are ambiguous (jy: 就业, 进一步, 教育): within the title tier, a
                // match that is a word of the catalog's vocabulary goes first; the rest keeps its order.
                ranked.sort(java.util.Comparator.comparingInt((Ranked r) -> r.found().tier())
                        .thenComparing(r -> -r.quality()));
            }
            return ranked.stream().limit(q.limit()).map(Ranked::hit).toList();
        } catch (RuntimeException e) {
            // A query the index rejects must not reach the villager as an error.
            LOG.log(Level.WARNING, "search failed", e);
            return List.of();
        }
    }

    private record Ranked(SearchHit hit, SearchIndexDao.Found found, int quality) { }

    /** How common the commonest vocabulary word among the title's matched stretches is (0: none is a word). */
    private static int wordQuality(Map<String, Integer> words, String title, List<int[]> matches) {
        int best = 0;
        for (int[] r : matches) {
            best = Math.max(best, words.getOrDefault(title.substring(r[0], r[1]), 0));
        }
        return best;
    }

    private List<SearchIndexDao.Found> run(List<Segment> segments, SearchQuery q, boolean any) {
        List<String> tiers = new ArrayList<>();
        for (Set<String> cols : TIERS) {
            tiers.add(expression(segments, cols, any));
        }
        if (tiers.get(tiers.size() - 1) == null) {
            return List.of();
        }
        boolean letters = segments.stream().anyMatch(Segment::isLetters);
        int fetch = letters ? Math.min(200, Math.max(q.limit() * 4, 40)) : q.limit();
        return dao.find(tiers, q.kind().map(k -> k.name().toLowerCase(Locale.ROOT)), q.domain(), fetch);
    }

    // ---- query parsing -------------------------------------------------------------------------

    /** A phrase of Han characters and digit runs (typed together), or a run of letters (pinyin, initials or a word). */
    record Segment(List<String> tokens, String letters, List<String> alternatives, List<String> words) {
        Segment(List<String> tokens, String letters, List<String> alternatives) {
            this(tokens, letters, alternatives, List.of());
        }

        boolean isLetters() {
            return letters != null;
        }
    }

    /**
     * Letter runs also stand for the vocabulary words they spell exactly (dibao and db: 低保),
     * up to three, commonest first, so pinyin finds key points and bodies too, not only titles.
     */
    private List<Segment> withWords(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments.size());
        for (Segment seg : segments) {
            if (seg.isLetters() && seg.letters().length() >= 2) {
                List<String> words = spelledBy(seg.letters());
                out.add(new Segment(seg.tokens(), seg.letters(), seg.alternatives(),
                        List.copyOf(words.subList(0, Math.min(3, words.size())))));
            } else {
                out.add(seg);
            }
        }
        return out;
    }

    static List<Segment> parse(String text) {
        String s = SearchText.normalize(text);
        if (s.length() > MAX_QUERY) {
            s = s.substring(0, MAX_QUERY);
        }
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

    /** Quoted FTS5 phrase; tokens hold only Han characters, a-z and 0-9, and quotes are doubled anyway. */
    private static String phrase(List<String> tokens, boolean prefix) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < tokens.size(); i++) {
            sb.append(i > 0 ? " " : "").append(tokens.get(i).replace("\"", "\"\""));
        }
        return sb.append('"').append(prefix ? " *" : "").toString();
    }

    private static String filter(List<String> columns, Set<String> allowed, String phrase) {
        List<String> cols = columns.stream().filter(allowed::contains).toList();
        return cols.isEmpty() ? null : "{" + String.join(" ", cols) + "} : " + phrase;
    }

    /** The MATCH expression for the segments within {@code allowed} columns, or null if it cannot match there. */
    static String expression(List<Segment> segments, Set<String> allowed, boolean any) {
        List<String> parts = new ArrayList<>();
        for (Segment seg : segments) {
            List<String> or = new ArrayList<>();
            if (!seg.isLetters()) {
                or.add(filter(TEXT, allowed, phrase(seg.tokens(), false)));
            } else {
                String l = seg.letters();
                if (!seg.alternatives().isEmpty()) {
                    for (String alt : seg.alternatives()) {
                        or.add(filter(PINYIN, allowed, phrase(SearchText.segment(alt), true)));
                    }
                    for (String word : seg.words()) {
                        or.add(filter(TEXT, allowed, phrase(word.codePoints()
                                .mapToObj(cp -> new String(Character.toChars(cp))).toList(), false)));
                    }
                } else {
                    List<String> syllables = SearchText.segment(l);
                    if (!syllables.isEmpty()) {
                        or.add(filter(PINYIN, allowed, phrase(syllables, true)));
                    }
                    if (l.length() <= 12) {
                        or.add(filter(INITIALS, allowed, phrase(List.of(l.split("")), false)));
                    }
                    if (l.length() >= 2) {
                        or.add(filter(TEXT, allowed, phrase(List.of(l), true)));
                    }
                    for (String word : seg.words()) {
                        or.add(filter(TEXT, allowed, phrase(word.codePoints()
                                .mapToObj(cp -> new String(Character.toChars(cp))).toList(), false)));
                    }
                }
            }
            or.removeIf(java.util.Objects::isNull);
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

    /** For one-letter typos in pinyin: the letter runs replaced by their variants that are pinyin; null if none. */
    private List<Segment> typoFixed(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        boolean any = false;
        for (Segment seg : segments) {
            if (seg.isLetters() && seg.letters().length() >= 3) {
                List<String> variants = variants(seg.letters());
                // Prefer the spellings of words the catalog uses (jiuyw: jiuye is 就业), and search those words too.
                List<String> known = new ArrayList<>();
                Set<String> words = new LinkedHashSet<>();
                for (String v : variants) {
                    List<String> spelled = vocab().byPinyin().getOrDefault(v, List.of());
                    if (!spelled.isEmpty()) {
                        known.add(v);
                        words.addAll(spelled);
                    }
                }
                if (!known.isEmpty()) {
                    out.add(new Segment(List.of(), seg.letters(), known, words.stream().limit(3).toList()));
                    any = true;
                    continue;
                }
                if (!variants.isEmpty()) {
                    out.add(new Segment(List.of(), seg.letters(), variants));
                    any = true;
                    continue;
                }
            }
            out.add(seg);
        }
        return any ? out : null;
    }

    /** Spellings one edit away (substitution, insertion, deletion, swap) that cut into whole syllables. */
    static List<String> variants(String w) {
        Set<String> out = new LinkedHashSet<>();
        String abc = "abcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i <= w.length() && out.size() < 200; i++) {
            if (i < w.length()) {
                add(out, w.substring(0, i) + w.substring(i + 1));
                if (i + 1 < w.length()) {
                    add(out, w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
                }
            }
            for (char ch : abc.toCharArray()) {
                if (i < w.length()) {
                    add(out, w.substring(0, i) + ch + w.substring(i + 1));
                }
                add(out, w.substring(0, i) + ch + w.substring(i));
            }
        }
        out.remove(w);
        return out.stream().limit(200).toList();
    }

    private static void add(Set<String> out, String v) {
        List<String> seg = SearchText.segment(v);
        if (!seg.isEmpty() && SearchText.allSyllables().contains(seg.get(seg.size() - 1)) && seg.size() >= 2) {
            out.add(v);
        }
    }

    // ---- highlighting --------------------------------------------------------------------------

    /** [start, end) ranges of the title that the query matched: phrases literally, letters by pinyin or initials. */
    static List<int[]> titleMatches(String title, List<Segment> segments) {
        List<int[]> out = new ArrayList<>();
        String lower = SearchText.normalize(title);
        String[] syllables = null;
        for (Segment seg : segments) {
            if (!seg.isLetters()) {
                String p = String.join("", seg.tokens());
                if (lower.length() == title.length()) {
                    for (int at = lower.indexOf(p); at >= 0 && !p.isEmpty(); at = lower.indexOf(p, at + p.length())) {
                        out.add(new int[] {at, at + p.length()});
                    }
                }
            } else {
                if (syllables == null) {
                    syllables = SearchText.syllables(title);
                }
                List<String> spellings = seg.alternatives().isEmpty() ? List.of(seg.letters()) : seg.alternatives();
                for (String l : spellings) {
                    for (int start = 0; start < title.length(); start++) {
                        int end = matchLetters(syllables, start, l, 0);
                        if (end > start) {
                            out.add(new int[] {start, end});
                            start = end - 1;
                        }
                    }
                }
            }
        }
        out.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : out) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** End (exclusive) of the characters from {@code k} whose syllables or initials spell {@code q} from {@code at}; -1 if none. */
    private static int matchLetters(String[] syl, int k, String q, int at) {
        if (at == q.length()) {
            return k;
        }
        if (k >= syl.length || syl[k] == null) {
            return -1;
        }
        String s = syl[k];
        String rest = q.substring(at);
        if (rest.startsWith(s)) {
            int e = matchLetters(syl, k + 1, q, at + s.length());
            if (e > 0) {
                return e;
            }
        }
        if (s.startsWith(rest)) {
            return k + 1;
        }
        if (rest.charAt(0) == s.charAt(0)) {
            return matchLetters(syl, k + 1, q, at + 1);
        }
        return -1;
    }

    // ---- candidates, topics, suggestions, misses -----------------------------------------------

    /**
     * Chinese words of the catalog's own vocabulary (titles, domains, categories, cut by HanLP
     * into words) whose pinyin starts with what was typed ("jiu" gives 就业, 救助 ...) or whose
     * initials do ("jy" gives 就业), commonest first.
     */
    public List<String> candidates(String pinyinTyped, int max) {
        String typed = SearchText.normalize(pinyinTyped).replaceAll("[^a-z]", "");
        if (typed.isEmpty() || max < 1) {
            return List.of();
        }
        if (typed.length() > 30) {
            typed = typed.substring(0, 30);
        }
        List<String> full = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (Word w : vocab().words()) {
            if (w.pinyin().startsWith(typed)) {
                full.add(w.text());
            } else if (w.initials().startsWith(typed) || matchLetters(w.syllables(), 0, typed, 0) > 0) {
                initials.add(w.text());
            }
        }
        full.addAll(initials);
        return full.size() > max ? List.copyOf(full.subList(0, max)) : List.copyOf(full);
    }

    /** Words spelled exactly by {@code letters}, in full pinyin or (two letters or more) initials, commonest first. */
    private List<String> spelledBy(String letters) {
        List<String> out = new ArrayList<>(vocab().byPinyin().getOrDefault(letters, List.of()));
        if (letters.length() >= 2) {
            for (String w : vocab().byInitials().getOrDefault(letters, List.of())) {
                if (!out.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private record Word(String text, int count, String pinyin, String initials, String[] syllables) { }

    private record Vocab(String generation, List<Word> words, Map<String, Integer> counts, Map<String, List<String>> byPinyin,
                         Map<String, List<String>> byInitials) { }

    /**
     * The catalog's own vocabulary: words (two or more Han characters, cut by HanLP) of titles,
     * domains and catalog categories, with how often they occur (the topics count three), commonest
     * first; built once and kept while the index does not change.
     */
    private Vocab vocab() {
        Vocab v = vocabulary;
        String generation = dao.generation();
        if (v == null || !v.generation().equals(generation)) {
            Map<String, Integer> counts = new HashMap<>();
            for (String t : TOPICS) {
                counts.merge(t, 3, Integer::sum);
            }
            for (String text : dao.vocabularyTexts()) {
                for (com.hankcs.hanlp.seg.common.Term term : com.hankcs.hanlp.HanLP.segment(text == null ? "" : text)) {
                    String w = term.word;
                    if (w.length() >= 2 && w.length() <= 8 && w.codePoints().allMatch(SearchText::isHan)) {
                        counts.merge(w, 1, Integer::sum);
                    }
                }
            }
            List<Word> words = new ArrayList<>();
            Map<String, List<String>> byPinyin = new HashMap<>();
            Map<String, List<String>> byInitials = new HashMap<>();
            counts.entrySet().stream()
                    .sorted((a, b) -> a.getValue().equals(b.getValue())
                            ? a.getKey().length() != b.getKey().length()
                            ? Integer.compare(a.getKey().length(), b.getKey().length()) : a.getKey().compareTo(b.getKey())
                            : Integer.compare(b.getValue(), a.getValue()))
                    .forEach(e -> {
                        String[] syl = SearchText.syllables(e.getKey());
                        String py = SearchText.pinyin(e.getKey()).replace(" ", "");
                        String ini = SearchText.initials(e.getKey()).replace(" ", "");
                        words.add(new Word(e.getKey(), e.getValue(), py, ini, syl));
                        byPinyin.computeIfAbsent(py, k -> new ArrayList<>()).add(e.getKey());
                        byInitials.computeIfAbsent(ini, k -> new ArrayList<>()).add(e.getKey());
                    });
            v = new Vocab(generation, List.copyOf(words), Map.copyOf(counts), byPinyin, byInitials);
            vocabulary = v;
        }
        return v;
    }

    /** The common topics that find something on this kiosk, in the row's order. */
    public List<String> topics() {
        List<String> out = new ArrayList<>();
        for (String t : TOPICS) {
            if (!search(new SearchQuery(t, Optional.empty(), Optional.empty(), 1)).isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * For the no-result page: topics and domains nearest the failed query (shared characters,
     * then shared pinyin initials), then the other topics; at most {@code max}.
     */
    public List<String> suggestions(String failedQuery, int max) {
        String q = SearchText.normalize(failedQuery);
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        String letters = q.replaceAll("[^a-z]", "");
        List<String> names = new ArrayList<>(topics());
        for (String d : dao.domains()) {
            if (!names.contains(d)) {
                names.add(d);
            }
        }
        Map<String, Integer> score = new HashMap<>();
        for (String n : names) {
            int s = 0;
            for (char ch : n.toCharArray()) {
                if (q.indexOf(ch) >= 0) {
                    s += 10;
                }
            }
            if (!letters.isEmpty()) {
                String ini = SearchText.initials(n).replace(" ", "");
                String py = SearchText.pinyin(n).replace(" ", "");
                if (py.startsWith(letters) || ini.startsWith(letters)) {
                    s += 8;
                } else {
                    for (char ch : letters.toCharArray()) {
                        if (ini.indexOf(ch) >= 0) {
                            s += 1;
                        }
                    }
                }
            }
            score.put(n, s);
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((a, b) -> Integer.compare(score.get(b), score.get(a)));
        return sorted.size() > max ? List.copyOf(sorted.subList(0, Math.max(0, max))) : List.copyOf(sorted);
    }

    /**
     * Counts a search that found nothing. Only the text is kept, cut to 64 characters, with long
     * digit runs (phone or ID numbers someone might type) replaced by *.
     */
    public void recordMiss(String query) {
        String q = SearchText.normalize(query).strip().replaceAll("\\s+", " ");
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        q = q.replaceAll("[0-9]{6,}", "*");
        if (!q.isEmpty()) {
            dao.recordMiss(q, clock.instant());
        }
    }

    /** The commonest searches that found nothing, most frequent first. */
    public List<Miss> misses(int max) {
        return dao.misses(max).stream().map(m -> new Miss(m.query(), m.count(), m.last())).toList();
    }
}
