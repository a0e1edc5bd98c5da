package cn.gongkai.kiosk.testing;

import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedJson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a generated county content folder (the publisher's input: catalog/&lt;domain&gt;.json tables,
 * policies.json, funds.json, notices.json and media/**, see assets/demo/content/FORMAT.md) of
 * realistic shape and volume, for volume tests, the crash test and the sync benchmark.
 *
 * <p>Record {@code i} is of a fixed kind ({@code i % 20}: 12 catalog items, 3 policies, 2 fund
 * disclosures, 3 notices, so 60/15/10/15 %), and everything about it follows from the seed, {@code i}
 * and its revision: the same seed always gives the same bytes, and {@link #withRecords(int)} with more
 * records keeps the first ones identical (a later version that adds records). {@link #changed} gives
 * the next version with a fraction of records and some media files revised, chosen from the seed.
 * Scopes: the county 360123 (county and department records), township 360123102, its villages
 * 360123102201..214, and the sibling township 360123105 (which a kiosk in 360123102 never stores).
 * Names, numbers and phone numbers are invented; texts say 示例 where a reader could take them for real.
 */
public final class FeedGenerator {
    public static final String COUNTY = "360123";
    public static final String TOWNSHIP = "360123102";
    public static final String OTHER_TOWNSHIP = "360123105";
    /** Villages 360123102201 .. 360123102214. */
    public static final int VILLAGES = 14;

    /** The kinds it generates, as named in {@code ContentSet.counts()} (which also counts broadcasts: none here). */
    public static final List<String> KINDS = List.of("catalog", "policies", "funds", "notices");

    private final long seed;
    private final int records;
    private final int mediaFiles;
    private final long mediaBytes;
    private final int generation;
    private final Map<Integer, Integer> recordRevisions;
    private final Map<Integer, Integer> mediaRevisions;

    private FeedGenerator(long seed, int records, int mediaFiles, long mediaBytes, int generation,
                          Map<Integer, Integer> recordRevisions, Map<Integer, Integer> mediaRevisions) {
        if (records < 0 || mediaFiles < 0 || mediaBytes < mediaFiles) {
            throw new IllegalArgumentException("records, media files >= 0 and at least one byte per media file");
        }
        this.seed = seed;
        this.records = records;
        this.mediaFiles = mediaFiles;
        this.mediaBytes = mediaFiles == 0 ? 0 : mediaBytes;
        this.generation = generation;
        this.recordRevisions = Collections.unmodifiableMap(new TreeMap<>(recordRevisions));
        this.mediaRevisions = Collections.unmodifiableMap(new TreeMap<>(mediaRevisions));
    }

    /**
     * @param records    number of records of all kinds
     * @param mediaFiles number of media files
     * @param mediaBytes their total size (random bytes, so they do not compress)
     */
    public static FeedGenerator of(long seed, int records, int mediaFiles, long mediaBytes) {
        return new FeedGenerator(seed, records, mediaFiles, mediaBytes, 0, Map.of(), Map.of());
    }

    /**
     * The same content with {@code n} records: more adds records after the existing ones, fewer
     * withdraws the last ones.
     */
    public FeedGenerator withRecords(int n) {
        Map<Integer, Integer> revs = new TreeMap<>(recordRevisions);
        revs.keySet().removeIf(i -> i >= n);
        return new FeedGenerator(seed, n, mediaFiles, mediaBytes, generation, revs, mediaRevisions);
    }

    /**
     * The next version: {@code round(fraction * records)} records and {@code media} media files
     * revised (new text, new amounts, new bytes of the same size), chosen deterministically from the
     * seed and the number of changes made before. Ids, kinds and scopes stay, so counts do not change.
     */
    public FeedGenerator changed(double fraction, int media) {
        if (fraction < 0 || fraction > 1 || media < 0 || media > mediaFiles) {
            throw new IllegalArgumentException("fraction 0..1 and media 0.." + mediaFiles);
        }
        SplittableRandom r = new SplittableRandom(mix(seed, 0x6368616e6765L, generation + 1));
        Map<Integer, Integer> revs = new TreeMap<>(recordRevisions);
        for (int i : pick(r, records, (int) Math.round(fraction * records))) {
            revs.merge(i, 1, Integer::sum);
        }
        Map<Integer, Integer> mrevs = new TreeMap<>(mediaRevisions);
        for (int i : pick(r, mediaFiles, media)) {
            mrevs.merge(i, 1, Integer::sum);
        }
        return new FeedGenerator(seed, records, mediaFiles, mediaBytes, generation + 1, revs, mrevs);
    }

    /** What a folder holds. */
    public record Written(Map<String, Integer> counts, int files, long recordBytes, long mediaBytes) { }

    /** Writes the content folder into {@code dir}, which must be absent or empty. */
    public Written writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent()) {
                throw new IOException(dir + " is not empty; the generator writes into an empty folder");
            }
        }
        Map<String, List<JsonObject>> tables = new TreeMap<>();
        JsonArray policies = new JsonArray();
        JsonArray funds = new JsonArray();
        JsonArray notices = new JsonArray();
        for (int i = 0; i < records; i++) {
            switch (kindOf(i)) {
                case "catalog" -> {
                    Rec rec = rec(i);
                    tables.computeIfAbsent(domainOf(rec).key(), k -> new ArrayList<>()).add(catalogItem(rec));
                }
                case "policies" -> policies.add(policy(rec(i)));
                case "funds" -> funds.add(fund(rec(i)));
                default -> notices.add(notice(rec(i)));
            }
        }
        long recordBytes = 0;
        int files = 0;
        for (Map.Entry<String, List<JsonObject>> t : tables.entrySet()) {
            JsonObject table = new JsonObject();
            table.addProperty("domain", Domains.all().stream().filter(d -> d.key().equals(t.getKey())).findFirst()
                    .orElseThrow().name());
            JsonArray items = new JsonArray();
            t.getValue().forEach(items::add);
            table.add("items", items);
            recordBytes += json(dir.resolve("catalog").resolve(t.getKey() + ".json"), table);
            files++;
        }
        for (Object[] f : new Object[][] {{"policies.json", policies}, {"funds.json", funds}, {"notices.json", notices}}) {
            if (!((JsonArray) f[1]).isEmpty()) {
                recordBytes += json(dir.resolve((String) f[0]), (JsonArray) f[1]);
                files++;
            }
        }
        long media = 0;
        long[] sizes = mediaSizes();
        for (int i = 0; i < mediaFiles; i++) {
            Path file = dir.resolve(mediaName(i));
            Files.createDirectories(file.getParent());
            media += writeMedia(file, i, sizes[i]);
            files++;
        }
        return new Written(counts(), files, recordBytes, media);
    }

    /** Records per kind in the folder. */
    public Map<String, Integer> counts() {
        return countsWhere(region -> true);
    }

    /** Records per kind that a kiosk in {@code kiosk} stores (its county, township and villages). */
    public Map<String, Integer> countsVisibleIn(RegionCode kiosk) {
        return countsWhere(region -> kiosk.overlaps(RegionCode.of(region)));
    }

    private Map<String, Integer> countsWhere(java.util.function.Predicate<String> visible) {
        Map<String, Integer> m = new LinkedHashMap<>();
        KINDS.forEach(k -> m.put(k, 0));
        for (int i = 0; i < records; i++) {
            if (visible.test(scopeOf(rec(i))[1])) {
                m.merge(kindOf(i), 1, Integer::sum);
            }
        }
        m.put("broadcasts", 0);
        return m;
    }

    /** Ids of the records revised at least once (by {@link #changed}). */
    public List<String> changedIds() {
        return recordRevisions.keySet().stream().map(FeedGenerator::idOf).toList();
    }

    /** Folder-relative names of the media files revised at least once. */
    public List<String> changedMedia() {
        return mediaRevisions.keySet().stream().map(FeedGenerator::mediaName).toList();
    }

    public int records() {
        return records;
    }

    // ---- records --------------------------------------------------------------------------------

    /** One record: its index and revision, with a random source for stable fields and one for revised ones. */
    private record Rec(int index, int revision, long base, SplittableRandom stable, SplittableRandom revised) { }

    private Rec rec(int i) {
        int rev = recordRevisions.getOrDefault(i, 0);
        long base = mix(seed, i, 0);
        return new Rec(i, rev, base, new SplittableRandom(base), new SplittableRandom(mix(seed, i, rev + 1L)));
    }

    static String kindOf(int i) {
        int k = i % 20;
        return k < 12 ? "catalog" : k < 15 ? "policies" : k < 17 ? "funds" : "notices";
    }

    static String idOf(int i) {
        String kind = kindOf(i);
        String prefix = switch (kind) {
            case "catalog" -> "gen-cat-";
            case "policies" -> "gen-pol-";
            case "funds" -> "gen-fund-";
            default -> "gen-notice-";
        };
        return prefix + String.format("%06d", i);
    }

    /**
     * Level and region, from the record's stable part: 35 % county (a third of it by departments),
     * 25 % township, 25 % its villages, 15 % the other township.
     */
    private static String[] scopeOf(Rec rec) {
        long h = mix(rec.base(), 0x73636f7065L, 0);
        int p = (int) Math.floorMod(h, 100);
        int v = (int) Math.floorMod(h >>> 16, VILLAGES);
        if (p < 23) {
            return new String[] {"county", COUNTY};
        }
        if (p < 35) {
            return new String[] {"department", COUNTY};
        }
        if (p < 60) {
            return new String[] {"township", TOWNSHIP};
        }
        if (p < 85) {
            return new String[] {"village", village(v)};
        }
        return new String[] {"township", OTHER_TOWNSHIP};
    }

    static String village(int v) {
        return TOWNSHIP + (201 + v);
    }

    private static Domains.Domain domainOf(Rec rec) {
        List<Domains.Domain> all = Domains.all();
        return all.get((int) Math.floorMod(mix(rec.base(), 0x646f6dL, 0), all.size()));
    }

    private JsonObject catalogItem(Rec rec) {
        SplittableRandom s = rec.stable();
        SplittableRandom r = rec.revised();
        Domains.Domain d = domainOf(rec);
        String[] scope = scopeOf(rec);
        JsonObject o = new JsonObject();
        o.addProperty("id", idOf(rec.index()));
        o.addProperty("level1", d.name() + pick(s, LEVEL1_SUFFIX));
        o.addProperty("level2", pick(s, LEVEL2) + "（" + areaName(scope) + "第" + (1 + rec.index() / 20) + "项）");
        o.addProperty("content", pick(r, CONTENT) + "；" + sentences(r, 1, 2) + revisionNote(rec));
        o.addProperty("basis", pick(s, BASIS) + (s.nextBoolean() ? "、" + pick(s, BASIS) : ""));
        o.addProperty("deadline", pick(r, DEADLINE));
        o.addProperty("subject", subject(scope, s));
        o.add("channels", strings(some(s, CHANNELS, 2, 4)));
        o.addProperty("audience", s.nextInt(5) == 0 ? "特定群体" : "全社会");
        o.addProperty("manner", s.nextInt(10) == 0 ? "依申请" : "主动");
        o.add("levels", strings(levels(scope, s)));
        o.add("fivePublic", strings(some(s, FIVE_PUBLIC, 0, 2)));
        o.add("scope", scope(scope));
        return o;
    }

    private JsonObject policy(Rec rec) {
        SplittableRandom s = rec.stable();
        SplittableRandom r = rec.revised();
        String[] scope = scopeOf(rec);
        String topic = pick(s, TOPICS);
        LocalDate issued = day(s, LocalDate.of(2024, 1, 1), 1050);
        JsonObject o = new JsonObject();
        o.addProperty("id", idOf(rec.index()));
        o.addProperty("title", issuerShort(scope) + pick(s, POLICY_FORMS).formatted(topic));
        o.addProperty("docNumber", docPrefix(scope) + "〔" + issued.getYear() + "〕" + (1 + s.nextInt(60)) + "号（示例）");
        o.addProperty("issuer", issuer(scope, s));
        o.addProperty("issued", issued.toString());
        o.addProperty("effective", issued.plusDays(s.nextInt(31)).toString());
        if (s.nextInt(3) == 0) {
            o.add("expires", null);
        } else {
            o.addProperty("expires", issued.plusYears(2 + s.nextInt(4)).toString());
        }
        o.addProperty("domain", domainOf(rec).name());
        o.addProperty("summary", "围绕" + topic + "，" + sentences(r, 1, 2) + revisionNote(rec));
        StringBuilder body = new StringBuilder("各有关单位：\n为做好" + topic + "工作，结合本地实际，制定本" + "办法。\n");
        int target = 1_000 + r.nextInt(1_000); // characters: 3 to 6 KB of UTF-8
        for (int n = 0; body.length() < target; n++) {
            body.append(NUMERALS[n % NUMERALS.length]).append("、").append(pick(r, HEADINGS)).append("。")
                    .append(sentences(r, 3, 6)).append('\n');
        }
        body.append("本").append("办法自印发之日起施行。").append(revisionNote(rec));
        o.addProperty("body", body.toString());
        o.addProperty("interpretation", "一、出台背景。" + sentences(r, 2, 3) + "\n二、主要内容。" + sentences(r, 3, 5)
                + "\n三、怎么办理。可到" + areaName(scope) + "便民服务中心窗口咨询办理，咨询电话" + phone(s) + "（示例）。");
        JsonArray points = new JsonArray();
        for (int k = 0, n = 3 + r.nextInt(3); k < n; k++) {
            JsonObject p = new JsonObject();
            p.addProperty("title", pick(r, KEY_POINTS));
            p.addProperty("text", sentences(r, 1, 2));
            points.add(p);
        }
        o.add("keyPoints", points);
        JsonArray tables = new JsonArray();
        if (s.nextInt(3) == 0) {
            JsonObject t = new JsonObject();
            t.addProperty("title", "图解：补助标准一览");
            t.add("columns", strings(List.of("补助项目", "享受对象", "补助标准")));
            JsonArray rows = new JsonArray();
            for (int k = 0, n = 2 + r.nextInt(4); k < n; k++) {
                rows.add(strings(List.of(pick(r, LEVEL2), pick(r, AUDIENCES), (100 + r.nextInt(50) * 20) + "元/人·月")));
            }
            t.add("rows", rows);
            tables.add(t);
        }
        o.add("tables", tables);
        o.add("scope", scope(scope));
        return o;
    }

    private JsonObject fund(Rec rec) {
        SplittableRandom s = rec.stable();
        SplittableRandom r = rec.revised();
        String[] scope = scopeOf(rec);
        LocalDate start = day(s, LocalDate.of(2025, 1, 1), 640);
        LocalDate published = start.plusDays(20 + s.nextInt(60));
        String project = pick(s, FUND_PROJECTS);
        JsonObject o = new JsonObject();
        o.addProperty("id", idOf(rec.index()));
        o.addProperty("project", start.getYear() + "年" + project);
        o.addProperty("projectCode", COUNTY + "-" + start.getYear() + "-" + String.format("%04d", rec.index() % 10_000));
        o.addProperty("domain", pick(s, FUND_DOMAINS));
        o.addProperty("fundSource", pick(s, FUND_SOURCES));
        o.addProperty("sourceDocNumber", "赣财" + pick(s, List.of("农", "社", "建", "教")) + "指〔" + start.getYear() + "〕"
                + (1 + s.nextInt(90)) + "号（示例）");
        JsonObject amounts = new JsonObject();
        amounts.addProperty("central", money(r, 0, 500_00));
        amounts.addProperty("provincial", money(r, 0, 120_00));
        amounts.addProperty("municipal", s.nextInt(3) == 0 ? BigDecimal.ZERO : money(r, 0, 40_00));
        amounts.addProperty("county", money(r, 0, 60_00));
        o.add("amounts", amounts);
        o.addProperty("responsibleUnit", issuer(scope, s));
        JsonArray list = new JsonArray();
        int n = 5 + r.nextInt(36);
        for (int k = 0; k < n; k++) {
            int v = scope[1].length() == 12 ? Integer.parseInt(scope[1].substring(9)) - 201 : r.nextInt(VILLAGES);
            JsonObject b = new JsonObject();
            b.addProperty("name", pick(r, SURNAMES) + pick(r, GIVEN) + (r.nextInt(3) == 0 ? "" : pick(r, GIVEN)));
            b.addProperty("idNumber", idNumber(r));
            b.addProperty("bankAccount", "62170" + digits(r, 14));
            b.addProperty("village", VILLAGE_NAMES.get(v) + "（示例）");
            b.addProperty("amount", money(r, 100_00, 5_000_00));
            b.addProperty("note", r.nextInt(8) == 0 ? "代领" : "");
            list.add(b);
        }
        o.addProperty("beneficiarySummary", "受益农户" + n + "户");
        o.add("beneficiaries", list);
        o.addProperty("period", start.getYear() + "年度");
        o.addProperty("startDate", start.toString());
        o.addProperty("published", published.toString());
        o.addProperty("postedUntil", published.plusDays(7).toString());
        o.addProperty("complaintsPhone", phone(s));
        o.addProperty("description", "按照" + project + "有关规定，" + sentences(r, 1, 3) + revisionNote(rec));
        o.add("scope", scope(scope));
        return o;
    }

    private JsonObject notice(Rec rec) {
        SplittableRandom s = rec.stable();
        SplittableRandom r = rec.revised();
        String[] scope = scopeOf(rec);
        LocalDate published = day(s, LocalDate.of(2026, 1, 1), 330);
        String category = pick(s, List.of("通知", "通知", "公告", "公示"));
        JsonObject o = new JsonObject();
        o.addProperty("id", idOf(rec.index()));
        o.addProperty("title", "关于" + pick(s, NOTICE_TOPICS) + "的" + category);
        o.addProperty("category", category);
        StringBuilder body = new StringBuilder();
        int target = 200 + r.nextInt(600);
        while (body.length() < target) {
            body.append(sentences(r, 2, 4)).append('\n');
        }
        body.append("咨询电话：").append(phone(s)).append("（示例）。").append(revisionNote(rec));
        o.addProperty("body", body.toString());
        o.addProperty("issuer", issuer(scope, s));
        o.addProperty("published", published.toString());
        o.addProperty("validFrom", published.toString());
        if (s.nextInt(4) == 0) {
            o.add("validUntil", null);
        } else {
            o.addProperty("validUntil", published.plusDays(7 + s.nextInt(120)).toString());
        }
        o.addProperty("urgent", s.nextInt(20) == 0);
        o.add("scope", scope(scope));
        return o;
    }

    private static String revisionNote(Rec rec) {
        return rec.revision() == 0 ? "" : "（第" + rec.revision() + "次修订）";
    }

    // ---- media ----------------------------------------------------------------------------------

    /** media/x for the county, media/360123102/x for the township (the publisher reads the region from the folder). */
    static String mediaName(int i) {
        String[] kinds = {"photo-%04d.jpg", "photo-%04d.jpg", "photo-%04d.jpg", "chart-%04d.png", "guide-%04d.pdf",
            "photo-%04d.jpg", "chart-%04d.png", "audio-%04d.mp3"};
        String name = kinds[i % kinds.length].formatted(i);
        return switch (i % 5) {
            case 1 -> "media/" + TOWNSHIP + "/" + name;
            case 3 -> "media/" + village(i % VILLAGES) + "/" + name;
            default -> "media/" + name;
        };
    }

    /** File sizes: random weights scaled to the total, the last file taking the rounding rest. */
    private long[] mediaSizes() {
        long[] sizes = new long[mediaFiles];
        if (mediaFiles == 0) {
            return sizes;
        }
        SplittableRandom r = new SplittableRandom(mix(seed, 0x6d65646961L, 0));
        double[] w = new double[mediaFiles];
        double sum = 0;
        for (int i = 0; i < mediaFiles; i++) {
            w[i] = mediaName(i).endsWith(".mp3") || mediaName(i).endsWith(".pdf") ? 2 + 3 * r.nextDouble()
                    : 0.3 + r.nextDouble();
            sum += w[i];
        }
        long spare = mediaBytes - mediaFiles; // every file gets at least one byte
        long used = 0;
        for (int i = 0; i < mediaFiles; i++) {
            sizes[i] = 1 + (i == mediaFiles - 1 ? spare - used : (long) Math.floor(spare * w[i] / sum));
            used += sizes[i] - 1;
        }
        return sizes;
    }

    private long writeMedia(Path file, int i, long size) throws IOException {
        SplittableRandom r = new SplittableRandom(mix(seed, 0x6d6564L + i, mediaRevisions.getOrDefault(i, 0)));
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            long left = size;
            while (left > 0) {
                int n = (int) Math.min(buf.length, left);
                for (int k = 0; k < n; k += 8) {
                    long v = r.nextLong();
                    for (int b = 0; b < 8 && k + b < n; b++) {
                        buf[k + b] = (byte) (v >>> (8 * b));
                    }
                }
                out.write(buf, 0, n);
                left -= n;
            }
        }
        return size;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static long json(Path file, JsonElement e) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = FeedJson.pretty(e).getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static JsonObject scope(String[] scope) {
        JsonObject o = new JsonObject();
        o.addProperty("level", scope[0]);
        o.addProperty("region", scope[1]);
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static List<String> levels(String[] scope, SplittableRandom s) {
        return switch (scope[1].length()) {
            case 6 -> s.nextBoolean() ? List.of("县级") : List.of("县级", "乡级");
            case 9 -> s.nextBoolean() ? List.of("乡级") : List.of("乡级", "村级");
            default -> List.of("村级");
        };
    }

    private static String areaName(String[] scope) {
        return switch (scope[1].length()) {
            case 6 -> "安义县";
            case 9 -> scope[1].equals(TOWNSHIP) ? "石鼻镇" : "东阳镇（示例）";
            default -> VILLAGE_NAMES.get(Integer.parseInt(scope[1].substring(9)) - 201) + "（示例）";
        };
    }

    private static String issuerShort(String[] scope) {
        return switch (scope[1].length()) {
            case 6 -> "安义县";
            case 9 -> scope[1].equals(TOWNSHIP) ? "石鼻镇" : "东阳镇";
            default -> "石鼻镇" + VILLAGE_NAMES.get(Integer.parseInt(scope[1].substring(9)) - 201);
        };
    }

    private static String docPrefix(String[] scope) {
        return switch (scope[1].length()) {
            case 6 -> "安府办发";
            case 9 -> scope[1].equals(TOWNSHIP) ? "石府发" : "东府发";
            default -> "村委发";
        };
    }

    private static String issuer(String[] scope, SplittableRandom s) {
        return switch (scope[0]) {
            case "county" -> "安义县人民政府";
            case "department" -> "安义县" + pick(s, DEPARTMENTS);
            case "township" -> scope[1].equals(TOWNSHIP) ? "石鼻镇人民政府" : "东阳镇人民政府（示例）";
            default -> VILLAGE_NAMES.get(Integer.parseInt(scope[1].substring(9)) - 201) + "村民委员会（示例）";
        };
    }

    private static String subject(String[] scope, SplittableRandom s) {
        return scope[0].equals("county") ? "安义县" + pick(s, DEPARTMENTS) : issuer(scope, s);
    }

    private static String sentences(SplittableRandom r, int min, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = min + r.nextInt(max - min + 1); i < n; i++) {
            sb.append(pick(r, SENTENCES).replace("{n}", Integer.toString(2 + r.nextInt(28))));
        }
        return sb.toString();
    }

    private static String pick(SplittableRandom r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** {@code min..max} distinct values of {@code from}, in the list's order. */
    private static List<String> some(SplittableRandom r, List<String> from, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        List<String> out = new ArrayList<>();
        for (int i : pick(r, from.size(), n)) {
            out.add(from.get(i));
        }
        return out;
    }

    /** {@code n} distinct indices below {@code size}, sorted (a partial Fisher-Yates shuffle). */
    private static List<Integer> pick(SplittableRandom r, int size, int n) {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + r.nextInt(size - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(a[i]);
        }
        Collections.sort(out);
        return out;
    }

    private static LocalDate day(SplittableRandom r, LocalDate from, int days) {
        return from.plusDays(r.nextInt(days));
    }

    private static BigDecimal money(SplittableRandom r, long minCents, long maxCents) {
        return BigDecimal.valueOf(minCents + r.nextLong(maxCents - minCents + 1), 2);
    }

    private static String phone(SplittableRandom r) {
        return "0791-8342" + digits(r, 4);
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    /** An 18-character resident ID of the county with a valid check character (GB 11643). */
    private static String idNumber(SplittableRandom r) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(365 * 60));
        String body = COUNTY + birth.toString().replace("-", "") + digits(r, 3);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** SplitMix64 finaliser over three values: independent-looking streams per record and revision. */
    static long mix(long a, long b, long c) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L + c;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- vocabulary ----------------------------------------------------------------------------

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private static final List<String> LEVEL1_SUFFIX = List.of("政策文件", "办事服务", "工作动态", "实施结果", "监督管理");

    private static final List<String> LEVEL2 = List.of("补助对象和标准", "申请条件和材料", "办理流程和时限", "审批结果",
            "资金发放情况", "年度工作计划", "实施方案", "检查结果", "名单公示", "收费标准", "投诉举报渠道", "政策解读",
            "项目建设进度", "招标采购结果", "验收情况", "绩效评价结果", "信息变更记录", "服务指南");

    private static final List<String> CONTENT = List.of(
            "政策文件名称、文号、发布机关、发布日期、正文",
            "事项名称、办理条件、申请材料、办理流程、办理时限、收费标准、咨询电话",
            "项目名称、建设地点、建设规模、资金来源、实施单位、完成时限",
            "补助对象、补助标准、发放金额、发放时间、发放方式",
            "审核审批结果、认定名单、公示期限、监督电话",
            "检查时间、检查对象、检查内容、检查结果、整改情况");

    private static final List<String> BASIS = List.of("《中华人民共和国政府信息公开条例》", "《社会救助暂行办法》",
            "《中华人民共和国土地管理法》", "《中华人民共和国预算法》", "《中华人民共和国安全生产法》",
            "《中华人民共和国城乡规划法》", "《中华人民共和国村民委员会组织法》", "《江西省政府信息公开规定》（示例）");

    private static final List<String> DEADLINE = List.of("信息形成或者变更之日起20个工作日内", "实时公开", "每季度更新一次",
            "每年3月底前", "审批完成后7个工作日内", "公示期不少于7天");

    private static final List<String> CHANNELS = List.of("政府网站", "政务新媒体", "公开查阅点", "便民服务站", "村务公开栏",
            "入户告知", "广播电视", "精准推送");

    private static final List<String> FIVE_PUBLIC = List.of("决策", "执行", "管理", "服务", "结果");

    private static final List<String> DEPARTMENTS = List.of("民政局", "财政局", "农业农村局", "人力资源和社会保障局",
            "自然资源局", "住房和城乡建设局", "卫生健康委员会", "教育体育局", "应急管理局", "生态环境局", "医疗保障局",
            "市场监督管理局", "司法局", "乡村振兴局");

    private static final List<String> TOPICS = List.of("城乡居民最低生活保障", "特困人员救助供养", "农村危房改造",
            "耕地地力保护补贴", "高标准农田建设", "城乡居民基本养老保险", "困难残疾人生活补贴", "临时救助",
            "稳岗就业和技能培训", "农村人居环境整治", "义务教育学生资助", "家庭医生签约服务", "秸秆综合利用",
            "森林防火", "防汛抗旱", "农村集体经济发展", "村级公益事业一事一议", "食品安全监管");

    private static final List<String> POLICY_FORMS = List.of("关于进一步做好%s工作的实施意见", "%s实施办法",
            "关于印发%s工作方案的通知", "关于调整%s标准的通知", "%s管理暂行规定（示例）");

    private static final List<String> HEADINGS = List.of("明确适用对象", "规范申请程序", "提高补助标准", "加强资金管理",
            "强化监督检查", "优化服务方式", "落实工作责任", "做好政策宣传", "健全动态管理机制", "严格审核审批");

    private static final List<String> SENTENCES = List.of(
            "各村（社区）要安排专人负责，做到应保尽保、应退尽退。",
            "申请人应当如实提供家庭收入、财产等情况，并签署授权核查声明。",
            "乡镇人民政府自受理申请之日起{n}个工作日内完成审核，并将审核意见报县级民政部门。",
            "补助资金通过惠民惠农财政补贴资金“一卡通”直接发放到户，任何单位和个人不得截留、挤占、挪用。",
            "对审核通过的对象，在村（社区）公开栏公示{n}天，接受群众监督。",
            "群众对公示结果有异议的，可在公示期内向乡镇人民政府或县级主管部门反映。",
            "县财政局会同有关部门加强资金监管，定期开展专项检查。",
            "各地要充分利用便民服务中心、政务公开专区和村务公开栏，把政策讲清楚、讲明白。",
            "符合条件的老年人、残疾人等行动不便的群众，可申请工作人员上门代办。",
            "对弄虚作假骗取补助资金的，依法追回资金，并按规定追究相关人员责任。",
            "项目实施单位应当在完工后{n}日内组织验收，验收结果向社会公开。",
            "补助标准根据经济社会发展水平和财力状况适时调整。",
            "本年度计划完成{n}个村的整治任务，资金由县乡两级统筹安排。",
            "各乡镇要建立工作台账，实行动态管理，每月{n}日前报送工作进展。",
            "政策实施情况纳入乡镇年度综合考核，考核结果作为资金分配的重要依据。",
            "办理过程中不收取任何费用，群众可通过12345政务服务便民热线反映问题。",
            "全面推行“一窗受理、集成服务”，让群众办事只进一扇门、最多跑一次。",
            "对因病、因灾等造成基本生活暂时出现严重困难的家庭，及时给予临时救助。",
            "镇村两级干部要深入农户家中宣传政策，确保政策知晓率达到{n}0%以上。",
            "相关信息通过政府网站、政务新媒体和村务公开栏同步发布。",
            "鼓励农户发展特色种养业，对新发展规模达到标准的给予一次性奖补。",
            "请广大群众相互转告，积极配合做好相关工作。");

    private static final List<String> KEY_POINTS = List.of("谁可以申请", "补多少钱", "怎么申请", "多久能办好",
            "钱怎么发", "有异议找谁", "哪些情况不能享受", "需要带什么材料", "在哪里办", "什么时候开始");

    private static final List<String> AUDIENCES = List.of("低保对象", "特困人员", "脱贫户", "残疾人", "老年人", "种粮农户",
            "在校学生");

    private static final List<String> FUND_PROJECTS = List.of("耕地地力保护补贴", "城乡居民最低生活保障金",
            "特困人员救助供养金", "农村危房改造补助资金", "困难残疾人生活补贴", "重度残疾人护理补贴",
            "稻谷目标价格补贴", "农机购置补贴", "生态公益林补偿", "高龄老人津贴", "义务教育阶段家庭经济困难学生生活补助");

    private static final List<String> FUND_DOMAINS = List.of("涉农补贴", "社会救助", "乡村振兴", "义务教育", "养老服务");

    private static final List<String> FUND_SOURCES = List.of("中央财政直达资金", "省级财政专项资金", "县级财政资金",
            "中央和省级财政补助资金");

    private static final List<String> NOTICE_TOPICS = List.of("调整便民服务中心办公时间", "开展冬春火灾防控",
            "做好城乡居民医疗保险集中缴费", "2026年度耕地地力保护补贴发放名单", "防汛抗旱应急值守安排",
            "开展农村人居环境整治集中行动", "组织开展免费健康体检", "征集村级公益事业建设项目",
            "低保对象年度复核结果", "开展农业实用技术培训", "秸秆禁烧", "村（社区）“两委”工作安排",
            "停水检修", "农村道路养护施工", "春季森林防火");

    private static final List<String> SURNAMES = List.of("张", "王", "李", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
            "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "熊", "邹", "涂", "万", "欧阳");

    private static final List<String> GIVEN = List.of("明", "华", "建", "国", "秀", "英", "兰", "芳", "强", "军", "平",
            "红", "春", "水", "金", "根", "桂", "梅", "德", "福", "荣", "生", "文", "燕");

    private static final List<String> VILLAGE_NAMES = List.of("石鼻村", "北山村", "罗田村", "京台村", "果田村", "新街村",
            "江上村", "西山村", "大路村", "石岗村", "邹家村", "水南村", "尚坊村", "茶山村");
}
