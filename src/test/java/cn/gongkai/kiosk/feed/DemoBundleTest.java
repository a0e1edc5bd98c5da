package cn.gongkai.kiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.Beneficiary;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.RegionCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo content shipped inside the application, read exactly as the kiosk reads it. */
class DemoBundleTest {
    private static final String JOBS_POLICY = "关于优化调整稳就业政策全力促发展惠民生的若干措施";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五", "十六"};
    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dXx]");

    static final RegionCode COUNTY = RegionCode.of("360123");
    static ContentSet demo;

    @BeforeAll
    static void read() throws Exception {
        demo = ContentFolder.read(java.nio.file.Path.of("assets/demo/content"));
    }

    @Test
    void builtDemoFeedIsSignedByTheDemoKeyForTheDemoCounty() throws Exception {
        byte[] manifestBytes;
        byte[] sig;
        try (var m = getClass().getResourceAsStream("/assets/demo/feed/manifest.json");
             var s = getClass().getResourceAsStream("/assets/demo/feed/manifest.json.sig");
             var k = getClass().getResourceAsStream("/assets/demo/keys/demo-feed.pub")) {
            manifestBytes = m.readAllBytes();
            sig = s.readAllBytes();
            FeedKeys.TrustedKey demoKey = FeedKeys.parsePublic(k.readAllBytes(), "demo-feed.pub");
            ManifestCodec.Signed signed = ManifestCodec.parseSignature(sig);
            assertThat(signed.keyId()).isEqualTo(demoKey.id());
            assertThat(demoKey.verify(manifestBytes, signed.signature())).isTrue();
        }
        Manifest manifest = ManifestCodec.parse(manifestBytes);
        assertThat(manifest.region()).isEqualTo(COUNTY);
        assertThat(manifest.title()).contains("演示");
        assertThat(manifest.objects()).extracting(Manifest.Entry::kind).contains(Manifest.Kind.CATALOG,
                Manifest.Kind.POLICY, Manifest.Kind.FUND, Manifest.Kind.NOTICE);
        // the private key signs at build time and is never shipped
        assertThat(getClass().getResource("/assets/demo/keys/demo-feed.key")).isNull();
    }

    @Test
    void catalogCoversAtLeastTwentyKnownDomains() {
        List<String> domains = demo.catalog().stream().map(CatalogItem::domain).distinct().toList();
        assertThat(domains).hasSizeGreaterThanOrEqualTo(20);
        assertThat(domains).allSatisfy(d -> assertThat(Domains.byName(d)).as(d).isPresent());
    }

    @Test
    void catalogHasAtLeast150CompleteItems() {
        assertThat(demo.catalog()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(demo.catalog()).allSatisfy(i -> {
            assertThat(Stream.of(i.id(), i.domain(), i.level1(), i.level2(), i.content(), i.basis(), i.deadline(),
                    i.subject())).as(i.id()).allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(i.channels()).as(i.id()).isNotEmpty().allSatisfy(ch -> assertThat(ch).isNotBlank());
            assertThat(i.levels()).as(i.id()).isNotEmpty();
            assertThat(i.audience()).isNotNull();
            assertThat(i.manner()).isNotNull();
        });
    }

    @Test
    void everyRecordLiesInTheDemoCounty() {
        RegionCode county = COUNTY;
        List<RegionCode> regions = new ArrayList<>();
        demo.catalog().forEach(i -> regions.add(i.scope().region()));
        demo.policies().forEach(p -> regions.add(p.scope().region()));
        demo.funds().forEach(f -> regions.add(f.scope().region()));
        demo.notices().forEach(n -> regions.add(n.scope().region()));
        assertThat(regions).allSatisfy(r -> assertThat(county.contains(r)).as(r.digits()).isTrue());
    }

    @Test
    void policiesComeWithInterpretationAndKeyPoints() {
        assertThat(demo.policies()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(p -> {
            assertThat(p.keyPoints()).as(p.id()).isNotEmpty();
            assertThat(p.interpretation()).as(p.id()).isNotBlank();
            assertThat(p.body()).as(p.id()).isNotBlank();
        });
    }

    @Test
    void jobsPolicyHasSixteenNumberedMeasures() {
        Policy p = demo.policies().stream().filter(x -> x.title().equals(JOBS_POLICY)).findFirst().orElseThrow();
        List<String> numbered = Arrays.stream(p.body().split("\n")).map(String::strip)
                .filter(line -> line.matches("^[一二三四五六七八九十]+、.*"))
                .map(line -> line.substring(0, line.indexOf('、')))
                .toList();
        assertThat(numbered).containsExactly(NUMERALS);
        for (String n : NUMERALS) {
            assertThat(p.body()).contains(n + "、");
        }
    }

    @Test
    void fundsAndNoticesAreThere() {
        assertThat(demo.funds()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(demo.notices()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(demo.funds()).anySatisfy(f -> assertThat(f.beneficiaries()).isNotEmpty());
    }

    @Test
    void noBeneficiaryKeepsFullPersonalData() {
        List<Beneficiary> all = demo.funds().stream().map(FundDisclosure::beneficiaries).flatMap(List::stream)
                .toList();
        assertThat(all).isNotEmpty().allSatisfy(b -> {
            assertThat(FULL_ID.matcher(b.idNumber()).find()).as(b.idNumber()).isFalse();
            assertThat(b.idNumber().replace("*", "")).hasSizeLessThanOrEqualTo(8);
            assertThat(b.bankAccount().replace("*", "")).hasSizeLessThanOrEqualTo(4);
            assertThat(b.name()).contains("*");
        });
    }

    @Test
    void idsAreUniquePerKind() {
        assertThat(demo.catalog()).extracting(CatalogItem::id).doesNotHaveDuplicates();
        assertThat(demo.policies()).extracting(Policy::id).doesNotHaveDuplicates();
        assertThat(demo.funds()).extracting(FundDisclosure::id).doesNotHaveDuplicates();
    }
}
