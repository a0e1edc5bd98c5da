package cn.gongkai.kiosk.bench;

import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.BundleReader;
import cn.gongkai.kiosk.feed.ContentFolder;
import cn.gongkai.kiosk.feed.Manifest;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import cn.gongkai.kiosk.search.SearchQuery;
import cn.gongkai.kiosk.search.SearchService;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.testing.FeedGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Search over 100,000 generated records (issue #5). Prints:
 * 1. index build: ContentStore.replaceFeedContent of all records (one transaction, FTS5 index
 *    included) and the database file size after a WAL checkpoint;
 * 2. SearchService.search, top 20, warm: p50/p95/max for 1-, 2- and 4-character Chinese (words
 *    taken from the generated titles, half common, half rare), full pinyin and initials
 *    (goal p95 <= 20 ms);
 * 3. keystroke to results: "dibao" typed letter by letter, each prefix timed as the search screen
 *    does it off the FX thread: candidates(prefix, 8) + search(prefix) (goal <= 100 ms).
 *
 * Usage: java -cp CP:target/test-classes cn.gongkai.kiosk.bench.SearchBenchmark [RECORDS]
 * (SEARCH_BENCH_DB=FILE keeps the database for the next run, which then skips the build.)
 */
public final class SearchBenchmark {
    private static final long SEED = 2026_11_26L;
    private static final int PER_CLASS = 200;
    private static final int WARMUP_ROUNDS = 3;
    private static final int TOP = 20;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // SEARCH_BENCH_DB=FILE keeps the database: a later run with the same FILE skips generating
        // and applying the records (the index is rebuilt only if the schema changed).
        String keep = System.getenv("SEARCH_BENCH_DB");
        Path file = keep != null ? Path.of(keep) : Files.createTempDirectory("kiosk-bench-search").resolve("data/kiosk.db");
        boolean build = !Files.exists(file);
        ContentSet content = null;
        if (build) {
            Path work = Files.createTempDirectory("kiosk-bench-search");
            long t0 = System.nanoTime();
            FeedGenerator.Written w = FeedGenerator.of(SEED, records, 0, 0).writeTo(work.resolve("content"));
            content = read(work.resolve("content"));
            System.out.printf("generated %s (%.1f MiB of record files) in %.1f s%n", w.counts(),
                    w.recordBytes() / 1048576.0, (System.nanoTime() - t0) / 1e9);
        } else {
            System.out.println("reusing " + file + " (SEARCH_BENCH_DB): no index build figure this run");
        }
        try (Database db = Database.open(file)) {
            if (build) {
                long a = System.nanoTime();
                new ContentStore(db).replaceFeedContent(content, "bench", 1, FeedGenerator.COUNTY, Instant.now());
                System.out.printf("index build (replaceFeedContent, %d records, FTS5 index in the same transaction): %.2f s%n",
                        records, (System.nanoTime() - a) / 1e9);
                content = null;
            }
            long opened = System.nanoTime();
            SearchService svc = new SearchService(db, RegionCode.of(FeedGenerator.TOWNSHIP));
            System.out.printf("search service opened (index rebuilt if the schema changed) in %.2f s%n",
                    (System.nanoTime() - opened) / 1e9);
            List<String> titles = new ArrayList<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                try (ResultSet rs = s.executeQuery("SELECT title FROM search_doc")) {
                    while (rs.next()) {
                        titles.add(rs.getString(1));
                    }
                }
            }
            long size = Files.size(file);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            long walSize = Files.exists(wal) ? Files.size(wal) : 0;
            System.out.printf("search docs: %d; database file: %.1f MiB (-wal after checkpoint: %d bytes)%n",
                    titles.size(), size / 1048576.0, walSize);

            Map<String, List<String>> classes = new java.util.LinkedHashMap<>();
            classes.put("1 character", words(titles, 1));
            classes.put("2 characters", words(titles, 2));
            classes.put("4 characters", words(titles, 4));
            classes.put("full pinyin", cycle(List.of("jiuye", "yanglao", "dibao", "yiliao", "yibao", "butie",
                    "shebao", "jiuzhu", "zhufang", "jiaoyu", "canji", "tekun", "nongye", "weifang", "gaizao",
                    "hukou", "shenfenzheng", "yanglaojin", "dibaojin", "chuangye", "peixun", "wubao", "gongzi",
                    "zhongzhi", "yanglaobaoxian")));
            classes.put("initials", cycle(List.of("jy", "yl", "db", "yb", "bt", "sb", "jz", "zf", "cj", "tk",
                    "ny", "wf", "gz", "hk", "sfz", "ylj", "dbj", "cy", "px", "ylbx")));

            String typed = "dibao";
            int reps = 10;
            for (int r = 0; r < 5; r++) {
                keystrokes(svc, typed, null);
            }
            List<List<Double>> perPrefix = new ArrayList<>();
            for (int i = 0; i < typed.length(); i++) {
                perPrefix.add(new ArrayList<>());
            }
            for (int r = 0; r < reps; r++) {
                keystrokes(svc, typed, perPrefix);
            }
            System.out.printf("keystroke to results, \"%s\" typed %d times, candidates(prefix, 8) + search(prefix); goal <= 100 ms%n",
                    typed, reps);
            System.out.println("| prefix | p50 | p95 | max |");
            System.out.println("|---|---|---|---|");
            List<Double> all = new ArrayList<>();
            for (int i = 0; i < typed.length(); i++) {
                double[] ms = perPrefix.get(i).stream().mapToDouble(Double::doubleValue).toArray();
                all.addAll(perPrefix.get(i));
                System.out.printf("| %s | %s | %s | %s |%n", typed.substring(0, i + 1), fmt(pct(ms, 50)),
                        fmt(pct(ms, 95)), fmt(max(ms)));
            }
            double[] allMs = all.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf("| all keystrokes | %s | %s | %s |%n", fmt(pct(allMs, 50)), fmt(pct(allMs, 95)), fmt(max(allMs)));
            for (int round = 0; round < WARMUP_ROUNDS; round++) {
                for (List<String> qs : classes.values()) {
                    for (String q : qs.subList(0, 10).toArray(new String[0])) {
                        svc.search(new SearchQuery(q, java.util.Optional.empty(), java.util.Optional.empty(), TOP));
                    }
                }
            }
            System.out.printf("queries, top %d, warm (%d warm-up rounds of 10 queries per class), %d per class; goal p95 <= 20 ms%n",
                    TOP, WARMUP_ROUNDS, PER_CLASS);
            System.out.println("| class | p50 | p95 | max | mean hits | examples |");
            System.out.println("|---|---|---|---|---|---|");
            for (Map.Entry<String, List<String>> e : classes.entrySet()) {
                List<String> qs = e.getValue();
                double[] ms = new double[qs.size()];
                long hits = 0;
                for (int i = 0; i < qs.size(); i++) {
                    long s = System.nanoTime();
                    hits += svc.search(new SearchQuery(qs.get(i), java.util.Optional.empty(),
                            java.util.Optional.empty(), TOP)).size();
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                Integer[] order = new Integer[qs.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -ms[i]));
                StringBuilder slowest = new StringBuilder();
                Set<String> shown = new java.util.HashSet<>();
                for (int i = 0; i < order.length && shown.size() < 3; i++) {
                    if (shown.add(qs.get(order[i]))) {
                        slowest.append(String.format(" %s (%.1f ms)", qs.get(order[i]), ms[order[i]]));
                    }
                }
                System.err.printf("%s done %tT; slowest:%s%n", e.getKey(), new java.util.Date(), slowest);
                System.out.printf("| %s | %s | %s | %s | %.1f | %s |%n", e.getKey(), fmt(pct(ms, 50)),
                        fmt(pct(ms, 95)), fmt(max(ms)), hits / (double) qs.size(),
                        String.join(" ", qs.subList(0, 3)) + " … " + String.join(" ", qs.subList(qs.size() - 3, qs.size())));
            }

        }
    }

    /**
     * ContentFolder.read, except that record lists are handed to the reader in parts of 5,000:
     * at 100,000 records policies.json is larger than the reader's 64 MB per-file limit.
     */
    private static ContentSet read(Path dir) throws Exception {
        BundleReader.Collector all = new BundleReader.Collector();
        for (String file : ContentFolder.files(dir)) {
            java.util.Optional<Manifest.Kind> kind = BundleReader.kindOf(file);
            if (kind.isEmpty()) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            if (kind.get() == Manifest.Kind.CATALOG || bytes.length <= 32 * 1024 * 1024) {
                all.add(kind.get(), file, bytes);
                continue;
            }
            JsonArray list = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonArray();
            for (int from = 0; from < list.size(); from += 5_000) {
                JsonArray part = new JsonArray();
                for (int i = from; i < Math.min(list.size(), from + 5_000); i++) {
                    part.add(list.get(i));
                }
                all.add(kind.get(), file + "#" + from, part.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return all.content();
    }

    private static void keystrokes(SearchService svc, String typed, List<List<Double>> out) {
        for (int i = 1; i <= typed.length(); i++) {
            String prefix = typed.substring(0, i);
            long s = System.nanoTime();
            svc.candidates(prefix, 8);
            svc.search(new SearchQuery(prefix, java.util.Optional.empty(), java.util.Optional.empty(), TOP));
            double ms = (System.nanoTime() - s) / 1e6;
            if (out != null) {
                out.get(i - 1).add(ms);
            }
        }
    }

    /** PER_CLASS Chinese substrings of n characters from the titles: the most common half, and a rare half. */
    private static List<String> words(List<String> titles, int n) {
        Map<String, Integer> freq = new HashMap<>();
        for (String t : titles) {
            for (int i = 0; i + n <= t.length(); i++) {
                String s = t.substring(i, i + n);
                if (s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    freq.merge(s, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(freq.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        int half = PER_CLASS / 2;
        for (int i = 0; i < Math.min(half, sorted.size()); i++) {
            out.add(sorted.get(i).getKey());
        }
        // Rare: from the least frequent end (seeded shuffle of the bottom quarter).
        List<Map.Entry<String, Integer>> tail = new ArrayList<>(sorted.subList(Math.max(half, sorted.size() * 3 / 4), sorted.size()));
        java.util.Collections.shuffle(tail, new Random(SEED));
        for (int i = 0; out.size() < PER_CLASS && i < tail.size(); i++) {
            out.add(tail.get(i).getKey());
        }
        return cycle(out);
    }

    private static List<String> cycle(List<String> base) {
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < PER_CLASS; i++) {
            out.add(base.get(i % base.size()));
        }
        return out;
    }

    private static double pct(double[] ms, int p) {
        double[] s = ms.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    private static double max(double[] ms) {
        return Arrays.stream(ms).max().orElse(0);
    }

    private static String fmt(double ms) {
        return String.format("%.1f ms", ms);
    }
}
