package cn.gongkai.kiosk.feed.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.CatalogItem.Audience;
import cn.gongkai.kiosk.domain.CatalogItem.CatalogLevel;
import cn.gongkai.kiosk.domain.CatalogItem.FivePublic;
import cn.gongkai.kiosk.domain.CatalogItem.Manner;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.feed.publish.CatalogCsvReader.Result;
import cn.gongkai.kiosk.feed.publish.CatalogCsvReader.RowError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogCsvReaderTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final RegionCode ANYI = RegionCode.of("360123");

    private static final String TITLE = "安义县就业领域基层政务公开标准目录,,,,,,,,,,,,,";
    private static final String HEAD1 =
            "序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,";
    private static final String HEAD2 = ",一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请,县级,乡级";

    // Cell positions in the two-row layout above.
    private static final int L1 = 1;
    private static final int L2 = 2;
    private static final int CONTENT = 3;
    private static final int BASIS = 4;
    private static final int DEADLINE = 5;
    private static final int SUBJECT = 6;
    private static final int CHANNELS = 7;
    private static final int FIRST_MARK = 8;

    private static final String JOB_CONTENT = "稳就业政策措施；创业担保贷款申请条件、额度、贴息标准";
    private static final String JOB_BASIS = "《中华人民共和国就业促进法》《中华人民共和国政府信息公开条例》";
    private static final String JOB_DEADLINE = "信息形成或者变更之日起20个工作日内";
    private static final String JOB_SUBJECT = "安义县人力资源和社会保障局";

    @TempDir
    Path dir;

    private final CatalogCsvReader reader = new CatalogCsvReader(ANYI);

    // ---- fixtures ----

    /** A 就业 row in the two-row layout: 全社会, 主动, 县级 and 乡级 marked. */
    private static String[] job(String seq, String level1, String level2) {
        return new String[] {seq, level1, level2, JOB_CONTENT, JOB_BASIS, JOB_DEADLINE, JOB_SUBJECT,
            "政府网站、政务服务中心、便民服务站", "√", "", "√", "", "√", "√"};
    }

    private static String[] with(String[] cells, int index, String value) {
        String[] copy = cells.clone();
        copy[index] = value;
        return copy;
    }

    private static String[] withMarks(String[] cells, String... marks) {
        String[] copy = cells.clone();
        System.arraycopy(marks, 0, copy, FIRST_MARK, marks.length);
        return copy;
    }

    /** One CSV line, quoting like a spreadsheet does. */
    private static String row(String... cells) {
        return Arrays.stream(cells)
                .map(c -> c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
                        ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                .collect(Collectors.joining(","));
    }

    /** Lines joined with Windows line breaks, as spreadsheets save them. */
    private static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private Path write(String text) throws IOException {
        return write(text.getBytes(UTF_8));
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("jiuye.csv"), bytes);
    }

    private Result read(String text) throws Exception {
        return reader.read(write(text));
    }

    private static String expectedId(String region, String domain, String level1, String level2)
            throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest((domain + "\0" + level1 + "\0" + level2).getBytes(UTF_8));
        return "cat-" + region + "-" + HexFormat.of().formatHex(hash, 0, 6);
    }

    private static List<String> reasons(Result result) {
        return result.errors().stream().map(RowError::reason).toList();
    }

    // ---- encodings ----

    static Stream<Arguments> encodings() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Function<String, byte[]> utf8Bom = s -> {
            byte[] body = s.getBytes(UTF_8);
            byte[] all = Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            return all;
        };
        Function<String, byte[]> utf8 = s -> s.getBytes(UTF_8);
        Function<String, byte[]> gbk = s -> s.getBytes(GBK);
        return Stream.of(
                Arguments.of("UTF-8 with BOM", utf8Bom, UTF_8),
                Arguments.of("UTF-8", utf8, UTF_8),
                Arguments.of("GBK", gbk, CatalogCsvReader.GB18030));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsUtf8WithAndWithoutBomAndGbk(String name, Function<String, byte[]> encode, Charset expected)
            throws Exception {
        // The first cell is quoted, right behind the BOM: a BOM left in would make its quotes literal
        // and split the title at its line break, leaving a stray row.
        String text = csv(row("安义县就业领域基层政务公开标准目录\n（2023年版）", "", ""),
                "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级",
                row("1", "就业政策法规", "就业创业扶持政策", JOB_CONTENT, JOB_BASIS, JOB_DEADLINE, JOB_SUBJECT,
                        "政府网站", "全社会", "主动", "县级"));
        Result result = reader.read(write(encode.apply(text)));

        assertThat(result.encoding()).isEqualTo(expected);
        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedRows()).isZero();
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.domain()).isEqualTo("就业");
            assertThat(item.level2()).isEqualTo("就业创业扶持政策");
            assertThat(item.subject()).isEqualTo(JOB_SUBJECT);
        });
    }

    static Stream<Arguments> notText() {
        String text = csv(TITLE, HEAD1, HEAD2, row(job("1", "就业政策法规", "就业创业扶持政策")));
        byte[] random = new byte[2048];
        new Random(20260610L).nextBytes(random);
        return Stream.of(
                Arguments.of("UTF-16LE", text.getBytes(StandardCharsets.UTF_16LE)),
                // Valid UTF-8 byte for byte, but every other character is NUL.
                Arguments.of("UTF-16LE, ASCII only", "1,360123102201\r\n".getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16 with BOM", text.getBytes(StandardCharsets.UTF_16)),
                Arguments.of("random bytes", random));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notText")
    void refusesBytesThatAreNeitherUtf8NorGbk(String name, byte[] bytes) throws Exception {
        Path file = write(bytes);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessageContaining("jiuye.csv")
                .hasMessageContaining("not UTF-8 or GBK text");
    }

    // ---- headers and values ----

    @Test
    void titleAndTwoRowHeaderWithMarksGiveEveryElement() throws Exception {
        String[] cells = withMarks(job("1", "就业政策法规", "就业创业扶持政策"), "", "√", "", "✓", "✔", "是");
        Result result = read(csv(TITLE, HEAD1, HEAD2, row(cells)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedRows()).isZero();
        assertThat(result.items()).containsExactly(new CatalogItem(
                expectedId("360123", "就业", "就业政策法规", "就业创业扶持政策"), "就业", "就业政策法规",
                "就业创业扶持政策", JOB_CONTENT, JOB_BASIS, JOB_DEADLINE, JOB_SUBJECT,
                List.of("政府网站", "政务服务中心", "便民服务站"), Audience.SPECIFIC_GROUP, Manner.ON_APPLICATION,
                Set.of(CatalogLevel.COUNTY, CatalogLevel.TOWNSHIP), Set.of(),
                new Scope(PublisherLevel.COUNTY, ANYI)));
    }

    static Stream<Arguments> headerSpellings() {
        return Stream.of(
                Arguments.of("full-width brackets", HEAD1),
                Arguments.of("line breaks, spaces, ASCII brackets", row("序号", "公开\n事项", "", "公开内容\r\n(要素)",
                        "公 开 依 据", "公开时限", " 公开主体 ", "公开渠道\n和载体", "公开\u3000对象", "", "公开方式", "",
                        "公开层级", "")),
                Arguments.of("plain 公开内容", HEAD1.replace("公开内容（要素）", "公开内容")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerSpellings")
    void headerNamesAreMatchedWithoutSpacesAndByContains(String name, String head1) throws Exception {
        Result result = read(csv(TITLE, head1, HEAD2, row(job("1", "就业政策法规", "就业创业扶持政策"))));

        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.content()).isEqualTo(JOB_CONTENT);
            assertThat(item.basis()).isEqualTo(JOB_BASIS);
            assertThat(item.channels()).containsExactly("政府网站", "政务服务中心", "便民服务站");
            assertThat(item.audience()).isEqualTo(Audience.PUBLIC);
        });
    }

    @Test
    void oneRowHeaderWithTextValues() throws Exception {
        String header = "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,"
                + "公开层级,五公开";
        Result result = read(csv(TITLE, header,
                row("1", "就业政策法规", "就业创业扶持政策", JOB_CONTENT, JOB_BASIS, JOB_DEADLINE, JOB_SUBJECT,
                        "政府网站", "全社会", "主动", "县级、乡级", "决策、执行"),
                row("2", "就业服务", "失业登记", "失业登记办理结果", JOB_BASIS, JOB_DEADLINE, "石鼻镇人民政府",
                        "便民服务站", "特定群体", "依申请公开", "镇级", "结果"),
                row("3", "就业服务", "职业介绍", "招聘信息", JOB_BASIS, JOB_DEADLINE, "石鼻镇人民政府",
                        "便民服务站", "全社会", "被动", "县级", "")));

        assertThat(result.items()).extracting(CatalogItem::audience, CatalogItem::manner, CatalogItem::levels,
                CatalogItem::fivePublic).containsExactly(
                        tuple(Audience.PUBLIC, Manner.PROACTIVE,
                                Set.of(CatalogLevel.COUNTY, CatalogLevel.TOWNSHIP),
                                Set.of(FivePublic.DECISION, FivePublic.IMPLEMENTATION)),
                        tuple(Audience.SPECIFIC_GROUP, Manner.ON_APPLICATION,
                                Set.of(CatalogLevel.TOWNSHIP), Set.of(FivePublic.RESULT)));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.reason()).isEqualTo("公开方式 (manner) '被动' is not one of 主动, 依申请");
        });
    }

    @Test
    void dataCellQuotingHeaderNamesIsNotAHeader() throws Exception {
        String content = "主动公开事项目录、依申请公开事项的公开内容和办理流程";
        Result result = read(csv(TITLE, HEAD1, HEAD2, row(with(job("1", "政府信息公开", "公开目录"), CONTENT, content))));

        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).singleElement().extracting(CatalogItem::content).isEqualTo(content);
    }

    @Test
    void oneRowHeaderWithOnlyPublicItemUsesItAsBothLevels() throws Exception {
        String header = "序号,公开事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级";
        Result result = read(csv(TITLE, header, row("1", "就业见习", "见习单位名单、见习补贴标准", JOB_BASIS,
                JOB_DEADLINE, JOB_SUBJECT, "政府网站", "全社会", "主动", "县级")));

        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.level1()).isEqualTo("就业见习");
            assertThat(item.level2()).isEqualTo("就业见习");
        });
    }

    @Test
    void townshipVariantAndVillageSubColumns() throws Exception {
        String head1 = HEAD1 + ",";
        String head2 = HEAD2.replace("县级,乡级", "县级,镇级,村级");
        String[] cells = Arrays.copyOf(job("1", "就业服务", "公益性岗位"), 15);
        cells = withMarks(cells, "√", "", "√", "", "", "√", "√");
        Result result = read(csv(TITLE, head1, head2, row(cells)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).singleElement().extracting(CatalogItem::levels)
                .isEqualTo(Set.of(CatalogLevel.TOWNSHIP, CatalogLevel.VILLAGE));
    }

    static Stream<Arguments> marks() {
        return Stream.of(
                Arguments.of(new String[] {"", "", "√", "", "√", ""}, "公开对象 (audience) has no √ mark"),
                Arguments.of(new String[] {"√", "", "", "", "√", ""}, "公开方式 (manner) has no √ mark"),
                Arguments.of(new String[] {"√", "", "√", "", "", ""}, "公开层级 (level) has no √ mark"),
                Arguments.of(new String[] {"√", "√", "√", "", "√", ""},
                        "公开对象 (audience) has more than one value (全社会, 特定群体)"),
                Arguments.of(new String[] {"√", "", "√", "", "有", ""},
                        "公开层级 (level): '有' under 县级 is not a √ mark"),
                Arguments.of(new String[] {"", "", "", "", "√", ""},
                        "公开对象 (audience) has no √ mark; 公开方式 (manner) has no √ mark"));
    }

    @ParameterizedTest
    @MethodSource("marks")
    void wrongMarksAreRowErrorsNamingTheColumn(String[] marks, String reason) throws Exception {
        Result result = read(csv(TITLE, HEAD1, HEAD2, row(withMarks(job("1", "就业服务", "失业登记"), marks))));

        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    static Stream<Arguments> channels() {
        return Stream.of(
                Arguments.of("政府网站、政务服务中心、便民服务站", List.of("政府网站", "政务服务中心", "便民服务站")),
                Arguments.of("■政府网站 □政务服务中心 ■便民服务站", List.of("政府网站", "政务服务中心", "便民服务站")),
                Arguments.of("■政府网站□政务服务中心\n■便民服务站■政府网站", List.of("政府网站", "政务服务中心", "便民服务站")),
                Arguments.of("政府网站，两微一端；村公示栏(电子屏)\r\n入户/现场",
                        List.of("政府网站", "两微一端", "村公示栏(电子屏)", "入户", "现场")),
                Arguments.of("政府网站; 12345热线,政府网站", List.of("政府网站", "12345热线")));
    }

    @ParameterizedTest
    @MethodSource("channels")
    void channelsFromTextOrChecklistKeepOrderWithoutRepeats(String cell, List<String> expected) throws Exception {
        Result result = read(csv(TITLE, HEAD1, HEAD2, row(with(job("1", "就业服务", "失业登记"), CHANNELS, cell))));

        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).singleElement().extracting(CatalogItem::channels).isEqualTo(expected);
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("安义县就业领域基层政务公开标准目录", "就业"),
                Arguments.of("安义县救灾领域基层政务公开标准目录", "救灾"),
                Arguments.of("安义县社会保险领域基层政务公开标准目录（2023年版）", "社会保险"),
                Arguments.of("安义县扶贫/乡村振兴领域基层政务公开标准目录", "乡村振兴"),
                Arguments.of("安义县扶贫领域基层政务公开标准目录", "乡村振兴"),
                Arguments.of("石鼻镇石鼻村村务公开目录", "村务"));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void titleNamesTheDomain(String title, String domain) throws Exception {
        Result result = read(csv(title + ",,,,", HEAD1, HEAD2, row(job("1", "就业服务", "失业登记"))));

        assertThat(result.items()).singleElement().extracting(CatalogItem::domain).isEqualTo(domain);
    }

    // ---- domains, regions, ids ----

    @Test
    void domainColumnWithBlanksCarriedDownAcrossTwoDomains() throws Exception {
        String header = "领域,序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级";
        Result result = read(csv("安义县基层政务公开标准目录,,,,,,,,,,,", header,
                row("就业", "1", "就业政策法规", "就业创业扶持政策", JOB_CONTENT, JOB_BASIS, JOB_DEADLINE, JOB_SUBJECT,
                        "政府网站", "全社会", "主动", "县级"),
                row("", "2", "", "就业困难人员认定", "认定条件、程序", JOB_BASIS, JOB_DEADLINE, JOB_SUBJECT,
                        "政务服务中心", "特定群体", "依申请", "县级"),
                row("社会救助", "3", "最低生活保障", "低保对象认定", "认定条件、办理流程、救助标准", "《社会救助暂行办法》",
                        "信息形成之日起20个工作日内", "安义县民政局", "政府网站、村公示栏(电子屏)", "全社会", "主动", "县级、乡级"),
                row("", "4", "", "低保金发放", "发放对象、金额（已去标识化）", "《社会救助暂行办法》", "每月", "石鼻镇人民政府",
                        "村公示栏(电子屏)", "特定群体", "主动", "乡级"),
                row("扶贫", "5", "防止返贫监测", "", "监测对象识别标准", "《关于建立防止返贫动态监测和帮扶机制的指导意见》",
                        "20个工作日内", "安义县乡村振兴局", "政府网站", "全社会", "主动", "县级")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).extracting(CatalogItem::domain, CatalogItem::level1, CatalogItem::level2)
                .containsExactly(
                        tuple("就业", "就业政策法规", "就业创业扶持政策"),
                        tuple("就业", "就业政策法规", "就业困难人员认定"),
                        tuple("社会救助", "最低生活保障", "低保对象认定"),
                        tuple("社会救助", "最低生活保障", "低保金发放"),
                        tuple("乡村振兴", "防止返贫监测", "防止返贫监测"));
    }

    @Test
    void newDomainDoesNotInheritTheLevel1ItemAbove() throws Exception {
        String header = "领域,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级";
        Result result = read(csv(header,
                row("就业", "就业政策法规", "就业创业扶持政策", JOB_CONTENT, JOB_BASIS, JOB_DEADLINE, JOB_SUBJECT,
                        "政府网站", "全社会", "主动", "县级"),
                row("社会救助", "", "低保对象认定", "认定条件", "《社会救助暂行办法》", "20个工作日内", "安义县民政局",
                        "政府网站", "全社会", "主动", "县级")));

        assertThat(result.items()).hasSize(1);
        assertThat(reasons(result)).containsExactly("一级事项 (level-1 item) is empty");
    }

    @Test
    void unknownDomainValueIsARowError() throws Exception {
        String header = "领域,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级";
        Result result = read(csv(header,
                row("交通运输", "农村公路", "建设养护", "年度计划", "《公路法》", "20个工作日内", "安义县交通运输局",
                        "政府网站", "全社会", "主动", "县级"),
                row("就业", "就业政策法规", "就业创业扶持政策", JOB_CONTENT, JOB_BASIS, JOB_DEADLINE, JOB_SUBJECT,
                        "政府网站", "全社会", "主动", "县级")));

        assertThat(result.items()).extracting(CatalogItem::domain).containsExactly("就业");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("领域 (domain) '交通运输' is not a known domain");
        });
    }

    @Test
    void regionColumnGivesEachRowItsScope() throws Exception {
        String header = "区划代码,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级";
        Function<String[], String> villageRow = v -> row(v[0], "村务公开", v[1], "公开内容", "《村民委员会组织法》",
                "每季度", "石鼻村村民委员会", "村公示栏(电子屏)", "全社会", "主动", "村级");
        Result result = read(csv("石鼻镇村务公开目录,,,", header,
                villageRow.apply(new String[] {"360123102201", "村级事务"}),
                villageRow.apply(new String[] {"360123102000", "乡镇事务"}),
                villageRow.apply(new String[] {"'360123102214", "燕坊村事务"}),
                villageRow.apply(new String[] {"", "县级事务"}),
                villageRow.apply(new String[] {"360124102201", "外县事务"}),
                villageRow.apply(new String[] {"3.60123E+11", "被改成数字"})));

        assertThat(result.items()).extracting(CatalogItem::scope).containsExactly(
                new Scope(PublisherLevel.VILLAGE, RegionCode.of("360123102201")),
                new Scope(PublisherLevel.TOWNSHIP, RegionCode.of("360123102")),
                new Scope(PublisherLevel.VILLAGE, RegionCode.of("360123102214")),
                new Scope(PublisherLevel.COUNTY, ANYI));
        assertThat(result.items().get(0).id())
                .isEqualTo(expectedId("360123102201", "村务", "村务公开", "村级事务"));
        assertThat(reasons(result)).containsExactly(
                "区划代码 (region code) 360124102201 is outside 360123",
                "区划代码 (region code) '3.60123E+11' is not 6, 9 or 12 digits (the spreadsheet turned it into a"
                        + " number: format the column as text)");
    }

    @Test
    void withoutRegionColumnTheDefaultRegionIsUsed() throws Exception {
        CatalogCsvReader township = new CatalogCsvReader(RegionCode.of("360123102"));
        Result result = township.read(write(csv(TITLE, HEAD1, HEAD2, row(job("1", "就业服务", "公益性岗位")))));

        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.scope()).isEqualTo(new Scope(PublisherLevel.TOWNSHIP, RegionCode.of("360123102")));
            assertThat(item.id()).isEqualTo(expectedId("360123102", "就业", "就业服务", "公益性岗位"));
        });
    }

    @Test
    void idsAreDeterministicAndIndependentOfRowOrder() throws Exception {
        String[] a = job("1", "就业政策法规", "就业创业扶持政策");
        String[] b = job("2", "就业服务", "失业登记");
        Result first = read(csv(TITLE, HEAD1, HEAD2, row(a), row(b)));
        Result again = read(csv(TITLE, HEAD1, HEAD2, row(a), row(b)));
        Result reordered = read(csv(TITLE, HEAD1, HEAD2, row(with(b, 0, "1")), "", row(with(a, 0, "2"))));

        assertThat(first.items()).hasSize(2).isEqualTo(again.items());
        assertThat(reordered.items()).extracting(CatalogItem::id)
                .containsExactlyInAnyOrderElementsOf(first.items().stream().map(CatalogItem::id).toList());
        assertThat(first.items()).extracting(CatalogItem::id).containsExactly(
                expectedId("360123", "就业", "就业政策法规", "就业创业扶持政策"),
                expectedId("360123", "就业", "就业服务", "失业登记"));
    }

    @Test
    void sameItemTwiceIsARowErrorNamingTheFirstRow() throws Exception {
        Result result = read(csv(TITLE, HEAD1, HEAD2,
                row(job("1", "就业服务", "失业登记")),
                row(with(job("2", "就业服务", "失业登记"), CONTENT, "失业登记办理流程"))));

        assertThat(result.items()).extracting(CatalogItem::content).containsExactly(JOB_CONTENT);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.reason()).startsWith("same item as row 4");
        });
    }

    // ---- row structure ----

    @Test
    void rowNumberAfterMultiLineCellsIsTheFileLine() throws Exception {
        String text = csv(TITLE, HEAD1, HEAD2,
                row(with(job("1", "就业政策法规", "就业创业扶持政策"), CONTENT, "一、稳就业政策措施\r\n二、创业担保贷款\r\n三、就业见习补贴")),
                row(with(job("2", "就业服务", "失业登记"), BASIS, "《失业保险条例》\r\n《就业服务与就业管理规定》")),
                "",
                row(with(job("3", "就业服务", "职业介绍"), BASIS, "")));
        Result result = read(text);

        // Lines: title 1, header 2-3, first row 4-6, second row 7-8, empty line 9, bad row 10.
        assertThat(lineOf(text, "职业介绍")).isEqualTo(10);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(10);
            assertThat(e.reason()).isEqualTo("公开依据 (legal basis) is empty");
            assertThat(e).hasToString("jiuye.csv row 10: 公开依据 (legal basis) is empty");
        });
        assertThat(result.items()).extracting(CatalogItem::content)
                .containsExactly("一、稳就业政策措施\n二、创业担保贷款\n三、就业见习补贴", JOB_CONTENT);
        assertThat(result.skippedRows()).isZero();
    }

    private static int lineOf(String text, String marker) {
        return (int) text.substring(0, text.indexOf(marker)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void mergedLevel1BlanksAreCarriedDownAndEmptyLevel2IsLevel1() throws Exception {
        Result result = read(csv(TITLE, HEAD1, HEAD2,
                row(job("1", "就业政策法规", "就业创业扶持政策")),
                row(job("2", "", "就业困难人员认定")),
                row(job("3", "", "高校毕业生基层就业")),
                row(job("4", "就业见习", ""))));

        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).extracting(CatalogItem::level1, CatalogItem::level2).containsExactly(
                tuple("就业政策法规", "就业创业扶持政策"),
                tuple("就业政策法规", "就业困难人员认定"),
                tuple("就业政策法规", "高校毕业生基层就业"),
                tuple("就业见习", "就业见习"));
    }

    @Test
    void notesAreSkippedAndCountedEmptyRowsSilently() throws Exception {
        Result result = read(csv(TITLE, "（2023年版）,,,,", HEAD1, HEAD2,
                row(job("1", "就业服务", "失业登记")),
                ",,,,,,,,,,,,,",
                "",
                "注：公开层级中“县级”指县直部门，“乡级”指乡镇人民政府。,,,,,,,,,,,,,",
                "备注：本目录每年更新一次,,,,",
                "说明：特定群体公开事项不在政府网站公开。"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).hasSize(1);
        assertThat(result.skippedRows()).isEqualTo(4); // the subtitle and the three notes
    }

    @Test
    void rowLackingColumnsNamesEveryMissingOne() throws Exception {
        String[] cells = job("1", "就业服务", "失业登记");
        cells = with(with(with(cells, CONTENT, ""), BASIS, " "), SUBJECT, "");
        Result result = read(csv(TITLE, HEAD1, HEAD2, row(cells),
                row(with(with(job("2", "", "职业介绍"), DEADLINE, ""), CHANNELS, "■ □")),
                "5,,,,,,,,,,,,,"));

        assertThat(reasons(result)).containsExactly(
                "公开内容 (content), 公开依据 (legal basis), 公开主体 (responsible body) are empty",
                "公开时限 (deadline), 公开渠道和载体 (channels) are empty",
                "公开内容 (content), 公开依据 (legal basis), 公开时限 (deadline), 公开主体 (responsible body),"
                        + " 公开渠道和载体 (channels) are empty; 公开对象 (audience) has no √ mark; 公开方式 (manner)"
                        + " has no √ mark; 公开层级 (level) has no √ mark");
        assertThat(result.errors()).extracting(RowError::row).containsExactly(4, 5, 6);
    }

    @Test
    void secondTitleStartsANewTable() throws Exception {
        String[] relief = {"1", "最低生活保障", "低保对象认定", "认定条件、办理流程、救助标准", "《社会救助暂行办法》",
            "信息形成之日起20个工作日内", "安义县民政局", "政府网站、村公示栏(电子屏)", "√", "", "√", "", "√", "√"};
        Result result = read(csv(TITLE, HEAD1, HEAD2,
                row(job("1", "就业服务", "失业登记")),
                "注：本表由县人社局填报。,,,",
                "",
                "安义县社会救助领域基层政务公开标准目录,,,,,,,,,,,,,",
                HEAD1, HEAD2,
                row(relief),
                row(with(with(relief, L1, ""), L2, "低保金发放")),
                row(with(with(relief, L1, ""), L2, "低保金发放")),
                // The header repeated on a new printed page keeps the domain; level 1 starts afresh.
                HEAD1, HEAD2,
                row(with(with(relief, L1, ""), L2, "特困人员供养"))));

        assertThat(result.items()).extracting(CatalogItem::domain, CatalogItem::level2).containsExactly(
                tuple("就业", "失业登记"),
                tuple("社会救助", "低保对象认定"),
                tuple("社会救助", "低保金发放"));
        assertThat(result.errors()).extracting(RowError::row, RowError::reason).containsExactly(
                tuple(12, "same item as row 11 (社会救助 / 最低生活保障 / 低保金发放)"),
                tuple(15, "一级事项 (level-1 item) is empty"));
        assertThat(result.skippedRows()).isEqualTo(1);
    }

    // ---- file-level problems ----

    @Test
    void fileWithoutHeaderIsRefusedNamingIt() throws Exception {
        Path file = write(csv(TITLE, "序号,事项名称,内容,依据", row("1", "就业服务", "失业登记", JOB_BASIS)));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith("jiuye.csv: no header row found")
                .hasMessageContaining("公开内容");
        Path empty = write(new byte[0]);
        assertThatThrownBy(() -> reader.read(empty)).hasMessageContaining("no header row found");
    }

    @Test
    void fileWithoutDomainIsRefusedSayingWhatToAdd() throws Exception {
        Path file = write(csv("安义县基层政务公开标准目录,,,,", HEAD1, HEAD2, row(job("1", "就业服务", "失业登记"))));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith("jiuye.csv: no domain")
                .hasMessageContaining("title row")
                .hasMessageContaining("领域 column");
    }

    @Test
    void headerLackingARequiredColumnIsRefused() throws Exception {
        Path file = write(csv(TITLE, HEAD1.replace("公开依据", "备注"), HEAD2, row(job("1", "就业服务", "失业登记"))));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("jiuye.csv: the header at row 2 has no 公开依据 (legal basis) column");
    }

    @Test
    void unclosedQuoteIsAFileError() throws Exception {
        Path file = write(csv(TITLE, HEAD1, HEAD2, row(job("1", "就业服务", "失业登记")) + ",\"未闭合"));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith("jiuye.csv: broken CSV");
    }

    @Test
    void missingFileIsAFileError() {
        Path file = dir.resolve("missing.csv");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith("missing.csv: cannot be read");
    }

    @Test
    void resultListsAreUnmodifiable() throws Exception {
        Result result = read(csv(TITLE, HEAD1, HEAD2, row(job("1", "就业服务", "失业登记"))));
        List<CatalogItem> items = result.items();
        assertThatThrownBy(() -> items.add(items.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(result.errors()).isEmpty();
    }
}
