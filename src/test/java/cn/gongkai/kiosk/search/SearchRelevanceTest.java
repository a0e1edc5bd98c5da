package cn.gongkai.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.testing.TestKiosk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relevance set (src/test/resources/search/relevance.tsv) and the search contract over the demo content. */
class SearchRelevanceTest {
    /**
     * Precision@5 here is, per query, the share of the top 5 that are relevant, out of at most
     * min(5, number of relevant records) — a query with one right answer scores 1 when it is in
     * the top 5. Averaged over the set. 0.90: every query form (Chinese 1-6 characters, pinyin,
     * initials, mixed, digits, typos) must work: measured 0.98 at this commit, and 0.90 leaves room for about five
     * queries to lose one place each when content or HanLP readings change. Two-letter initials are ambiguous by
     * nature (db also spells 大病, 地表 ...), which is the main loss we accept.
     */
    static final double THRESHOLD = 0.90;

    @TempDir
    static Path dir;
    static TestKiosk kiosk;
    static SearchService search;

    @BeforeAll
    static void start() {
        kiosk = TestKiosk.start(dir);
        search = new SearchService(kiosk.services.database(), RegionCode.of("360123102"));
    }

    @AfterAll
    static void stop() {
        kiosk.close();
    }

    @Test
    void precisionAtFiveOverTheRelevanceSet() throws IOException {
        List<String> lines;
        try (var in = SearchRelevanceTest.class.getResourceAsStream("/search/relevance.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
        double sum = 0;
        List<String> weak = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            Set<String> relevant = Set.copyOf(Arrays.asList(f[2].split(",")));
            List<String> top = search.search(new SearchQuery(f[0], Optional.empty(), Optional.empty(), 5)).stream()
                    .map(SearchHit::id).toList();
            long good = top.stream().filter(relevant::contains).count();
            double p = (double) good / Math.min(5, relevant.size());
            sum += p;
            if (p < 1) {
                weak.add(String.format("%s (%s) p=%.2f top=%s", f[0], f[1], p, top));
            }
        }
        double precision = sum / lines.size();
        System.out.printf("search relevance: %d queries, precision@5 = %.3f%n", lines.size(), precision);
        weak.forEach(w -> System.out.println("  below 1: " + w));
        assertThat(precision).as(weak.stream().collect(Collectors.joining("\n"))).isGreaterThanOrEqualTo(THRESHOLD);
    }
}
