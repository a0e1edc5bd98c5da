package cn.gongkai.kiosk.search;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.search.Query.Segment;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.SearchIndexDao;
import cn.gongkai.kiosk.util.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * made of Han characters, a-z and 0-9 ({@link Query}, {@link MatchExpression}).
 */
public final class SearchService {
    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    /** Columns of each tier, cumulative: title; + key terms; + key points; + body. */
    private static final List<Set<String>> TIERS = List.of(
            Set.of("title", "title_py", "title_ini", "title_bi", "title_inibi"),
            Set.of("title", "title_py", "title_ini", "title_bi", "title_inibi",
                    "terms", "terms_py", "terms_ini", "terms_bi", "terms_inibi"),
            Set.of("title", "title_py", "title_ini", "title_bi", "title_inibi",
                    "terms", "terms_py", "terms_ini", "terms_bi", "terms_inibi", "keypoints", "keypoints_bi"),
            Set.copyOf(SearchIndexDao.COLUMNS));
    /** The common topics, in the order the row shows them. */
    static final List<String> TOPICS = List.of("就业", "养老", "医保", "低保", "补贴", "危房改造", "社保", "救助",
            "教育", "征兵", "防火", "医疗");

    /** A search that found nothing, for staff: the query text only. */
    public record Miss(String query, int count, Instant last) { }

    private final SearchIndexDao dao;
    private final Clock clock;
    private volatile Vocabulary vocabulary;

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
        List<Segment> segments = Query.parse(q.text());
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
            Vocabulary words = letters ? vocab() : null;
            List<Ranked> ranked = new ArrayList<>(found.size());
            for (SearchIndexDao.Found f : found) {
                List<int[]> matches = TitleMatches.of(f.title(), segments);
                SearchHit hit = new SearchHit(SearchHit.Kind.valueOf(f.kind().toUpperCase(Locale.ROOT)), f.refId(),
                        f.title(), matches, f.context(), f.domain(), date(f.date()), date(f.until()), f.region());
                int quality = letters && f.tier() == 0 ? wordQuality(words, f.title(), matches) : 0;
                ranked.add(new Ranked(hit, f, quality));
            }
            if (letters) {
                // Pinyin and initials are ambiguous (jy: 就业, 进一步, 教育): within the title tier, a
                // match that is a word of the catalog's vocabulary goes first; the rest keeps its order.
                ranked.sort(Comparator.comparingInt((Ranked r) -> r.found().tier()).thenComparing(r -> -r.quality()));
            }
            return ranked.stream().limit(q.limit()).map(Ranked::hit).toList();
        } catch (RuntimeException e) {
            // A query the index rejects must not reach the villager as an error.
            LOG.log(Level.WARNING, "search failed", e);
            return List.of();
        }
    }

    private record Ranked(SearchHit hit, SearchIndexDao.Found found, int quality) { }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** How common the commonest vocabulary word among the title's matched stretches is (0: none is a word). */
    private static int wordQuality(Vocabulary words, String title, List<int[]> matches) {
        int best = 0;
        for (int[] r : matches) {
            best = Math.max(best, words.count(title.substring(r[0], r[1])));
        }
        return best;
    }

    private List<SearchIndexDao.Found> run(List<Segment> segments, SearchQuery q, boolean any) {
        List<String> tiers = new ArrayList<>();
        for (Set<String> cols : TIERS) {
            tiers.add(MatchExpression.of(segments, cols, any));
        }
        if (tiers.get(tiers.size() - 1) == null) {
            return List.of();
        }
        // Letters are ambiguous: fetch more of the title tier, so the re-sort above has words to find.
        boolean letters = segments.stream().anyMatch(Segment::isLetters);
        int fetch = letters ? Math.min(200, Math.max(q.limit() * 2, 40)) : q.limit();
        return dao.find(tiers, q.kind().map(k -> k.name().toLowerCase(Locale.ROOT)), q.domain(), fetch);
    }

    /**
     * Letter runs also stand for the vocabulary words they spell exactly (dibao and db: 低保),
     * up to three, commonest first, so pinyin finds key points and bodies too, not only titles.
     */
    private List<Segment> withWords(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments.size());
        for (Segment seg : segments) {
            if (seg.isLetters() && seg.letters().length() >= 2) {
                List<String> words = vocab().spelledBy(seg.letters());
                out.add(new Segment(seg.tokens(), seg.letters(), seg.alternatives(),
                        List.copyOf(words.subList(0, Math.min(3, words.size())))));
            } else {
                out.add(seg);
            }
        }
        return out;
    }

    /** For one-letter typos in pinyin: letter runs replaced by variants that spell vocabulary words; null if none. */
    private List<Segment> typoFixed(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        boolean any = false;
        Vocabulary lexicon = vocab();
        for (Segment seg : segments) {
            if (seg.isLetters() && seg.letters().length() >= 3) {
                List<String> variants = variants(seg.letters());
                // The spellings of words the catalog uses (jiuyw: jiuye is 就业), and those words too.
                List<String> known = new ArrayList<>();
                Set<String> words = new LinkedHashSet<>();
                for (String v : variants) {
                    List<String> spelled = lexicon.spelledInPinyin(v);
                    if (!spelled.isEmpty()) {
                        known.add(v);
                        words.addAll(spelled);
                    }
                }
                // Only those: a spelling no title word has finds nothing a villager meant, and 200
                // of them in one query took seconds at 100,000 records.
                if (!known.isEmpty()) {
                    out.add(new Segment(List.of(), seg.letters(), known.stream().limit(8).toList(),
                            words.stream().limit(3).toList()));
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
        return vocab().startingWith(typed.length() > 30 ? typed.substring(0, 30) : typed, max);
    }

    /** Builds the vocabulary now (HanLP's dictionaries load on first use): call it off the FX thread at start. */
    public void warmUp() {
        vocab();
    }

    /** The vocabulary, rebuilt when the index has changed since it was built. */
    private Vocabulary vocab() {
        Vocabulary v = vocabulary;
        long generation = dao.generation();
        if (v == null || v.generation() != generation) {
            v = new Vocabulary(generation, dao.vocabularyTexts(), TOPICS);
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
        String q = Query.cut(failedQuery);
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
        String q = Query.cut(query).strip().replaceAll("\\s+", " ");
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
