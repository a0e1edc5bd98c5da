package cn.gongkai.kiosk.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid content folder, for tests that then break one part of it. */
final class TempBundle {
    static final String CATALOG_ITEM = """
            {"id": "%s", "level1": "就业政策法规", "level2": "就业创业扶持政策", "content": "政策文件",
             "basis": "《就业促进法》", "deadline": "20个工作日内", "subject": "县人社局",
             "channels": ["政府网站"], "audience": "全社会", "manner": "主动", "levels": ["县级", "镇级"],
             "fivePublic": ["执行"], "scope": {"level": "county", "region": "360123"}}
            """;

    static final String CATALOG = """
            {"domain": "就业", "items": [%s, %s]}
            """.formatted(CATALOG_ITEM.formatted("cat-1"), CATALOG_ITEM.formatted("cat-2"));

    static final String POLICIES = """
            [{"id": "pol-1", "title": "测试政策", "docNumber": "安府发〔2026〕1号", "issuer": "安义县人民政府",
              "issued": "2026-06-10", "effective": null, "expires": null, "domain": "就业", "summary": "概要",
              "body": "一、第一条。", "interpretation": "解读",
              "keyPoints": [{"title": "要点", "text": "说明"}],
              "tables": [{"title": "表", "columns": ["a", "b"], "rows": [["1"]]}],
              "scope": {"level": "county", "region": "360123"}}]
            """;

    static final String FUNDS = """
            [{"id": "fund-1", "project": "耕地地力保护补贴", "domain": "涉农补贴", "fundSource": "中央财政直达资金",
              "amounts": {"central": 120.5, "provincial": "30.0", "county": 10.2},
              "responsibleUnit": "镇农业农村综合服务中心",
              "beneficiaries": [{"name": "张三明", "idNumber": "360123199001011234",
                                 "bankAccount": "6217001234567891234", "village": "石鼻村", "amount": 1234.5}],
              "published": "2026-05-10", "postedUntil": "2026-05-17", "complaintsPhone": "0791-83421234",
              "scope": {"level": "township", "region": "360123102"}}]
            """;

    static final String NOTICES = """
            [{"id": "notice-1", "title": "停水通知", "category": "通知", "body": "正文", "issuer": "石鼻镇人民政府",
              "published": "2026-11-20", "validFrom": "2026-11-20", "validUntil": "2026-12-31", "urgent": true,
              "scope": {"level": "village", "region": "360123102201"}}]
            """;

    static final String BROADCASTS = """
            [{"id": "bc-1", "title": "办公时间", "text": "便民服务中心上午八点半开门。", "times": ["08:30", "14:00"],
              "days": ["mon", "tue", "wed", "thu", "fri"], "priority": "normal", "chime": true, "repeat": 1,
              "scope": {"level": "township", "region": "360123102"}}]
            """;

    final Path dir;

    private TempBundle(Path dir) {
        this.dir = dir;
    }

    /** Writes the valid content folder into {@code dir}. */
    static TempBundle in(Path dir) {
        TempBundle b = new TempBundle(dir);
        b.write("catalog/jiuye.json", CATALOG);
        b.write("policies.json", POLICIES);
        b.write("funds.json", FUNDS);
        b.write("notices.json", NOTICES);
        b.write("broadcasts.json", BROADCASTS);
        return b;
    }

    TempBundle write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    TempBundle write(String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TempBundle delete(String name) {
        try {
            Files.delete(dir.resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    cn.gongkai.kiosk.domain.ContentSet read() throws BundleFormatException, IOException {
        return ContentFolder.read(dir);
    }
}
