package cn.gongkai.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.BroadcastEntry.Every;
import cn.gongkai.kiosk.domain.BroadcastEntry.Priority;
import cn.gongkai.kiosk.domain.BroadcastEntry.Times;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.storage.BroadcastDao.Outcome;
import cn.gongkai.kiosk.storage.BroadcastDao.Play;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule table (area filter, feed replace, local rows) and the play log (proof of play). */
class BroadcastDaoTest {
    private static final RegionCode KIOSK = RegionCode.of(Samples.KIOSK);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    Database db;
    BroadcastDao dao;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("kiosk.db"));
        dao = new BroadcastDao(db, KIOSK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static BroadcastEntry times(String id, String region) {
        return new BroadcastEntry(id, "办公时间 " + id, "便民服务中心上午八点半开门。", null,
                new Times(List.of(LocalTime.of(8, 30), LocalTime.of(14, 0))),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 11, 1), null, Priority.NORMAL,
                true, 2, Samples.scope(region));
    }

    static BroadcastEntry every(String id, String region) {
        return new BroadcastEntry(id, "火险预警 " + id, "", "media/360123102/火险.wav",
                new Every(60, LocalTime.of(9, 0), LocalTime.of(17, 0)), Set.of(), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 5), Priority.URGENT, false, 1, Samples.scope(region));
    }

    private void replace(List<BroadcastEntry> broadcasts) {
        new ContentStore(db).replaceFeedContent(new ContentSet(List.of(), List.of(), List.of(), List.of(), broadcasts),
                "test", 1, "360123", Samples.NOW);
    }

    @Test
    void entriesRoundTripWithEveryField() {
        BroadcastEntry a = times("bc-a", "360123102");
        BroadcastEntry b = every("bc-b", "360123102201");
        replace(List.of(b, a));
        assertThat(dao.list()).containsExactly(a, b);
        assertThat(dao.byId("bc-b")).contains(b);
        assertThat(dao.byId("bc-zz")).isEmpty();
    }

    @Test
    void onlyTheKiosksAreaIsListed() {
        List<BroadcastEntry> all = new ArrayList<>();
        String[][] regions = {{"county", "360123"}, {"town", "360123102"}, {"village", "360123102201"},
            {"sibling", "360123101"}, {"siblingvillage", "360123101201"}, {"othercounty", "360124"}};
        for (String[] r : regions) {
            all.add(times("bc-" + r[0], r[1]));
        }
        replace(all);
        assertThat(dao.list()).extracting(BroadcastEntry::id).containsExactly("bc-county", "bc-town", "bc-village");
        assertThat(dao.byId("bc-sibling")).isEmpty();
        assertThat(new BroadcastDao(db, RegionCode.of("360123102201")).list()).extracting(BroadcastEntry::id)
                .containsExactly("bc-county", "bc-town", "bc-village");
    }

    @Test
    void aFeedApplyReplacesFeedEntriesAndLeavesLocalOnesAndTheLog() {
        replace(List.of(times("bc-old", "360123102")));
        db.write(c -> {
            BroadcastDao.insert(c, times("bc-staff", "360123102"), "local");
            return null;
        });
        Play logged = new Play("bc-old", "办公时间 bc-old", Instant.parse("2026-11-26T00:30:00Z"),
                Optional.of(Instant.parse("2026-11-26T00:30:01Z")), Optional.of(Instant.parse("2026-11-26T00:30:40Z")),
                Outcome.COMPLETED, "");
        dao.log(logged);

        replace(List.of(every("bc-new", "360123102")));

        assertThat(dao.list()).extracting(BroadcastEntry::id).containsExactly("bc-new", "bc-staff");
        assertThat(Samples.count(db, "SELECT COUNT(*) FROM broadcast WHERE origin = 'local'")).isEqualTo(1);
        assertThat(dao.playsOn(LocalDate.of(2026, 11, 26), SHANGHAI)).containsExactly(logged);
    }

    @Test
    void theLogIsReadByTheKiosksCalendarDayInPlannedOrder() {
        // 2026-11-26 in Jiangxi runs from 2026-11-25T16:00Z to 2026-11-26T16:00Z.
        Play lateEvening = skipped("a", "2026-11-26T15:30:00Z");
        Play justAfterMidnight = skipped("b", "2026-11-25T16:00:00Z");
        Play dayBefore = skipped("c", "2026-11-25T15:59:59Z");
        Play nextDay = skipped("d", "2026-11-26T16:00:00Z");
        Play morning = new Play("e", "标题", Instant.parse("2026-11-26T00:30:00Z"),
                Optional.of(Instant.parse("2026-11-26T00:30:02.125Z")), Optional.of(Instant.parse("2026-11-26T00:31:00Z")),
                Outcome.CUT, "urgent broadcast bc-fire");
        for (Play p : List.of(lateEvening, justAfterMidnight, dayBefore, nextDay, morning)) {
            dao.log(p);
        }
        assertThat(dao.playsOn(LocalDate.of(2026, 11, 26), SHANGHAI))
                .containsExactly(justAfterMidnight, morning, lateEvening);
        assertThat(dao.playsOn(LocalDate.of(2026, 11, 26), ZoneId.of("UTC")))
                .containsExactly(morning, lateEvening, nextDay);
        assertThat(dao.playsOn(LocalDate.of(2026, 11, 24), SHANGHAI)).isEmpty();
    }

    @Test
    void everyOutcomeIsStoredAndReadBack() {
        Instant t = Instant.parse("2026-11-26T02:00:00Z");
        List<Play> plays = List.of(
                new Play("a", "完成", t, Optional.of(t), Optional.of(t.plusSeconds(30)), Outcome.COMPLETED, ""),
                new Play("b", "中断", t.plusSeconds(60), Optional.of(t.plusSeconds(60)), Optional.of(t.plusSeconds(70)),
                        Outcome.CUT, "staff stopped it"),
                new Play("c", "静音时段", t.plusSeconds(120), Optional.empty(), Optional.empty(), Outcome.SKIPPED_QUIET,
                        "quiet hours 12:00-14:00"),
                new Play("d", "失败", t.plusSeconds(180), Optional.empty(), Optional.empty(), Outcome.FAILED,
                        "no audio device"));
        plays.forEach(dao::log);
        assertThat(dao.plays(t, t.plusSeconds(3600))).containsExactlyElementsOf(plays);
        assertThat(Samples.count(db, "SELECT COUNT(*) FROM broadcast_play WHERE outcome = 'skipped-quiet'"))
                .isEqualTo(1);
        for (Outcome o : Outcome.values()) {
            assertThat(Outcome.fromKey(o.key())).isEqualTo(o);
        }
    }

    @Test
    void aPlayLineMustBeConsistent() {
        Instant t = Instant.parse("2026-11-26T02:00:00Z");
        assertThatThrownBy(() -> new Play("a", "t", t, Optional.empty(), Optional.empty(), Outcome.COMPLETED, ""))
                .hasMessageContaining("started and ended");
        assertThatThrownBy(() -> new Play("a", "t", t, Optional.of(t), Optional.of(t), Outcome.SKIPPED_QUIET, ""))
                .hasMessageContaining("skipped");
        assertThatThrownBy(() -> new Play("a", "t", t, Optional.of(t), Optional.of(t.minusSeconds(1)), Outcome.CUT, ""))
                .hasMessageStartingWith("ended:");
        assertThatThrownBy(() -> new Play("a", "t", t, Optional.empty(), Optional.of(t), Outcome.FAILED, ""))
                .hasMessageStartingWith("ended:");
        assertThat(new Play("a", "t", t.plusMillis(700), Optional.empty(), Optional.empty(), Outcome.FAILED, null)
                .planned()).isEqualTo(t);
    }

    private static Play skipped(String id, String planned) {
        return new Play(id, "标题 " + id, Instant.parse(planned), Optional.empty(), Optional.empty(),
                Outcome.SKIPPED_QUIET, "quiet hours");
    }
}
