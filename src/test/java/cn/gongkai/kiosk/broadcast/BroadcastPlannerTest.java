package cn.gongkai.kiosk.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.BroadcastEntry.Every;
import cn.gongkai.kiosk.domain.BroadcastEntry.Priority;
import cn.gongkai.kiosk.domain.BroadcastEntry.Schedule;
import cn.gongkai.kiosk.domain.BroadcastEntry.Times;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.QuietHours;
import cn.gongkai.kiosk.domain.Scope;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schedule as a pure function, on fixed times around 2026-11-26 (a Thursday) in Jiangxi:
 * days, weeks, month and year ends, leap day, date ranges, every-N windows, quiet hours and the
 * order of plays due together. Expected plays are written out as local times, so a failure shows
 * which play is missing or extra.
 */
class BroadcastPlannerTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final QuietHours NONE = QuietHours.none();
    static final QuietHours HALL = QuietHours.parse(List.of("12:00-14:00", "18:00-08:00"));

    // ---- helpers --------------------------------------------------------------------------------

    static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI);
    }

    static Times times(String... hhmm) {
        return new Times(Arrays.stream(hhmm).map(LocalTime::parse).toList());
    }

    static Every every(int minutes, String start, String end) {
        return new Every(minutes, LocalTime.parse(start), LocalTime.parse(end));
    }

    static BroadcastEntry entry(String id, Schedule schedule) {
        return entry(id, schedule, Set.of(), null, null, Priority.NORMAL);
    }

    static BroadcastEntry entry(String id, Schedule schedule, Set<DayOfWeek> days, String from, String until,
                                Priority priority) {
        return new BroadcastEntry(id, "标题 " + id, "播报内容 " + id, null, schedule, days,
                from == null ? null : LocalDate.parse(from), until == null ? null : LocalDate.parse(until), priority,
                true, 1, Scope.of(PublisherLevel.TOWNSHIP, "360123102"));
    }

    static BroadcastEntry urgent(String id, Schedule schedule) {
        return entry(id, schedule, Set.of(), null, null, Priority.URGENT);
    }

    /** Plays as "yyyy-MM-ddTHH:mm id" in the plan's zone. */
    static List<String> show(List<PlannedPlay> plays) {
        return plays.stream().map(p -> p.at().toLocalDateTime() + " " + p.id()).toList();
    }

    static List<String> plan(List<BroadcastEntry> entries, QuietHours quiet, String from, String to) {
        return show(BroadcastPlanner.plan(entries, quiet, at(from), at(to)));
    }

    // ---- empty and bounds -----------------------------------------------------------------------

    @Test
    void anEmptyScheduleMakesNoPlays() {
        assertThat(BroadcastPlanner.plan(List.of(), HALL, at("2026-11-26T00:00"), at("2026-12-26T00:00"))).isEmpty();
        assertThat(BroadcastPlanner.next(List.of(), HALL, at("2026-11-26T00:00"))).isEmpty();
        BroadcastPlanner.Plan full = BroadcastPlanner.fullPlan(List.of(), HALL, at("2026-11-26T00:00"),
                at("2026-11-27T00:00"));
        assertThat(full.plays()).isEmpty();
        assertThat(full.skipped()).isEmpty();
    }

    @Test
    void anEmptyOrReversedRangeMakesNoPlays() {
        List<BroadcastEntry> e = List.of(entry("a", times("08:30")));
        assertThat(plan(e, NONE, "2026-11-26T08:30", "2026-11-26T08:30")).isEmpty();
        assertThat(plan(e, NONE, "2026-11-27T08:30", "2026-11-26T08:30")).isEmpty();
    }

    @Test
    void fromIsInclusiveAndToIsExclusive() {
        List<BroadcastEntry> e = List.of(entry("a", times("08:30", "14:00")));
        assertThat(plan(e, NONE, "2026-11-26T08:30", "2026-11-26T14:00")).containsExactly("2026-11-26T08:30 a");
        assertThat(plan(e, NONE, "2026-11-26T08:31", "2026-11-26T14:01")).containsExactly("2026-11-26T14:00 a");
    }

    @Test
    void timesOfDayPlayEveryDayInTimeOrder() {
        List<BroadcastEntry> e = List.of(entry("a", times("14:00", "08:30")));
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-11-29T00:00")).containsExactly(
                "2026-11-26T08:30 a", "2026-11-26T14:00 a",
                "2026-11-27T08:30 a", "2026-11-27T14:00 a",
                "2026-11-28T08:30 a", "2026-11-28T14:00 a");
    }

    // ---- days of the week -----------------------------------------------------------------------

    @Test
    void workingDaysSkipTheWeekend() {
        List<BroadcastEntry> e = List.of(entry("office", times("08:30"), WORKDAYS, null, null, Priority.NORMAL));
        // Thu 26, Fri 27, Sat 28, Sun 29, Mon 30
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-12-01T00:00")).containsExactly(
                "2026-11-26T08:30 office", "2026-11-27T08:30 office", "2026-11-30T08:30 office");
    }

    @Test
    void weekBoundaryFromSundayToMonday() {
        List<BroadcastEntry> e = List.of(entry("w", times("23:50", "00:10"),
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), null, null, Priority.NORMAL));
        assertThat(plan(e, NONE, "2026-11-28T00:00", "2026-12-02T00:00")).containsExactly(
                "2026-11-29T00:10 w", "2026-11-29T23:50 w", "2026-11-30T00:10 w", "2026-11-30T23:50 w");
    }

    @Test
    void aSingleWeekdayPlaysOncePerWeek() {
        List<BroadcastEntry> e = List.of(entry("sat", times("09:00"), EnumSet.of(DayOfWeek.SATURDAY), null, null,
                Priority.NORMAL));
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-12-24T00:00")).containsExactly(
                "2026-11-28T09:00 sat", "2026-12-05T09:00 sat", "2026-12-12T09:00 sat", "2026-12-19T09:00 sat");
    }

    // ---- month ends, leap day, year end ---------------------------------------------------------

    @Test
    void monthEndJanuary31ToFebruary1() {
        List<BroadcastEntry> e = List.of(entry("d", times("10:00")));
        assertThat(plan(e, NONE, "2027-01-30T12:00", "2027-02-02T00:00")).containsExactly(
                "2027-01-31T10:00 d", "2027-02-01T10:00 d");
    }

    @Test
    void februaryEndsOnThe28thInACommonYear() {
        List<BroadcastEntry> e = List.of(entry("d", times("10:00")));
        assertThat(plan(e, NONE, "2027-02-27T11:00", "2027-03-02T00:00")).containsExactly(
                "2027-02-28T10:00 d", "2027-03-01T10:00 d");
    }

    @Test
    void leapDayPlaysIn2028() {
        List<BroadcastEntry> e = List.of(entry("d", times("10:00")));
        assertThat(plan(e, NONE, "2028-02-28T11:00", "2028-03-01T11:00")).containsExactly(
                "2028-02-29T10:00 d", "2028-03-01T10:00 d");
        assertThat(BroadcastPlanner.plan(e, NONE, at("2028-01-01T00:00"), at("2029-01-01T00:00"))).hasSize(366);
    }

    @Test
    void aRangeMayEndOnFebruary29() {
        List<BroadcastEntry> e = List.of(entry("leap", times("10:00"), Set.of(), "2028-02-27", "2028-02-29",
                Priority.NORMAL));
        assertThat(plan(e, NONE, "2028-02-01T00:00", "2028-04-01T00:00")).containsExactly(
                "2028-02-27T10:00 leap", "2028-02-28T10:00 leap", "2028-02-29T10:00 leap");
    }

    @Test
    void yearEndCarriesOnIntoTheNewYear() {
        List<BroadcastEntry> e = List.of(entry("y", times("00:15", "23:30")));
        assertThat(plan(e, NONE, "2026-12-31T12:00", "2027-01-01T12:00")).containsExactly(
                "2026-12-31T23:30 y", "2027-01-01T00:15 y");
    }

    @Test
    void monthEndsOfEveryLengthFollowOneAnother() {
        List<BroadcastEntry> e = List.of(entry("m", times("09:00")));
        List<PlannedPlay> plays = BroadcastPlanner.plan(e, NONE, at("2026-11-29T00:00"), at("2027-03-03T00:00"));
        assertThat(plays).hasSize(2 + 31 + 31 + 28 + 2);
        for (int i = 1; i < plays.size(); i++) {
            assertThat(plays.get(i - 1).at().toLocalDate().plusDays(1)).isEqualTo(plays.get(i).at().toLocalDate());
        }
    }

    // ---- date ranges ----------------------------------------------------------------------------

    @Test
    void aDateRangeStartsAndEndsInclusively() {
        List<BroadcastEntry> e = List.of(entry("r", times("09:30"), Set.of(), "2026-11-28", "2026-11-30",
                Priority.NORMAL));
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-12-05T00:00")).containsExactly(
                "2026-11-28T09:30 r", "2026-11-29T09:30 r", "2026-11-30T09:30 r");
    }

    @Test
    void anEndedEntryStopsWhileOthersGoOn() {
        List<BroadcastEntry> e = List.of(
                entry("ends", times("09:00"), Set.of(), null, "2026-11-27", Priority.NORMAL),
                entry("goes-on", times("09:00")));
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-11-29T00:00")).containsExactly(
                "2026-11-26T09:00 ends", "2026-11-26T09:00 goes-on",
                "2026-11-27T09:00 ends", "2026-11-27T09:00 goes-on",
                "2026-11-28T09:00 goes-on");
    }

    @Test
    void daysOfWeekAndDateRangeMustBothAllowADay() {
        // 2026-11-26..2026-12-05, working days only: Thu, Fri, Mon..Fri
        List<BroadcastEntry> e = List.of(entry("both", times("10:00"), WORKDAYS, "2026-11-26", "2026-12-05",
                Priority.NORMAL));
        assertThat(plan(e, NONE, "2026-11-01T00:00", "2026-12-31T00:00")).extracting(s -> s.substring(0, 10))
                .containsExactly("2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03",
                        "2026-12-04");
    }

    // ---- every N minutes ------------------------------------------------------------------------

    @Test
    void everyNMinutesIncludesTheWindowEndWhenAStepLandsOnIt() {
        List<BroadcastEntry> e = List.of(entry("h", every(60, "09:00", "17:00")));
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-11-27T00:00")).containsExactly(
                "2026-11-26T09:00 h", "2026-11-26T10:00 h", "2026-11-26T11:00 h", "2026-11-26T12:00 h",
                "2026-11-26T13:00 h", "2026-11-26T14:00 h", "2026-11-26T15:00 h", "2026-11-26T16:00 h",
                "2026-11-26T17:00 h");
    }

    @Test
    void everyNMinutesIsAlignedToTheWindowStartNotTheHour() {
        List<BroadcastEntry> e = List.of(entry("q", every(45, "09:10", "11:00")));
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-11-27T00:00")).containsExactly(
                "2026-11-26T09:10 q", "2026-11-26T09:55 q", "2026-11-26T10:40 q");
    }

    @Test
    void aPlanStartingInsideAWindowKeepsTheWindowsSteps() {
        List<BroadcastEntry> e = List.of(entry("h", every(60, "09:00", "17:00")));
        assertThat(plan(e, NONE, "2026-11-26T10:20", "2026-11-26T13:00")).containsExactly(
                "2026-11-26T11:00 h", "2026-11-26T12:00 h");
    }

    @Test
    void aWindowOfOneMomentPlaysOnce() {
        List<BroadcastEntry> e = List.of(entry("one", every(30, "10:00", "10:00")));
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-11-28T00:00")).containsExactly(
                "2026-11-26T10:00 one", "2026-11-27T10:00 one");
    }

    @Test
    void everyNWindowsRestartEachDay() {
        List<BroadcastEntry> e = List.of(entry("n", every(300, "20:00", "23:59")));
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-11-28T00:00")).containsExactly(
                "2026-11-26T20:00 n", "2026-11-27T20:00 n");
    }

    // ---- quiet hours ----------------------------------------------------------------------------

    @Test
    void normalPlaysInQuietHoursAreSkippedAndReported() {
        List<BroadcastEntry> e = List.of(entry("h", every(60, "09:00", "17:00")));
        BroadcastPlanner.Plan p = BroadcastPlanner.fullPlan(e, QuietHours.parse(List.of("12:00-14:00")),
                at("2026-11-26T00:00"), at("2026-11-27T00:00"));
        assertThat(show(p.plays())).containsExactly(
                "2026-11-26T09:00 h", "2026-11-26T10:00 h", "2026-11-26T11:00 h",
                "2026-11-26T14:00 h", "2026-11-26T15:00 h", "2026-11-26T16:00 h", "2026-11-26T17:00 h");
        assertThat(show(p.skipped())).containsExactly("2026-11-26T12:00 h", "2026-11-26T13:00 h");
    }

    @Test
    void quietHoursCrossingMidnightIncludeTheirStartAndExcludeTheirEnd() {
        List<BroadcastEntry> e = List.of(entry("t", times("00:30", "07:59", "08:00", "17:59", "18:00", "23:00")));
        BroadcastPlanner.Plan p = BroadcastPlanner.fullPlan(e, QuietHours.parse(List.of("18:00-08:00")),
                at("2026-11-26T00:00"), at("2026-11-27T00:00"));
        assertThat(show(p.plays())).containsExactly("2026-11-26T08:00 t", "2026-11-26T17:59 t");
        assertThat(show(p.skipped())).containsExactly("2026-11-26T00:30 t", "2026-11-26T07:59 t",
                "2026-11-26T18:00 t", "2026-11-26T23:00 t");
    }

    @Test
    void urgentPlaysIgnoreQuietHours() {
        List<BroadcastEntry> e = List.of(urgent("alarm", times("12:30", "22:00")), entry("normal", times("12:30")));
        BroadcastPlanner.Plan p = BroadcastPlanner.fullPlan(e, HALL, at("2026-11-26T00:00"), at("2026-11-27T00:00"));
        assertThat(show(p.plays())).containsExactly("2026-11-26T12:30 alarm", "2026-11-26T22:00 alarm");
        assertThat(show(p.skipped())).containsExactly("2026-11-26T12:30 normal");
    }

    @Test
    void quietHoursAcrossSeveralDaysOfAWorkingWeek() {
        List<BroadcastEntry> e = List.of(entry("h", every(60, "07:00", "19:00"), WORKDAYS, null, null,
                Priority.NORMAL));
        BroadcastPlanner.Plan p = BroadcastPlanner.fullPlan(e, HALL, at("2026-11-27T00:00"), at("2026-12-01T00:00"));
        // Fri and Mon: 08..11 and 14..17 play (8 each); 07, 12, 13, 18, 19 skipped (5 each)
        assertThat(p.plays()).hasSize(16);
        assertThat(p.skipped()).hasSize(10);
        assertThat(p.plays()).allSatisfy(play -> assertThat(HALL.contains(play.at().toLocalTime())).isFalse());
        assertThat(p.skipped()).allSatisfy(play -> assertThat(HALL.contains(play.at().toLocalTime())).isTrue());
    }

    // ---- order ----------------------------------------------------------------------------------

    @Test
    void playsDueTogetherAreUrgentFirstThenById() {
        List<BroadcastEntry> e = List.of(
                entry("b-normal", times("10:00")),
                urgent("z-urgent", times("10:00")),
                entry("a-normal", every(30, "09:00", "11:00")),
                urgent("c-urgent", times("10:00")));
        assertThat(plan(e, NONE, "2026-11-26T09:45", "2026-11-26T10:15")).containsExactly(
                "2026-11-26T10:00 c-urgent", "2026-11-26T10:00 z-urgent",
                "2026-11-26T10:00 a-normal", "2026-11-26T10:00 b-normal");
    }

    @Test
    void orderDoesNotDependOnTheOrderOfEntries() {
        List<BroadcastEntry> e = new ArrayList<>(List.of(
                entry("x", times("10:00", "11:00")), urgent("u", times("11:00")), entry("a", every(60, "08:00", "12:00"))));
        List<String> once = plan(e, NONE, "2026-11-26T00:00", "2026-11-28T00:00");
        java.util.Collections.reverse(e);
        assertThat(plan(e, NONE, "2026-11-26T00:00", "2026-11-28T00:00")).isEqualTo(once);
        assertThat(once).startsWith("2026-11-26T08:00 a", "2026-11-26T09:00 a", "2026-11-26T10:00 a",
                "2026-11-26T10:00 x", "2026-11-26T11:00 u", "2026-11-26T11:00 a", "2026-11-26T11:00 x");
    }

    // ---- next -----------------------------------------------------------------------------------

    @Test
    void nextIsStrictlyAfterTheGivenMoment() {
        List<BroadcastEntry> e = List.of(entry("a", times("08:30", "14:00")));
        assertThat(BroadcastPlanner.next(e, NONE, at("2026-11-26T08:00"))).map(p -> p.at())
                .contains(at("2026-11-26T08:30"));
        assertThat(BroadcastPlanner.next(e, NONE, at("2026-11-26T08:30"))).map(p -> p.at())
                .contains(at("2026-11-26T14:00"));
        assertThat(BroadcastPlanner.next(e, NONE, at("2026-11-26T14:00"))).map(p -> p.at())
                .contains(at("2026-11-27T08:30"));
    }

    @Test
    void nextAfterFridayAfternoonIsMondayMorning() {
        List<BroadcastEntry> e = List.of(entry("office", times("08:30", "14:00"), WORKDAYS, null, null,
                Priority.NORMAL));
        assertThat(BroadcastPlanner.next(e, NONE, at("2026-11-27T15:00"))).map(p -> p.at())
                .contains(at("2026-11-30T08:30"));
    }

    @Test
    void nextSkipsQuietHoursForNormalButNotForUrgent() {
        List<BroadcastEntry> normal = List.of(entry("h", every(60, "09:00", "17:00")));
        assertThat(BroadcastPlanner.next(normal, HALL, at("2026-11-26T11:30"))).map(p -> p.at())
                .contains(at("2026-11-26T14:00"));
        List<BroadcastEntry> both = List.of(normal.get(0), urgent("u", times("12:40")));
        assertThat(BroadcastPlanner.next(both, HALL, at("2026-11-26T11:30"))).map(PlannedPlay::id).contains("u");
    }

    @Test
    void nextPicksUrgentFirstAmongPlaysDueTogether() {
        List<BroadcastEntry> e = List.of(entry("a", times("10:00")), urgent("z", times("10:00")));
        assertThat(BroadcastPlanner.next(e, NONE, at("2026-11-26T09:00"))).map(PlannedPlay::id).contains("z");
    }

    @Test
    void nextWaitsForADateRangeThatStartsLater() {
        List<BroadcastEntry> e = List.of(entry("later", times("09:00"), Set.of(), "2027-06-01", null,
                Priority.NORMAL));
        assertThat(BroadcastPlanner.next(e, NONE, at("2026-11-26T09:00"))).map(p -> p.at())
                .contains(at("2027-06-01T09:00"));
    }

    @Test
    void nextIsEmptyWhenEveryEntryHasEndedOrOnlyQuietTimesAreLeft() {
        List<BroadcastEntry> ended = List.of(entry("old", times("09:00"), Set.of(), null, "2026-11-25",
                Priority.NORMAL));
        assertThat(BroadcastPlanner.next(ended, NONE, at("2026-11-26T00:00"))).isEmpty();
        List<BroadcastEntry> quiet = List.of(entry("lunch", times("12:30"), EnumSet.of(DayOfWeek.SUNDAY), null, null,
                Priority.NORMAL));
        assertThat(BroadcastPlanner.next(quiet, HALL, at("2026-11-26T00:00"))).isEmpty();
    }

    @Test
    void nextAgreesWithTheFirstPlayOfThePlan() {
        List<BroadcastEntry> e = List.of(
                entry("office", times("08:30", "14:00"), WORKDAYS, null, null, Priority.NORMAL),
                entry("h", every(60, "09:00", "17:00"), WORKDAYS, null, "2026-12-31", Priority.NORMAL),
                urgent("fire", times("09:45", "11:45", "16:45")));
        ZonedDateTime t = at("2026-11-26T00:00");
        for (int i = 0; i < 200; i++) {
            PlannedPlay next = BroadcastPlanner.next(e, HALL, t).orElseThrow();
            List<PlannedPlay> plan = BroadcastPlanner.plan(e, HALL, t.plusNanos(1), t.plusDays(4));
            assertThat(next).isEqualTo(plan.get(0));
            t = next.at().plusMinutes(7).withSecond(0); // somewhere past it, not on a slot
        }
    }

    // ---- zones ----------------------------------------------------------------------------------

    @Test
    void timesAreWallClockTimesOfThePlansZoneAndTheEndIsAnInstant() {
        List<BroadcastEntry> e = List.of(entry("a", times("08:30")));
        ZonedDateTime from = at("2026-11-26T00:00");
        ZonedDateTime toInUtc = at("2026-11-26T09:00").withZoneSameInstant(ZoneOffset.UTC);
        assertThat(BroadcastPlanner.plan(e, NONE, from, toInUtc)).singleElement()
                .satisfies(p -> assertThat(p.at()).isEqualTo(at("2026-11-26T08:30")));
        // The same instant in UTC as the start: 08:30 is read as 08:30 UTC, i.e. 16:30 in Jiangxi.
        List<PlannedPlay> utc = BroadcastPlanner.plan(e, NONE, from.withZoneSameInstant(ZoneOffset.UTC),
                from.plusDays(1));
        assertThat(utc).singleElement().satisfies(p -> assertThat(p.at().withZoneSameInstant(SHANGHAI).toLocalTime())
                .isEqualTo(LocalTime.of(16, 30)));
    }

    @Test
    void aTimeInTheSpringGapPlaysOnceAfterTheJump() {
        ZoneId berlin = ZoneId.of("Europe/Berlin"); // 2027-03-28 02:00 -> 03:00
        List<BroadcastEntry> e = List.of(entry("g", times("02:30")), entry("w", every(30, "01:00", "04:00")));
        List<PlannedPlay> plays = BroadcastPlanner.plan(e, NONE,
                LocalDateTime.parse("2027-03-28T00:00").atZone(berlin),
                LocalDateTime.parse("2027-03-29T00:00").atZone(berlin));
        assertThat(plays).filteredOn(p -> p.id().equals("g")).singleElement()
                .satisfies(p -> assertThat(p.at().toLocalTime()).isEqualTo(LocalTime.of(3, 30)));
        List<PlannedPlay> window = plays.stream().filter(p -> p.id().equals("w")).toList();
        // 01:00, 01:30, then 02:00 and 02:30 land on 03:00 and 03:30, which the window has anyway; 04:00
        assertThat(window).extracting(p -> p.at().toLocalTime().toString())
                .containsExactly("01:00", "01:30", "03:00", "03:30", "04:00");
        for (int i = 1; i < plays.size(); i++) {
            assertThat(PlannedPlay.ORDER.compare(plays.get(i - 1), plays.get(i))).isNegative();
        }
    }

    @Test
    void aTimeInTheAutumnOverlapPlaysOnce() {
        ZoneId berlin = ZoneId.of("Europe/Berlin"); // 2026-10-25 03:00 -> 02:00
        List<BroadcastEntry> e = List.of(entry("o", times("02:30")));
        ZonedDateTime from = LocalDateTime.parse("2026-10-25T00:00").atZone(berlin);
        List<PlannedPlay> plays = BroadcastPlanner.plan(e, NONE, from, from.plusDays(1));
        assertThat(plays).singleElement().satisfies(p -> assertThat(p.at().getOffset())
                .isEqualTo(ZoneOffset.ofHours(2)));
        assertThat(Duration.between(from, plays.get(0).at())).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void planningIsPure() {
        List<BroadcastEntry> e = List.of(entry("a", times("08:30")), urgent("u", every(30, "09:00", "10:00")));
        List<BroadcastEntry> copy = List.copyOf(e);
        var first = BroadcastPlanner.fullPlan(e, HALL, at("2026-11-26T00:00"), at("2026-12-26T00:00"));
        var second = BroadcastPlanner.fullPlan(e, HALL, at("2026-11-26T00:00"), at("2026-12-26T00:00"));
        assertThat(first).isEqualTo(second);
        assertThat(e).isEqualTo(copy);
        assertThat(first.plays()).hasSize(30 + 30 * 3);
    }
}
