package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.domain.BroadcastEntry.Every;
import cn.gongkai.kiosk.domain.BroadcastEntry.Priority;
import cn.gongkai.kiosk.domain.BroadcastEntry.Schedule;
import cn.gongkai.kiosk.domain.BroadcastEntry.Times;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A schedule entry checks itself where it enters, with messages naming the field. */
class BroadcastEntryTest {
    private static final Scope SCOPE = Scope.of(PublisherLevel.TOWNSHIP, "360123102");
    private static final Times AT_0830 = new Times(List.of(LocalTime.of(8, 30)));

    private static BroadcastEntry entry(String text, String audio, Schedule schedule, LocalDate from, LocalDate until,
                                        int repeat) {
        return new BroadcastEntry("bc-1", "办公时间", text, audio, schedule, Set.of(), from, until, Priority.NORMAL,
                true, repeat, SCOPE);
    }

    private static BroadcastEntry entry(String text, String audio) {
        return entry(text, audio, AT_0830, null, null, 1);
    }

    @Test
    void textIsRequiredUnlessARecordingIsGiven() {
        assertThatThrownBy(() -> entry("  ", null)).hasMessageStartingWith("text:");
        BroadcastEntry audioOnly = entry(null, "media/360123102/办公时间.wav");
        assertThat(audioOnly.text()).isEmpty();
        assertThat(audioOnly.hasAudio()).isTrue();
        assertThat(entry(" 上午八点半开门。 ", "").hasAudio()).isFalse();
        assertThat(entry(" 上午八点半开门。 ", null).text()).isEqualTo("上午八点半开门。");
    }

    @Test
    void audioMustNameAFeedMediaFile() {
        for (String bad : List.of("办公时间.wav", "media/", "media/../keys/x.wav", "/media/x.wav", "media/a\\b.wav",
                "media//x.wav")) {
            assertThatThrownBy(() -> entry("文字", bad)).as(bad).hasMessageStartingWith("audio:");
        }
    }

    @Test
    void idTitleScopeAndPriorityAreChecked() {
        assertThatThrownBy(() -> new BroadcastEntry("bad id", "t", "x", null, AT_0830, Set.of(), null, null,
                Priority.NORMAL, true, 1, SCOPE)).hasMessageStartingWith("id:");
        assertThatThrownBy(() -> new BroadcastEntry("bc", " ", "x", null, AT_0830, Set.of(), null, null,
                Priority.NORMAL, true, 1, SCOPE)).hasMessageStartingWith("title:");
        assertThatThrownBy(() -> new BroadcastEntry("bc", "t", "x", null, AT_0830, Set.of(), null, null,
                null, true, 1, SCOPE)).hasMessageStartingWith("priority");
        assertThatThrownBy(() -> new BroadcastEntry("bc", "t", "x", null, null, Set.of(), null, null,
                Priority.NORMAL, true, 1, SCOPE)).hasMessageStartingWith("schedule:");
        assertThatThrownBy(() -> new BroadcastEntry("bc", "t", "x", null, AT_0830, Set.of(), null, null,
                Priority.NORMAL, true, 1, null)).hasMessageStartingWith("scope");
    }

    @Test
    void repeatIsOneToFive() {
        assertThat(entry("x", null, AT_0830, null, null, 5).repeat()).isEqualTo(5);
        assertThatThrownBy(() -> entry("x", null, AT_0830, null, null, 0)).hasMessage("repeat: must be 1 to 5, got 0");
        assertThatThrownBy(() -> entry("x", null, AT_0830, null, null, 6)).hasMessageStartingWith("repeat:");
    }

    @Test
    void untilBeforeFromIsRejectedAndTheSameDayIsAllowed() {
        LocalDate d = LocalDate.of(2026, 11, 26);
        assertThatThrownBy(() -> entry("x", null, AT_0830, d, d.minusDays(1), 1)).hasMessageStartingWith("validUntil:");
        BroadcastEntry one = entry("x", null, AT_0830, d, d, 1);
        assertThat(one.playsOn(d)).isTrue();
        assertThat(one.playsOn(d.plusDays(1))).isFalse();
        assertThat(one.playsOn(d.minusDays(1))).isFalse();
    }

    @Test
    void timesMustBeGivenOnceEachInWholeMinutesAndAreSorted() {
        assertThatThrownBy(() -> new Times(List.of())).hasMessageStartingWith("times:");
        assertThatThrownBy(() -> new Times(List.of(LocalTime.of(8, 30), LocalTime.of(8, 30))))
                .hasMessage("times: 08:30 appears twice");
        assertThatThrownBy(() -> new Times(List.of(LocalTime.of(8, 30, 15)))).hasMessageStartingWith("times:");
        assertThat(new Times(List.of(LocalTime.of(14, 0), LocalTime.of(8, 30))).times())
                .containsExactly(LocalTime.of(8, 30), LocalTime.of(14, 0));
    }

    @Test
    void everyNeedsFiveToSevenHundredTwentyMinutesAndAWindowWithinOneDay() {
        assertThatThrownBy(() -> new Every(4, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .hasMessageStartingWith("every.minutes:");
        assertThatThrownBy(() -> new Every(721, LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .hasMessageStartingWith("every.minutes:");
        assertThatThrownBy(() -> new Every(60, LocalTime.of(18, 0), LocalTime.of(8, 0)))
                .hasMessageStartingWith("every.end:").hasMessageContaining("midnight");
        assertThat(new Every(60, LocalTime.of(9, 0), LocalTime.of(17, 0)).timesOfDay()).hasSize(9)
                .startsWith(LocalTime.of(9, 0)).endsWith(LocalTime.of(17, 0));
        assertThat(new Every(5, LocalTime.MIN, LocalTime.of(23, 59)).timesOfDay()).hasSize(288);
    }

    @Test
    void daysOfWeekLimitThePlaysAndNoneMeansEveryDay() {
        BroadcastEntry workdays = new BroadcastEntry("bc", "t", "x", null, AT_0830,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, null, Priority.NORMAL, true, 1, SCOPE);
        assertThat(workdays.playsOn(LocalDate.of(2026, 11, 27))).isTrue(); // Friday
        assertThat(workdays.playsOn(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(workdays.dayKeys()).containsExactly("mon", "tue", "wed", "thu", "fri");
        BroadcastEntry daily = entry("x", null);
        assertThat(daily.days()).isEmpty();
        assertThat(daily.playsOn(LocalDate.of(2026, 11, 29))).isTrue();
    }

    @Test
    void dayKeysRoundTrip() {
        for (DayOfWeek d : DayOfWeek.values()) {
            assertThat(BroadcastEntry.dayFromKey(BroadcastEntry.dayKey(d))).isEqualTo(d);
        }
        assertThatThrownBy(() -> BroadcastEntry.dayFromKey("周一")).hasMessageStartingWith("days:");
        assertThat(Priority.fromKey("urgent")).isEqualTo(Priority.URGENT);
        assertThatThrownBy(() -> Priority.fromKey("high")).hasMessageStartingWith("priority:");
    }
}
