package cn.gongkai.kiosk.feed.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.broadcast.BroadcastPlanner;
import cn.gongkai.kiosk.broadcast.PlannedPlay;
import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.QuietHours;
import cn.gongkai.kiosk.storage.BroadcastDao;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broadcasts travel like every record kind: published, fetched, checked, limited to the area, replaced. */
class BroadcastSyncTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String RECORDING = "media/" + FeedFixture.TOWNSHIP + "/停水.wav";

    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;

    @BeforeEach
    void setUp() {
        county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    private BroadcastDao dao() {
        return new BroadcastDao(kiosk.db, kiosk.region);
    }

    @Test
    void aBroadcastInTheFeedReachesTheKiosksTableAndNoOtherTownshipsDoes() throws Exception {
        FeedSync.Result r = kiosk.sync(server.uri());

        assertThat(r.counts()).containsEntry("broadcasts", 2);
        assertThat(kiosk.screen().broadcasts()).containsExactly("bc-county-1", "bc-town-1");
        assertThat(kiosk.count("SELECT COUNT(*) FROM broadcast")).isEqualTo(2);
        assertThat(kiosk.count("SELECT COUNT(*) FROM broadcast WHERE id = 'bc-other-1'")).isZero();
        assertThat(county.manifest().objects()).filteredOn(e -> e.path().equals("broadcasts/bc-other-1.json"))
                .singleElement().satisfies(e -> assertThat(server.requests(e.location())).isZero());
        BroadcastEntry town = dao().byId("bc-town-1").orElseThrow();
        assertThat(town.schedule().timesOfDay()).containsExactly(LocalTime.of(14, 0));
        assertThat(town.days()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(town.priority()).isEqualTo(BroadcastEntry.Priority.NORMAL);
        assertThat(town.chime()).isTrue();
        assertThat(town.scope().region().digits()).isEqualTo(FeedFixture.TOWNSHIP);
    }

    @Test
    void theNextVersionChangesAddsAndWithdrawsBroadcastsAndKeepsThePlayLog() throws Exception {
        kiosk.sync(server.uri());
        BroadcastDao.Play played = new BroadcastDao.Play("bc-county-1", "办公时间提示 bc-county-1",
                Instant.parse("2026-11-26T00:30:00Z"), Optional.of(Instant.parse("2026-11-26T00:30:00Z")),
                Optional.of(Instant.parse("2026-11-26T00:30:35Z")), BroadcastDao.Outcome.COMPLETED, "");
        dao().log(played);

        county.removeBroadcast("bc-county-1")
                .broadcast("bc-town-1", "township", FeedFixture.TOWNSHIP, "15:30")
                .media(RECORDING, FeedFixture.random(9, 4_000))
                .broadcast("bc-water", """
                        {"id": "bc-water", "title": "停水通知", "text": "明天上午石鼻村停水，请提前储水。",
                         "audio": "%s", "every": {"minutes": 30, "start": "08:30", "end": "11:30"},
                         "validFrom": "2026-11-26", "validUntil": "2026-11-27", "priority": "urgent", "repeat": 2,
                         "scope": {"level": "township", "region": "%s"}}""".formatted(RECORDING, FeedFixture.TOWNSHIP))
                .publish();
        FeedSync.Result r = kiosk.sync(server.uri());

        assertThat(r.version()).isEqualTo(2);
        assertThat(kiosk.screen().broadcasts()).containsExactly("bc-town-1", "bc-water");
        assertThat(dao().byId("bc-town-1").orElseThrow().schedule().timesOfDay()).containsExactly(LocalTime.of(15, 30));
        BroadcastEntry water = dao().byId("bc-water").orElseThrow();
        assertThat(water.audio()).isEqualTo(RECORDING);
        assertThat(water.urgent()).isTrue();
        assertThat(water.repeat()).isEqualTo(2);
        assertThat(water.chime()).as("chime defaults to on").isTrue();
        assertThat(kiosk.screen().media()).extracting(m -> m.name()).contains(RECORDING);
        assertThat(dao().playsOn(LocalDate.of(2026, 11, 26), SHANGHAI)).containsExactly(played);
    }

    @Test
    void whatTheKioskStoredIsWhatThePlannerSchedules() throws Exception {
        kiosk.sync(server.uri());
        List<PlannedPlay> plays = BroadcastPlanner.plan(dao().list(), QuietHours.parse(List.of("12:00-14:00")),
                LocalDateTime.parse("2026-11-26T00:00").atZone(SHANGHAI), // Thursday
                LocalDateTime.parse("2026-11-30T00:00").atZone(SHANGHAI));
        assertThat(plays).extracting(p -> p.at().toLocalDateTime() + " " + p.id()).containsExactly(
                "2026-11-26T08:30 bc-county-1", "2026-11-26T14:00 bc-town-1",
                "2026-11-27T08:30 bc-county-1", "2026-11-27T14:00 bc-town-1");
    }
}
