package cn.gongkai.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.BundleReader;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.publish.FeedPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void recordsPassTheReaderWithTheAdvertisedMixAndScopes() throws Exception {
        FeedGenerator g = FeedGenerator.of(7, 2_000, 10, 200_000);
        FeedGenerator.Written w = g.writeTo(tmp.resolve("v1"));
        ContentSet c = read(tmp.resolve("v1"));

        assertThat(c.counts()).isEqualTo(g.counts()).isEqualTo(w.counts());
        assertThat(c.counts()).containsExactly(Map.entry("catalog", 1_200), Map.entry("policies", 300),
                Map.entry("funds", 200), Map.entry("notices", 300), Map.entry("broadcasts", 0));
        assertThat(c.catalog().stream().map(CatalogItem::domain).distinct()).hasSize(30);
        List<String> regions = Stream.of(c.catalog().stream().map(i -> i.scope().region().digits()),
                c.policies().stream().map(p -> p.scope().region().digits())).flatMap(s -> s).distinct().toList();
        assertThat(regions).contains(FeedGenerator.COUNTY, FeedGenerator.TOWNSHIP, FeedGenerator.OTHER_TOWNSHIP,
                "360123102201", "360123102214");
        assertThat(regions).allMatch(r -> r.equals(FeedGenerator.COUNTY) || r.equals(FeedGenerator.TOWNSHIP)
                || r.equals(FeedGenerator.OTHER_TOWNSHIP) || r.matches("360123102(2(0[1-9]|1[0-4]))"));
        int bodyChars = c.policies().stream().mapToInt(p -> p.body().length()).min().orElseThrow();
        assertThat(bodyChars).isGreaterThanOrEqualTo(1_000); // a few KB of UTF-8
        assertThat(c.policies()).allMatch(p -> p.keyPoints().size() >= 3);
        assertThat(c.funds()).allMatch(f -> !f.beneficiaries().isEmpty());
        // Read through the domain records, personal data arrives masked.
        assertThat(c.funds().get(0).beneficiaries().get(0).idNumber()).matches("3601\\*{10}[0-9X]{4}");
        assertThat(w.mediaBytes()).isEqualTo(200_000);
        assertThat(media(tmp.resolve("v1"))).hasSize(10);

        Map<String, Integer> visible = g.countsVisibleIn(RegionCode.of(FeedGenerator.TOWNSHIP));
        assertThat(visible.get("catalog")).isBetween(900, 1_100); // the sibling township's ~15 % is left out
    }

    @Test
    void sameSeedSameBytesAndMoreRecordsKeepTheFirstOnes() throws Exception {
        FeedGenerator g = FeedGenerator.of(42, 400, 4, 40_000);
        g.writeTo(tmp.resolve("a"));
        g.writeTo(tmp.resolve("b"));
        assertThat(hashes(tmp.resolve("a"))).isEqualTo(hashes(tmp.resolve("b")));
        FeedGenerator.of(43, 400, 4, 40_000).writeTo(tmp.resolve("c"));
        assertThat(hashes(tmp.resolve("c"))).isNotEqualTo(hashes(tmp.resolve("a")));

        g.withRecords(600).writeTo(tmp.resolve("more"));
        Map<String, Object> small = byId(read(tmp.resolve("a")));
        Map<String, Object> large = byId(read(tmp.resolve("more")));
        assertThat(large).hasSize(600);
        small.forEach((id, rec) -> assertThat(large.get(id)).isEqualTo(rec));
    }

    @Test
    void changedRevisesExactlyTheFractionAndTheMediaAsked() throws Exception {
        FeedGenerator v1 = FeedGenerator.of(3, 1_000, 20, 100_000);
        FeedGenerator v2 = v1.changed(0.01, 2);
        v1.writeTo(tmp.resolve("v1"));
        v2.writeTo(tmp.resolve("v2"));
        assertThat(v2.counts()).isEqualTo(v1.counts());

        Map<String, Object> a = byId(read(tmp.resolve("v1")));
        Map<String, Object> b = byId(read(tmp.resolve("v2")));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        List<String> differing = a.keySet().stream().filter(id -> !a.get(id).equals(b.get(id))).sorted().toList();
        assertThat(differing).hasSize(10).isEqualTo(v2.changedIds().stream().sorted().toList());

        Map<String, String> ma = media(tmp.resolve("v1"));
        Map<String, String> mb = media(tmp.resolve("v2"));
        assertThat(mb.keySet()).isEqualTo(ma.keySet());
        assertThat(ma.keySet().stream().filter(n -> !ma.get(n).equals(mb.get(n))).toList())
                .hasSize(2).containsExactlyInAnyOrderElementsOf(
                        v2.changedMedia().stream().map(n -> n.substring("media/".length())).toList());

        // Deterministic: the same change again gives the same version; a further change differs.
        assertThat(v1.changed(0.01, 2).changedIds()).isEqualTo(v2.changedIds());
        assertThat(v2.changed(0.01, 2).changedIds()).isNotEqualTo(v2.changedIds());
    }

    @Test
    void theCountyPublisherAcceptsTheFolder() throws Exception {
        FeedGenerator g = FeedGenerator.of(11, 600, 6, 60_000);
        g.writeTo(tmp.resolve("content"));
        FeedPublisher.Result r = new FeedPublisher(FeedKeys.generate()).publish(
                new FeedPublisher.Inputs(List.of(), Optional.of(tmp.resolve("content")),
                        RegionCode.of(FeedGenerator.COUNTY), "generated", false),
                new FeedPublisher.Options(Optional.of(1L), Duration.ofDays(30), Instant.parse("2026-11-26T02:00:00Z")),
                tmp.resolve("feed"));
        assertThat(r.counts()).isEqualTo(g.counts());
        assertThat(r.warnings()).isEmpty();
        assertThat(r.manifest().objects().stream().filter(e -> e.kind() == cn.gongkai.kiosk.feed.Manifest.Kind.MEDIA))
                .hasSize(6);
    }

    /** Reads a content folder's record files through the feed's own reader (domain constructors included). */
    static ContentSet read(Path dir) throws Exception {
        BundleReader.Collector all = new BundleReader.Collector();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                Optional<cn.gongkai.kiosk.feed.Manifest.Kind> kind = BundleReader.kindOf(name);
                if (kind.isPresent()) {
                    all.add(kind.get(), name, Files.readAllBytes(p));
                }
            }
        }
        return all.content();
    }

    private static Map<String, Object> byId(ContentSet c) {
        Map<String, Object> m = new HashMap<>();
        c.catalog().forEach(i -> m.put(i.id(), i));
        c.policies().forEach((Policy p) -> m.put(p.id(), p));
        c.funds().forEach((FundDisclosure f) -> m.put(f.id(), f));
        c.notices().forEach((Notice n) -> m.put(n.id(), n));
        return m;
    }

    private static Map<String, String> media(Path dir) throws Exception {
        return hashes(dir.resolve("media"));
    }

    private static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return m;
    }
}
