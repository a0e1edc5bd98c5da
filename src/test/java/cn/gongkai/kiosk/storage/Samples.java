package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.Beneficiary;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.CatalogItem.Audience;
import cn.gongkai.kiosk.domain.CatalogItem.CatalogLevel;
import cn.gongkai.kiosk.domain.CatalogItem.FivePublic;
import cn.gongkai.kiosk.domain.CatalogItem.Manner;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.FundAmounts;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.InfoTable;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.Scope;
import java.math.BigDecimal;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small records for storage tests. The kiosk in these tests stands in township 360123102. */
final class Samples {
    static final String KIOSK = "360123102";
    static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    private Samples() {
    }

    /** Scope for a region code: its publisher level follows from the code's length. */
    static Scope scope(String region) {
        PublisherLevel level = switch (region.length()) {
            case 6 -> PublisherLevel.COUNTY;
            case 9 -> PublisherLevel.TOWNSHIP;
            default -> PublisherLevel.VILLAGE;
        };
        return Scope.of(level, region);
    }

    static CatalogItem item(String id, String domain, String level1, String level2, String region) {
        return new CatalogItem(id, domain, level1, level2, "内容 " + id, "依据 " + id, "20个工作日内",
                "主体 " + id, List.of("政府网站", "公开栏"), Audience.PUBLIC, Manner.PROACTIVE,
                Set.of(CatalogLevel.COUNTY, CatalogLevel.TOWNSHIP), Set.of(FivePublic.RESULT, FivePublic.DECISION),
                scope(region));
    }

    static CatalogItem item(String id, String region) {
        return item(id, "就业", "就业政策法规", "扶持政策 " + id, region);
    }

    static Policy policy(String id, String region) {
        return new Policy(id, "政策 " + id, "安府发〔2026〕1号", "安义县人民政府", LocalDate.of(2026, 6, 10),
                null, null, "就业", "概要", "一、第一条。\n二、第二条。", "解读第一段\n解读第二段",
                List.of(new Policy.KeyPoint("补贴对象", "本县户籍"), new Policy.KeyPoint("补贴标准", null)),
                List.of(new InfoTable("标准表", List.of("类别", "标准"), List.of(List.of("一类", "300元"),
                        List.of("二类")))),
                scope(region));
    }

    static FundDisclosure fund(String id, String region, List<Beneficiary> beneficiaries) {
        return new FundDisclosure(id, "项目 " + id, "P-" + id, "涉农补贴", "中央财政直达资金", "赣财农〔2026〕1号",
                new FundAmounts(new BigDecimal("120.5"), new BigDecimal("30.0"), BigDecimal.ZERO,
                        new BigDecimal("10.25")),
                "石鼻镇农业农村综合服务中心", "受益农户2户", beneficiaries, "2026年度", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 17), "0791-83421234", "说明", scope(region));
    }

    static FundDisclosure fund(String id, String region) {
        return fund(id, region, List.of(new Beneficiary("张三明", "360123199001011234", "6217001234567891234",
                "石鼻村", new BigDecimal("1234.5"), "")));
    }

    static Notice notice(String id, String region, LocalDate published, boolean urgent) {
        return new Notice(id, "通知 " + id, "公告", "正文 " + id, "石鼻镇人民政府", published, null,
                published.plusDays(30), urgent, scope(region));
    }

    static Notice notice(String id, String region) {
        return notice(id, region, LocalDate.of(2026, 11, 20), false);
    }

    static ContentSet set(List<CatalogItem> catalog, List<Policy> policies, List<FundDisclosure> funds,
                          List<Notice> notices) {
        return new ContentSet(catalog, policies, funds, notices, List.of());
    }

    static void replace(Database db, ContentSet content, long version) {
        new ContentStore(db).replaceFeedContent(content, "test", version, "360123", NOW);
    }

    static int count(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
