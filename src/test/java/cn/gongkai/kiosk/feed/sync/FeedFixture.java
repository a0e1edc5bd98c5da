package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.feed.ManifestCodec;
import cn.gongkai.kiosk.feed.publish.FeedPublisher;
import cn.gongkai.kiosk.feed.publish.PublishException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A county publishing a small feed with the real publisher: a fresh Ed25519 key, a content folder
 * with records for the county (360123), the kiosk's township (360123102), one of its villages
 * (360123102201) and a sibling township (360123105) the kiosk must never store, plus media, one
 * of them under media/360123105/. Records and media can be changed and the feed republished.
 */
final class FeedFixture {
    static final String COUNTY = "360123";
    static final String TOWNSHIP = "360123102";
    static final String VILLAGE = "360123102201";
    static final String OTHER_TOWNSHIP = "360123105";
    /** When the fixture publishes unless told otherwise (2026-11-26 10:00 in Jiangxi). */
    static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");
    static final Duration VALID_FOR = Duration.ofDays(30);

    /** Media paths. */
    static final String LOGO = "media/logo.png";
    static final String MAP = "media/" + TOWNSHIP + "/map.jpg";
    static final String BIG = "media/" + TOWNSHIP + "/big.bin";
    static final String OTHER_MEDIA = "media/" + OTHER_TOWNSHIP + "/secret.jpg";

    final Path content;
    final Path feed;
    final FeedKeys.SigningKey key;
    private final Map<String, String> catalog = new LinkedHashMap<>();
    private final Map<String, String> policies = new LinkedHashMap<>();
    private final Map<String, String> funds = new LinkedHashMap<>();
    private final Map<String, String> notices = new LinkedHashMap<>();
    private final Map<String, String> broadcasts = new LinkedHashMap<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();

    FeedFixture(Path root) {
        this(root, FeedKeys.generate());
    }

    FeedFixture(Path root, FeedKeys.SigningKey key) {
        this.content = root.resolve("content");
        this.feed = root.resolve("feed");
        this.key = key;
        catalogItem("cat-county-1", "county", COUNTY, "县级公开内容一");
        catalogItem("cat-county-2", "county", COUNTY, "县级公开内容二");
        catalogItem("cat-town-1", "township", TOWNSHIP, "石鼻镇公开内容");
        catalogItem("cat-village-1", "village", VILLAGE, "村级公开内容");
        catalogItem("cat-other-1", "township", OTHER_TOWNSHIP, "邻镇公开内容一");
        catalogItem("cat-other-2", "township", OTHER_TOWNSHIP, "邻镇公开内容二");
        policy("pol-county-1", "county", COUNTY);
        policy("pol-other-1", "township", OTHER_TOWNSHIP);
        fund("fund-town-1", "township", TOWNSHIP);
        fund("fund-other-1", "township", OTHER_TOWNSHIP);
        notice("notice-county-1", "county", COUNTY, "县级通知");
        notice("notice-village-1", "village", VILLAGE, "停水通知");
        notice("notice-other-1", "township", OTHER_TOWNSHIP, "邻镇通知");
        broadcast("bc-county-1", "county", COUNTY, "08:30");
        broadcast("bc-town-1", "township", TOWNSHIP, "14:00");
        broadcast("bc-other-1", "township", OTHER_TOWNSHIP, "09:00");
        media(LOGO, random(1, 2_000));
        media(MAP, random(2, 64 * 1024));
        media(BIG, random(3, 256 * 1024));
        media(OTHER_MEDIA, random(4, 10_000));
    }

    /** What a kiosk in 360123102 stores of the default content. */
    static Map<String, Integer> kioskCounts() {
        return Map.of("catalog", 4, "policies", 1, "funds", 1, "notices", 2, "broadcasts", 2);
    }

    // ---- content -------------------------------------------------------------------------

    FeedFixture catalogItem(String id, String level, String region, String text) {
        catalog.put(id, """
                {"id": "%s", "level1": "就业政策法规", "level2": "就业创业扶持政策", "content": "%s",
                 "basis": "《就业促进法》", "deadline": "20个工作日内", "subject": "县人社局",
                 "channels": ["政府网站"], "audience": "全社会", "manner": "主动", "levels": ["县级", "乡级"],
                 "fivePublic": ["执行"], "scope": {"level": "%s", "region": "%s"}}""".formatted(id, text, level, region));
        return this;
    }

    FeedFixture removeCatalogItem(String id) {
        require(catalog.remove(id), id);
        return this;
    }

    /** Adds {@code n} county catalog items (a bigger feed, so an apply takes a while). */
    FeedFixture manyCatalogItems(int n) {
        for (int i = 0; i < n; i++) {
            catalogItem("cat-bulk-" + i, "county", COUNTY, "批量公开内容 " + i + " " + "示例".repeat(20));
        }
        return this;
    }

    FeedFixture policy(String id, String level, String region) {
        policies.put(id, """
                {"id": "%s", "title": "测试政策 %s", "docNumber": "安府发〔2026〕1号", "issuer": "安义县人民政府",
                 "issued": "2026-06-10", "effective": null, "expires": null, "domain": "就业", "summary": "概要",
                 "body": "一、第一条。", "interpretation": "解读", "keyPoints": [{"title": "要点", "text": "说明"}],
                 "tables": [], "scope": {"level": "%s", "region": "%s"}}""".formatted(id, id, level, region));
        return this;
    }

    FeedFixture fund(String id, String level, String region) {
        funds.put(id, """
                {"id": "%s", "project": "耕地地力保护补贴", "domain": "涉农补贴", "fundSource": "中央财政直达资金",
                 "amounts": {"central": "120.5", "provincial": "30.0", "county": "10.2"},
                 "responsibleUnit": "镇农业农村综合服务中心",
                 "beneficiaries": [{"name": "张三明", "idNumber": "360123199001011234",
                                    "bankAccount": "6217001234567891234", "village": "石鼻村", "amount": "1234.5"}],
                 "published": "2026-05-10", "postedUntil": "2026-05-17", "complaintsPhone": "0791-83421234",
                 "scope": {"level": "%s", "region": "%s"}}""".formatted(id, level, region));
        return this;
    }

    FeedFixture notice(String id, String level, String region, String title) {
        notices.put(id, """
                {"id": "%s", "title": "%s", "category": "通知", "body": "正文", "issuer": "石鼻镇人民政府",
                 "published": "2026-11-20", "validFrom": "2026-11-20", "validUntil": "2026-12-31", "urgent": false,
                 "scope": {"level": "%s", "region": "%s"}}""".formatted(id, title, level, region));
        return this;
    }

    FeedFixture removeNotice(String id) {
        require(notices.remove(id), id);
        return this;
    }

    /** A normal broadcast on working days at {@code time}, with a chime. */
    FeedFixture broadcast(String id, String level, String region, String time) {
        return broadcast(id, """
                {"id": "%s", "title": "办公时间提示 %s", "text": "便民服务中心工作日上午八点半开始办公。",
                 "times": ["%s"], "days": ["mon", "tue", "wed", "thu", "fri"], "priority": "normal",
                 "chime": true, "repeat": 1, "scope": {"level": "%s", "region": "%s"}}""".formatted(id, id, time, level,
                region));
    }

    /** A broadcast in its JSON form (FORMAT.md), as given. */
    FeedFixture broadcast(String id, String json) {
        broadcasts.put(id, json);
        return this;
    }

    FeedFixture removeBroadcast(String id) {
        require(broadcasts.remove(id), id);
        return this;
    }

    FeedFixture media(String path, byte[] bytes) {
        media.put(path, bytes);
        return this;
    }

    FeedFixture removeMedia(String path) {
        require(media.remove(path), path);
        return this;
    }

    static byte[] random(long seed, int length) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    // ---- publishing ----------------------------------------------------------------------

    /** Publishes the next version now (T0), valid for 30 days, signed with the fixture's key. */
    FeedPublisher.Result publish() {
        return publish(key, T0, VALID_FOR);
    }

    FeedPublisher.Result publish(FeedKeys.SigningKey with, Instant now, Duration validFor) {
        return publishVersion(with, Optional.empty(), now, validFor);
    }

    FeedPublisher.Result publishVersion(FeedKeys.SigningKey with, Optional<Long> version, Instant now,
                                        Duration validFor) {
        try {
            writeContent();
            return new FeedPublisher(with).publish(
                    new FeedPublisher.Inputs(List.of(), Optional.of(content), RegionCode.of(COUNTY), "测试县", false),
                    new FeedPublisher.Options(version, validFor, now), feed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PublishException e) {
            throw new IllegalStateException(e.getMessage() + " " + e, e);
        }
    }

    private void writeContent() throws IOException {
        deleteTree(content);
        Files.createDirectories(content.resolve("catalog"));
        Files.writeString(content.resolve("catalog/jiuye.json"),
                "{\"domain\": \"就业\", \"items\": [" + String.join(",\n", catalog.values()) + "]}\n",
                StandardCharsets.UTF_8);
        Files.writeString(content.resolve("policies.json"), list(policies), StandardCharsets.UTF_8);
        Files.writeString(content.resolve("funds.json"), list(funds), StandardCharsets.UTF_8);
        Files.writeString(content.resolve("notices.json"), list(notices), StandardCharsets.UTF_8);
        Files.writeString(content.resolve("broadcasts.json"), list(broadcasts), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> m : media.entrySet()) {
            Path p = content.resolve(m.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, m.getValue());
        }
    }

    private static String list(Map<String, String> records) {
        return "[" + String.join(",\n", records.values()) + "]\n";
    }

    // ---- the published folder ------------------------------------------------------------

    Manifest manifest() {
        return manifest(feed);
    }

    static Manifest manifest(Path feedDir) {
        try {
            return ManifestCodec.parse(Files.readAllBytes(feedDir.resolve(Manifest.FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The listed object with this logical path in the current manifest. */
    Manifest.Entry entry(String path) {
        return manifest().objects().stream().filter(e -> e.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no object " + path + " in " + manifest().objects()));
    }

    /** The file the feed folder serves for a logical path: objects/<sha256>. */
    Path objectFile(String path) {
        return feed.resolve(entry(path).location());
    }

    /** URL path (relative to the feed) of a logical path's object. */
    String location(String path) {
        return entry(path).location();
    }

    /** The first catalog object of the kiosk's township (a record object to tamper with). */
    String townshipCatalogObject() {
        return manifest().objects().stream().filter(e -> e.kind() == Manifest.Kind.CATALOG)
                .filter(e -> e.path().contains("/" + TOWNSHIP + "/")).findFirst().orElseThrow().path();
    }

    /** A copy of the whole feed folder as it is now (an older version kept aside, or a USB stick). */
    Path copyTo(Path target) {
        copyTree(feed, target);
        return target;
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flips one bit of the byte at {@code offset} (negative: from the end). */
    static void flipByte(Path file, int offset) {
        try {
            byte[] b = Files.readAllBytes(file);
            int i = offset >= 0 ? offset : b.length + offset;
            b[i] ^= 0x01;
            Files.write(file, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> files(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            walk.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(Object removed, String what) {
        if (removed == null) {
            throw new IllegalArgumentException("the fixture has no " + what);
        }
    }
}
