package cn.gongkai.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.Beneficiary;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.InfoTable;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.RegionCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaoRoundTripTest {
    private static final RegionCode KIOSK = RegionCode.of(Samples.KIOSK);

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("kiosk.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void fundRoundTripsWithMaskedBeneficiariesInOrder() {
        FundDisclosure fund = Samples.fund("fund-1", "360123102", List.of(
                new Beneficiary("张三明", "360123199001011234", "6217001234567891234", "石鼻村",
                        new BigDecimal("1234.50"), "首次"),
                new Beneficiary("欧阳小明", "36012319650312569X", "6228488171540863900", "东山村",
                        new BigDecimal("0.01"), null),
                new Beneficiary("李四", null, null, null, BigDecimal.ZERO, null)));
        Samples.replace(db, Samples.set(List.of(), List.of(), List.of(fund), List.of()), 1);

        FundDisclosure read = new FundDao(db, KIOSK).byId("fund-1").orElseThrow();
        assertThat(read).isEqualTo(fund);
        assertThat(read.beneficiaries()).extracting(Beneficiary::name).containsExactly("张*明", "欧**明", "李*");
        assertThat(read.beneficiaries().get(1).idNumber()).isEqualTo("3601**********569X");
        assertThat(read.amounts().total()).isEqualByComparingTo("160.75");
        assertThat(read.amounts().county()).isEqualTo(new BigDecimal("10.25"));
        assertThat(read.postedUntil()).isEqualTo(LocalDate.of(2026, 5, 17));

        // and the database itself never holds the full numbers
        assertThat(Samples.count(db, "SELECT count(*) FROM fund_beneficiary WHERE id_number LIKE '%1990010112%'"
                + " OR bank_account LIKE '6217%' OR name = '张三明'")).isZero();
    }

    @Test
    void fundsAreListedNewestFirst() {
        FundDisclosure older = Samples.fund("fund-a", "360123102");
        FundDisclosure newer = new FundDisclosure("fund-b", "新项目", "", "", "省级资金", "", older.amounts(),
                "镇财政所", "", List.of(), "", null, LocalDate.of(2026, 9, 1), null, "0791-1", "", older.scope());
        Samples.replace(db, Samples.set(List.of(), List.of(), List.of(older, newer), List.of()), 1);
        List<FundDisclosure> list = new FundDao(db, KIOSK).list();
        assertThat(list).extracting(FundDisclosure::id).containsExactly("fund-b", "fund-a");
        assertThat(list.get(0)).isEqualTo(newer);
        assertThat(list.get(0).startDate()).isNull();
    }

    @Test
    void policyRoundTripsKeyPointsAndTables() {
        Policy policy = Samples.policy("pol-1", "360123");
        Samples.replace(db, Samples.set(List.of(), List.of(policy), List.of(), List.of()), 1);

        Policy read = new PolicyDao(db, KIOSK).byId("pol-1").orElseThrow();
        assertThat(read.keyPoints()).containsExactly(new Policy.KeyPoint("补贴对象", "本县户籍"),
                new Policy.KeyPoint("补贴标准", ""));
        assertThat(read.tables()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("标准表");
            assertThat(t.columns()).containsExactly("类别", "标准");
            assertThat(t.rows()).containsExactly(List.of("一类", "300元"), List.of("二类", ""));
        });
        assertThat(read.effective()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(read.expires()).isNull();
        assertThat(read.body()).isEqualTo("一、第一条。\n二、第二条。");
        assertThat(read).isEqualTo(policy);
    }

    @Test
    void policiesAreListedNewestFirst() {
        Policy a = Samples.policy("pol-a", "360123");
        Policy b = new Policy("pol-b", "新政策", "", "县政府", LocalDate.of(2026, 8, 1), null,
                LocalDate.of(2027, 8, 1), "", "", "正文", "", List.of(), List.of(
                        new InfoTable("", List.of("只有一列"), List.of())), a.scope());
        Samples.replace(db, Samples.set(List.of(), List.of(a, b), List.of(), List.of()), 1);
        List<Policy> list = new PolicyDao(db, KIOSK).list();
        assertThat(list).extracting(Policy::id).containsExactly("pol-b", "pol-a");
        assertThat(list.get(0)).isEqualTo(b);
    }

    @Test
    void noticeRoundTripsAndUrgentComeFirst() {
        Notice old = Samples.notice("n-old", "360123102", LocalDate.of(2026, 1, 1), false);
        Notice recent = Samples.notice("n-new", "360123102", LocalDate.of(2026, 11, 1), false);
        Notice urgent = Samples.notice("n-urgent", "360123", LocalDate.of(2025, 6, 1), true);
        Notice open = new Notice("n-open", "长期公告", null, "正文", "镇政府", LocalDate.of(2026, 5, 1), null, null,
                false, Samples.scope("360123102201"));
        Samples.replace(db, Samples.set(List.of(), List.of(), List.of(), List.of(old, recent, urgent, open)), 1);

        NoticeDao dao = new NoticeDao(db, KIOSK);
        assertThat(dao.list()).extracting(Notice::id).containsExactly("n-urgent", "n-new", "n-open", "n-old");
        assertThat(dao.byId("n-urgent")).contains(urgent);
        Notice readOpen = dao.byId("n-open").orElseThrow();
        assertThat(readOpen).isEqualTo(open);
        assertThat(readOpen.validUntil()).isNull();
        assertThat(readOpen.category()).isEqualTo("通知");
    }
}
