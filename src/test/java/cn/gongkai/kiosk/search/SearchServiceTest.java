package cn.gongkai.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.testing.TestKiosk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SearchService contract on the demo content: bad input, filters, ranking, misses, candidates, topics, apply. */
class SearchServiceTest {
    private static final String OWN = "360123102";

    @TempDir
    static Path dir;
    static TestKiosk kiosk;
    static SearchService search;

    @BeforeAll
    static void start() {
        kiosk = TestKiosk.start(dir);
        search = new SearchService(kiosk.services.database(), RegionCode.of(OWN),
                Clock.fixed(TestKiosk.NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        kiosk.close();
    }

    private static List<String> ids(String text) {
        return search.search(SearchQuery.of(text)).stream().map(SearchHit::id).toList();
    }

    private static long policies() {
        return kiosk.services.policies().list().size();
    }

    @Test
    void badInputNeverFailsNorInjects() {
        long before = policies();
        List<String> bad = List.of("\"", "'", "\"\"\"", "AND", "OR", "NOT", "NEAR", "NEAR(低保 就业)", "*", "^", ":",
                "低保*", "title:低保", "{title}: 低保", "'; DROP TABLE policy; --", "\") OR 1=1 --",
                "1' OR '1'='1", "低保 AND", "AND 低保", "低保 OR 就业", "\"低保", "-低保", "+", "()", "\\",
                "\u0000", "\t\n", "", "   ", "🙂", "🙂低保", "低🙂保", "ｊｙ", "ＤＩＢＡＯ", "x".repeat(1000),
                "低保".repeat(500), "jiuye".repeat(200), "%_", "NULL", "select * from policy",
                "ǎ", "ü", "lü", "\uD800", "١٢٣", "ｊ　ｙ");
        for (String q : bad) {
            List<SearchHit> hits = search.search(SearchQuery.of(q));
            assertThat(hits).as(q).isNotNull();
            search.suggestions(q, 5);
            search.candidates(q, 5);
        }
        assertThat(policies()).isEqualTo(before);
        // Operators and quotes are plain text around the words: the words still find their records.
        assertThat(ids("低保 AND")).isNotEmpty().containsAll(ids("低保").subList(0, 3));
        assertThat(ids("\"低保\"")).isEqualTo(ids("低保"));
        assertThat(ids("🙂低保")).isEqualTo(ids("低保"));
        assertThat(ids("ｊｙ")).isEqualTo(ids("jy")).isNotEmpty();
        assertThat(ids("ＤＩＢＡＯ")).isEqualTo(ids("dibao")).isNotEmpty();
        assertThat(ids("'; DROP TABLE policy; --")).isEmpty();
    }

    @Test
    void everyQueryForm() {
        assertThat(ids("兵")).contains("notice-005");
        assertThat(ids("低保")).first().isIn("notice-004", "cat-shehui-jiuzhu-001", "cat-shehui-jiuzhu-002",
                "cat-zhengwu-001");
        assertThat(ids("jiuye")).contains("cat-jiuye-001", "pol-001");
        assertThat(ids("jiu ye")).isEqualTo(ids("jiuye"));
        assertThat(ids("jy")).contains("cat-jiuye-001");
        assertThat(ids("养老bx")).contains("fund-008", "cat-shehui-baoxian-001");
        assertThat(ids("56号")).first().isEqualTo("fund-004");
        assertThat(ids("jiuyw")).isEqualTo(ids("jiuye"));
        assertThat(ids("zhengbinh")).contains("notice-005");
    }

    @Test
    void titleMatchesMarkTheQueryInTheTitle() {
        SearchHit hit = search.search(SearchQuery.of("征兵")).get(0);
        assertThat(hit.id()).isEqualTo("notice-005");
        int[] r = hit.titleMatches().get(0);
        assertThat(hit.title().substring(r[0], r[1])).isEqualTo("征兵");
        SearchHit py = search.search(SearchQuery.of("zhengbing")).get(0);
        assertThat(py.title().substring(py.titleMatches().get(0)[0], py.titleMatches().get(0)[1])).isEqualTo("征兵");
        SearchHit ini = search.search(SearchQuery.of("zb")).stream().filter(h -> h.id().equals("notice-005"))
                .findFirst().orElseThrow();
        assertThat(ini.title().substring(ini.titleMatches().get(0)[0], ini.titleMatches().get(0)[1])).isEqualTo("征兵");
    }

    @Test
    void filtersByKindAndDomain() {
        SearchQuery policiesOnly = new SearchQuery("补贴", Optional.of(SearchHit.Kind.POLICY), Optional.empty(), 50);
        assertThat(search.search(policiesOnly)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.kind()).isEqualTo(SearchHit.Kind.POLICY));
        SearchQuery funds = new SearchQuery("补贴", Optional.of(SearchHit.Kind.FUND), Optional.of("涉农补贴"), 50);
        assertThat(search.search(funds)).isNotEmpty().allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo(SearchHit.Kind.FUND);
            assertThat(h.domain()).isEqualTo("涉农补贴");
        });
        assertThat(search.search(new SearchQuery("补贴", Optional.empty(), Optional.of("没有这个领域"), 5))).isEmpty();
    }

    @Test
    void titleFirstThenOwnTownshipThenNewer() {
        List<SearchHit> hits = search.search(new SearchQuery("补贴", Optional.empty(), Optional.empty(), 200));
        assertThat(hits.size()).isGreaterThan(10);
        List<SearchHit> titled = assertRanked(hits, "补贴");
        assertThat(titled.stream().map(SearchHit::region)).anyMatch(r -> r.startsWith(OWN))
                .anyMatch(r -> !r.startsWith(OWN));
        assertThat(hits.get(0).date()).isNotNull().isBeforeOrEqualTo(LocalDate.of(2026, 12, 31));
    }

    /**
     * Title matches before all others; among them the kiosk's own township (and its villages)
     * before the county, newer first, undated (catalog items) last. Returns the title matches.
     */
    private static List<SearchHit> assertRanked(List<SearchHit> hits, String word) {
        int firstOther = hits.size();
        for (int i = 0; i < hits.size(); i++) {
            if (!hits.get(i).title().contains(word)) {
                firstOther = Math.min(firstOther, i);
            } else {
                assertThat(i).as("title match after a non-title match: " + hits.get(i).id()).isLessThan(firstOther);
            }
        }
        List<SearchHit> titled = hits.subList(0, firstOther);
        for (int i = 1; i < titled.size(); i++) {
            SearchHit a = titled.get(i - 1);
            SearchHit b = titled.get(i);
            boolean ownA = a.region().startsWith(OWN);
            boolean ownB = b.region().startsWith(OWN);
            assertThat(ownA || !ownB).as(a.id() + " before " + b.id()).isTrue();
            if (ownA == ownB && b.date() != null) {
                assertThat(a.date()).as(a.id() + " before " + b.id()).isNotNull();
                assertThat(a.date()).isAfterOrEqualTo(b.date());
            }
        }
        return titled;
    }

    @Test
    void aSmallerLimitGivesTheFirstResultsOfALargerOne() {
        // Each tier and area is read in rank order and stopped early: stopping must not change the order.
        for (String q : List.of("补贴", "低保", "镇", "通知", "2026", "养老保险", "的")) {
            List<String> all = search.search(new SearchQuery(q, Optional.empty(), Optional.empty(), 200)).stream()
                    .map(SearchHit::id).toList();
            assertThat(all).as(q).isNotEmpty();
            for (int n : new int[] {1, 2, 3, 5, 8, 13, 20}) {
                List<String> first = search.search(new SearchQuery(q, Optional.empty(), Optional.empty(), n)).stream()
                        .map(SearchHit::id).toList();
                assertThat(first).as(q + " limit " + n).isEqualTo(all.subList(0, Math.min(n, all.size())));
            }
        }
    }

    @Test
    void noticesAndPoliciesCarryTheirEndDate() {
        // notice-007 ran until 2026-10-20: found, and marked as no longer in force on the kiosk's day.
        SearchHit election = search.search(SearchQuery.of("村务监督委员会换届")).stream()
                .filter(h -> h.id().equals("notice-007")).findFirst().orElseThrow();
        assertThat(election.until()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(election.expiredOn(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(election.expiredOn(LocalDate.of(2026, 10, 20))).isFalse();
        assertThat(search.search(SearchQuery.of("低保")).stream().filter(h -> h.kind() == SearchHit.Kind.CATALOG))
                .allSatisfy(h -> assertThat(h.until()).isNull());
    }

    @Test
    void onlyTheKiosksArea() {
        try (TestKiosk other = TestKiosk.start(dir.resolve("other"), "360123101")) {
            SearchService s = new SearchService(other.services.database(), RegionCode.of("360123101"));
            // Shibi-only notices are not in another township's results; county policies are.
            assertThat(s.search(SearchQuery.of("防火")).stream().map(SearchHit::id)).doesNotContain("notice-003");
            assertThat(s.search(SearchQuery.of("低保")).stream().map(SearchHit::id)).contains("pol-003");
        }
    }

    @Test
    void missesAreCountedWithTheTextOnly() {
        search.recordMiss("找不到的东西");
        search.recordMiss(" 找不到的东西 ");
        search.recordMiss("电话13812345678");
        List<SearchService.Miss> misses = search.misses(10);
        assertThat(misses.get(0).query()).isEqualTo("找不到的东西");
        assertThat(misses.get(0).count()).isEqualTo(2);
        assertThat(misses.get(0).last()).isEqualTo(TestKiosk.NOW);
        assertThat(misses.stream().map(SearchService.Miss::query)).contains("电话*");
    }

    @Test
    void candidatesTopicsAndSuggestions() {
        assertThat(search.candidates("jiu", 10)).contains("就业", "救助");
        assertThat(search.candidates("jy", 5)).first().isEqualTo("就业");
        assertThat(search.candidates("db", 5)).contains("低保");
        assertThat(search.candidates("dibao", 5)).first().isEqualTo("低保");
        assertThat(search.candidates("", 5)).isEmpty();
        assertThat(search.candidates("jiu", 3)).hasSizeLessThanOrEqualTo(3);
        assertThat(search.topics()).contains("就业", "养老", "医保", "低保", "补贴", "危房改造");
        assertThat(search.suggestions("低保金怎么领取啊", 3)).contains("低保");
        assertThat(search.suggestions("yanglao", 3)).first().isEqualTo("养老");
        assertThat(search.suggestions("qqqq", 4)).hasSize(4);
    }

    @Test
    void aFeedApplyKeepsTheIndexCurrent() {
        try (TestKiosk k = TestKiosk.start(dir.resolve("apply"))) {
            KioskServices s = k.services;
            SearchService svc = new SearchService(s.database(), RegionCode.of(OWN));
            assertThat(svc.search(SearchQuery.of("征兵")).stream().map(SearchHit::id)).contains("notice-005");
            ContentSet without = new ContentSet(s.catalog().list(Optional.empty()), s.policies().list(),
                    s.funds().list(), s.notices().list().stream().filter(n -> !n.id().equals("notice-005")).toList(),
                    List.of());
            s.content().replaceFeedContent(without, "test", 99, OWN, TestKiosk.NOW);
            assertThat(svc.search(SearchQuery.of("征兵")).stream().map(SearchHit::id)).doesNotContain("notice-005");
            assertThat(svc.search(SearchQuery.of("低保"))).isNotEmpty();
            // A changed record is found by its new text only; unchanged ones stay.
            List<Notice> changed = s.notices().list().stream().map(n -> !n.id().equals("notice-003") ? n
                    : new Notice(n.id(), "石鼻镇冬季护林巡查通告", n.category(), "请各村安排护林员巡查。", "石鼻镇人民政府",
                    n.published(), n.validFrom(), n.validUntil(), n.urgent(), n.scope())).toList();
            s.content().replaceFeedContent(new ContentSet(without.catalog(), without.policies(), without.funds(),
                    changed, List.of()), "test", 100, OWN, TestKiosk.NOW);
            assertThat(svc.search(SearchQuery.of("防火")).stream().map(SearchHit::id)).doesNotContain("notice-003");
            assertThat(svc.search(SearchQuery.of("护林")).stream().map(SearchHit::id)).first().isEqualTo("notice-003");
            assertThat(svc.search(SearchQuery.of("hulin")).stream().map(SearchHit::id)).contains("notice-003");
            assertThat(svc.search(SearchQuery.of("低保"))).isNotEmpty();
            // A record moved to the newest date by an incremental apply takes its place in the order.
            List<Notice> newest = changed.stream().map(n -> !n.id().equals("notice-003") ? n
                    : new Notice(n.id(), n.title() + "（补贴发放）", n.category(), n.body(), n.issuer(),
                    LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26), null, n.urgent(), n.scope())).toList();
            s.content().replaceFeedContent(new ContentSet(without.catalog(), without.policies(), without.funds(),
                    newest, List.of()), "test", 101, OWN, TestKiosk.NOW);
            List<SearchHit> ranked = svc.search(new SearchQuery("补贴", Optional.empty(), Optional.empty(), 200));
            assertThat(ranked.get(0).id()).isEqualTo("notice-003");
            assertRanked(ranked, "补贴");
            // An empty content set empties the feed's part of the index.
            s.content().replaceFeedContent(new ContentSet(List.of(), List.of(), List.of(), List.of(), List.of()),
                    "test", 102, OWN, TestKiosk.NOW);
            assertThat(svc.search(SearchQuery.of("低保"))).isEmpty();
            assertThat(svc.topics()).isEmpty();
        }
    }
}
