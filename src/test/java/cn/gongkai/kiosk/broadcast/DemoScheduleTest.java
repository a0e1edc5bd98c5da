package cn.gongkai.kiosk.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.config.ConfigLoader;
import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.QuietHours;
import cn.gongkai.kiosk.feed.ContentFolder;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's schedule (assets/demo/content/broadcasts.json) with the shipped quiet hours
 * (kiosk-config/kiosk.json), day by day around 2026-11-26 (a Thursday).
 */
class DemoScheduleTest {
    static ContentSet demo;
    static KioskConfig config;

    @BeforeAll
    static void read() throws Exception {
        demo = ContentFolder.read(Path.of("assets/demo/content"));
        config = ConfigLoader.load(Path.of("kiosk-config"));
    }

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(config.timeZone());
    }

    private static List<String> day(String date) {
        return BroadcastPlanner.plan(demo.broadcasts(), config.broadcast().quietHours(), at(date + "T00:00"),
                at(date + "T00:00").plusDays(1)).stream()
                .map(p -> p.at().toLocalTime() + " " + p.id()).toList();
    }

    @Test
    void aWorkingDayHasOfficeHoursHourlyRemindersThePolicyAndTheUrgentWarning() {
        List<String> thursday = day("2026-11-26");
        assertThat(thursday).startsWith("08:30 bc-office-hours", "09:00 bc-medical-insurance",
                "09:30 bc-elderly-allowance", "09:45 bc-fire-warning", "10:00 bc-medical-insurance",
                "10:15 bc-policy-jobs");
        assertThat(thursday).contains("11:45 bc-fire-warning", "14:00 bc-office-hours", "14:00 bc-medical-insurance",
                "15:15 bc-policy-jobs", "16:45 bc-fire-warning", "17:00 bc-medical-insurance");
        // 12:00-14:00 is the lunch break: the hourly reminders due then are skipped.
        assertThat(thursday).noneMatch(s -> s.startsWith("12:") || s.startsWith("13:"));
        assertThat(thursday).hasSize(2 + 7 + 6 + 2 + 3);
    }

    @Test
    void saturdayHasTheDutyNoticeAndSundayOnlyTheDailyOnes() {
        assertThat(day("2026-11-28")).containsExactly("09:00 bc-saturday-duty", "09:45 bc-fire-warning",
                "10:15 bc-policy-jobs", "11:45 bc-fire-warning", "15:15 bc-policy-jobs", "16:45 bc-fire-warning");
        assertThat(day("2026-11-29")).containsExactly("09:45 bc-fire-warning", "10:15 bc-policy-jobs",
                "11:45 bc-fire-warning", "15:15 bc-policy-jobs", "16:45 bc-fire-warning");
    }

    @Test
    void theUrgentWarningEndsAfterDecember5AndTheInsuranceReminderWithTheYear() {
        assertThat(day("2026-12-05")).contains("16:45 bc-fire-warning");
        assertThat(day("2026-12-07")).noneMatch(s -> s.contains("bc-fire-warning"));
        assertThat(day("2026-12-31")).contains("17:00 bc-medical-insurance", "15:15 bc-policy-jobs");
        assertThat(day("2027-01-04")).noneMatch(s -> s.contains("bc-medical-insurance") || s.contains("bc-policy-jobs"))
                .contains("08:30 bc-office-hours", "09:30 bc-elderly-allowance");
    }

    @Test
    void everyEntryChimesIsReadableAloudAndTheUrgentOneFollowsAnUrgentNotice() {
        assertThat(demo.broadcasts()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(b -> {
            assertThat(b.chime()).as(b.id()).isTrue();
            assertThat(b.text()).as(b.id()).isNotBlank().hasSizeLessThan(300)
                    .doesNotContainPattern("\\d{1,2}:\\d{2}"); // clock times in words, as they are spoken
            assertThat(b.scope().region().digits()).isEqualTo("360123102");
        });
        BroadcastEntry urgent = demo.broadcasts().stream().filter(BroadcastEntry::urgent).findFirst().orElseThrow();
        assertThat(demo.broadcasts()).filteredOn(BroadcastEntry::urgent).hasSize(1);
        assertThat(urgent.title()).contains("示例");
        Notice fire = demo.notices().stream().filter(n -> n.id().equals("notice-003")).findFirst().orElseThrow();
        assertThat(fire.urgent()).isTrue();
        assertThat(fire.inForceOn(urgent.validFrom())).isTrue();
        assertThat(fire.inForceOn(urgent.validUntil())).isTrue();
    }

    @Test
    void officeHoursAgreeWithTheNoticeAndFallOutsideQuietHours() {
        QuietHours quiet = config.broadcast().quietHours();
        BroadcastEntry office = demo.broadcasts().stream().filter(b -> b.id().equals("bc-office-hours")).findFirst()
                .orElseThrow();
        assertThat(office.schedule().timesOfDay()).containsExactly(LocalTime.of(8, 30), LocalTime.of(14, 0))
                .noneMatch(quiet::contains);
        Notice hours = demo.notices().stream().filter(n -> n.id().equals("notice-001")).findFirst().orElseThrow();
        assertThat(hours.body()).contains("上午8:30—12:00，下午14:00—17:30");
        assertThat(office.text()).contains("上午八点半到十二点，下午两点到五点半");
    }
}
