package cn.gongkai.kiosk.storage;

import static cn.gongkai.kiosk.storage.Samples.fund;
import static cn.gongkai.kiosk.storage.Samples.item;
import static cn.gongkai.kiosk.storage.Samples.notice;
import static cn.gongkai.kiosk.storage.Samples.policy;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.RegionCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every DAO shows a township kiosk (360123102) its county's, its own and its villages' records only. */
class AreaFilterTest {
    /** suffix -> region: county, own township, own village, sibling township, its village, other county. */
    private static final String[][] REGIONS = {
        {"county", "360123"}, {"town", "360123102"}, {"village", "360123102201"},
        {"sibling", "360123101"}, {"siblingvillage", "360123101201"}, {"othercounty", "360124"},
        {"othertown", "360124102"}};
    private static final List<String> VISIBLE = List.of("county", "town", "village");

    @TempDir
    static Path dir;
    static Database db;

    @BeforeAll
    static void load() {
        db = Database.open(dir.resolve("kiosk.db"));
        List<CatalogItem> catalog = new java.util.ArrayList<>();
        List<Policy> policies = new java.util.ArrayList<>();
        List<FundDisclosure> funds = new java.util.ArrayList<>();
        List<Notice> notices = new java.util.ArrayList<>();
        for (String[] r : REGIONS) {
            catalog.add(item("cat-" + r[0], r[1]));
            policies.add(policy("pol-" + r[0], r[1]));
            funds.add(fund("fund-" + r[0], r[1]));
            notices.add(notice("notice-" + r[0], r[1]));
        }
        Samples.replace(db, Samples.set(catalog, policies, funds, notices), 1);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> expected(String prefix) {
        return VISIBLE.stream().map(s -> prefix + s).toList();
    }

    private static final RegionCode KIOSK = RegionCode.of("360123102");

    @Test
    void catalog() {
        CatalogDao dao = new CatalogDao(db, KIOSK);
        assertThat(dao.list(Optional.empty())).extracting(CatalogItem::id)
                .containsExactlyInAnyOrderElementsOf(expected("cat-"));
        assertThat(dao.domains()).singleElement().satisfies(d -> assertThat(d.items()).isEqualTo(3));
        assertThat(dao.level1("就业")).singleElement().satisfies(l -> assertThat(l.items()).isEqualTo(3));
        assertThat(dao.items("就业", "就业政策法规")).extracting(CatalogDao.ItemSummary::id)
                .containsExactlyElementsOf(expected("cat-"));
        assertThat(dao.byId("cat-sibling")).isEmpty();
        assertThat(dao.byId("cat-othercounty")).isEmpty();
        assertThat(dao.byId("cat-village")).isPresent();
    }

    @Test
    void policies() {
        PolicyDao dao = new PolicyDao(db, KIOSK);
        assertThat(dao.list()).extracting(Policy::id).containsExactlyInAnyOrderElementsOf(expected("pol-"));
        assertThat(dao.byId("pol-siblingvillage")).isEmpty();
        assertThat(dao.byId("pol-county")).isPresent();
    }

    @Test
    void funds() {
        FundDao dao = new FundDao(db, KIOSK);
        assertThat(dao.list()).extracting(FundDisclosure::id).containsExactlyInAnyOrderElementsOf(expected("fund-"));
        assertThat(dao.byId("fund-othertown")).isEmpty();
        assertThat(dao.byId("fund-town")).isPresent();
    }

    @Test
    void notices() {
        NoticeDao dao = new NoticeDao(db, KIOSK);
        assertThat(dao.list()).extracting(Notice::id).containsExactlyInAnyOrderElementsOf(expected("notice-"));
        assertThat(dao.byId("notice-sibling")).isEmpty();
        assertThat(dao.byId("notice-village")).isPresent();
    }

    @Test
    void villageKioskSeesCountyAndTownshipButNotOtherVillages() {
        RegionCode village = RegionCode.of("360123102202");
        assertThat(new NoticeDao(db, village).list()).extracting(Notice::id)
                .containsExactlyInAnyOrder("notice-county", "notice-town");
    }

    @Test
    void countyKioskSeesEverythingInTheCounty() {
        RegionCode county = RegionCode.of("360123");
        assertThat(new PolicyDao(db, county).list()).extracting(Policy::id)
                .containsExactlyInAnyOrder("pol-county", "pol-town", "pol-village", "pol-sibling",
                        "pol-siblingvillage");
    }
}
