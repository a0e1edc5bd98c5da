package cn.gongkai.kiosk.storage;

import static cn.gongkai.kiosk.storage.Samples.item;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.storage.CatalogDao.DomainCount;
import cn.gongkai.kiosk.storage.CatalogDao.ItemSummary;
import cn.gongkai.kiosk.storage.CatalogDao.Level1Count;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogDaoTest {
    @TempDir
    static Path dir;
    static Database db;
    static CatalogDao dao;

    @BeforeAll
    static void load() {
        db = Database.open(dir.resolve("kiosk.db"));
        // Deliberately not in domain order, and level-1 groups interleaved.
        List<CatalogItem> catalog = List.of(
                item("c01", "社会保险", "参保登记", "单位参保", "360123"),
                item("c02", "就业", "就业政策法规", "扶持政策", "360123"),
                item("c03", "就业", "就业服务", "招聘信息", "360123102"),
                item("c04", "就业", "就业政策法规", "地方规章", "360123"),
                item("c05", "城乡规划", "规划编制", "总体规划", "360123"),
                item("c06", "财务", "财务收支", "月度收支", "360123102201"),
                item("c07", "就业", "就业服务", "失业登记", "360123"),
                item("c08", "就业", "就业政策法规", "规范性文件", "360123"),
                item("c09", "党务", "组织建设", "党员发展", "360123102201"),
                item("c10", "就业", "就业服务", "他乡的招聘", "360123101"),
                item("c11", "税收管理", "税收政策", "外县的", "360124"));
        Samples.replace(db, Samples.set(catalog, List.of(), List.of(), List.of()), 1);
        dao = new CatalogDao(db, RegionCode.of("360123102"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void domainsAreInStandardOrderWithCounts() {
        assertThat(dao.domains()).containsExactly(
                new DomainCount("城乡规划", 1),
                new DomainCount("就业", 5),
                new DomainCount("社会保险", 1),
                new DomainCount("党务", 1),
                new DomainCount("财务", 1));
    }

    @Test
    void level1IsInFirstSeenOrderWithCounts() {
        assertThat(dao.level1("就业")).containsExactly(
                new Level1Count("就业政策法规", 3),
                new Level1Count("就业服务", 2));
        assertThat(dao.level1("不存在")).isEmpty();
    }

    @Test
    void itemsAreInTableOrder() {
        assertThat(dao.items("就业", "就业政策法规")).extracting(ItemSummary::id).containsExactly("c02", "c04", "c08");
        assertThat(dao.items("就业", "就业服务")).containsExactly(
                new ItemSummary("c03", "招聘信息", "主体 c03"),
                new ItemSummary("c07", "失业登记", "主体 c07"));
    }

    @Test
    void listIsInDomainThenTableOrder() {
        assertThat(dao.list(Optional.empty())).extracting(CatalogItem::id)
                .containsExactly("c05", "c02", "c03", "c04", "c07", "c08", "c01", "c09", "c06");
        assertThat(dao.list(Optional.of("就业"))).extracting(CatalogItem::id)
                .containsExactly("c02", "c03", "c04", "c07", "c08");
    }

    @Test
    void byIdRoundTripsEveryField() {
        CatalogItem original = item("c06", "财务", "财务收支", "月度收支", "360123102201");
        assertThat(dao.byId("c06")).contains(original);
        assertThat(dao.byId("nope")).isEmpty();
    }
}
