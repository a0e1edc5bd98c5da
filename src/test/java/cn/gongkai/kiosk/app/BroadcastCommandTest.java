package cn.gongkai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.config.ConfigLoader;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.storage.BroadcastDao;
import cn.gongkai.kiosk.storage.Database;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kiosk broadcast plan|log} over a kiosk with the demo content and the shipped quiet hours. */
class BroadcastCommandTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) { }

    @BeforeEach
    void config() throws Exception {
        Files.createDirectories(tmp.resolve("config"));
        Files.writeString(tmp.resolve("config").resolve(ConfigLoader.FILE_NAME), """
                {
                  "siteName": "石鼻镇便民服务中心",
                  "regionCode": "360123102",
                  "display": {"fullScreen": false},
                  "broadcast": {"quietHours": ["12:00-14:00", "18:00-08:00"]}
                }
                """, StandardCharsets.UTF_8);
    }

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        if (!cl.getSubcommands().containsKey("broadcast")) {
            cl.addSubcommand(new BroadcastCommand());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 4];
        all[0] = "--config";
        all[1] = tmp.resolve("config").toString();
        all[2] = "--data";
        all[3] = tmp.resolve("data").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        int exit = cl.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void planJsonListsTheDemoPlaysOfAWorkingDayInTheKiosksZone() {
        Run r = run("broadcast", "plan", "--from", "2026-11-26T08:00", "--hours", "24", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.keySet()).containsExactly("from", "to", "timeZone", "enabled", "quietHours", "entries", "plays",
                "skipped");
        assertThat(o.get("from").getAsString()).isEqualTo("2026-11-26T08:00:00+08:00");
        assertThat(o.get("to").getAsString()).isEqualTo("2026-11-27T08:00:00+08:00");
        assertThat(o.get("timeZone").getAsString()).isEqualTo("Asia/Shanghai");
        assertThat(o.get("enabled").getAsBoolean()).isTrue();
        assertThat(o.getAsJsonArray("quietHours").toString()).isEqualTo("[\"12:00-14:00\",\"18:00-08:00\"]");
        JsonArray plays = o.getAsJsonArray("plays");
        assertThat(plays.size()).isEqualTo(20);
        JsonObject first = plays.get(0).getAsJsonObject();
        assertThat(first.keySet()).containsExactly("at", "id", "title", "priority", "chime", "repeat", "audio", "text");
        assertThat(first.get("at").getAsString()).isEqualTo("2026-11-26T08:30:00+08:00");
        assertThat(first.get("id").getAsString()).isEqualTo("bc-office-hours");
        assertThat(plays.asList()).anySatisfy(p -> {
            assertThat(p.getAsJsonObject().get("id").getAsString()).isEqualTo("bc-fire-warning");
            assertThat(p.getAsJsonObject().get("priority").getAsString()).isEqualTo("urgent");
            assertThat(p.getAsJsonObject().get("repeat").getAsInt()).isEqualTo(2);
        });
        JsonArray skipped = o.getAsJsonArray("skipped");
        assertThat(skipped.asList()).extracting(e -> e.getAsJsonObject().get("at").getAsString().substring(11, 16))
                .containsExactly("12:00", "12:30", "13:00", "13:30");
        assertThat(skipped.get(0).getAsJsonObject().get("reason").getAsString()).isEqualTo("skipped-quiet");
    }

    @Test
    void fromAcceptsAnInstantAndADateAndShowsTheKiosksZone() {
        Run instant = run("broadcast", "plan", "--from", "2026-11-26T00:00:00Z", "--hours", "1", "--json");
        JsonObject o = JsonParser.parseString(instant.out()).getAsJsonObject();
        assertThat(o.get("from").getAsString()).isEqualTo("2026-11-26T08:00:00+08:00");
        assertThat(o.getAsJsonArray("plays").asList()).extracting(e -> e.getAsJsonObject().get("id").getAsString())
                .containsExactly("bc-office-hours");
        Run date = run("broadcast", "plan", "--from", "2026-11-29", "--json");
        JsonObject sunday = JsonParser.parseString(date.out()).getAsJsonObject();
        assertThat(sunday.get("from").getAsString()).isEqualTo("2026-11-29T00:00:00+08:00");
        assertThat(sunday.getAsJsonArray("plays").size()).isEqualTo(5);
    }

    @Test
    void planInWordsNamesQuietHoursAndUrgentPlays() {
        Run r = run("broadcast", "plan", "--from", "2026-11-26T08:00", "--hours", "12");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("quiet hours: 12:00-14:00, 18:00-08:00")
                .contains("2026-11-26 08:30  normal bc-office-hours  便民服务中心冬季办公时间")
                .contains("2026-11-26 09:45  URGENT bc-fire-warning").contains("(read 2 times)")
                .contains("skipped in quiet hours: 4")
                .contains("  skipped 2026-11-26 12:00  normal bc-medical-insurance");
    }

    @Test
    void badUsageExitsWithTwoAndOneLine() {
        Run hours = run("broadcast", "plan", "--from", "2026-11-26T08:00", "--hours", "0");
        assertThat(hours.exit()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(hours.err()).contains("--hours");
        Run from = run("broadcast", "plan", "--from", "tomorrow");
        assertThat(from.exit()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(from.err().strip().lines()).hasSize(1);
        assertThat(from.err()).contains("--from").contains("tomorrow");
        Run day = run("broadcast", "log", "--day", "26.11.2026");
        assertThat(day.exit()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(day.err()).contains("--day");
        assertThat(run("broadcast").exit()).isEqualTo(Main.EXIT_CONFIG);
    }

    @Test
    void logPrintsOneDayOfPlaysWithTheirOutcome() {
        assertThat(run("broadcast", "log", "--day", "2026-11-26", "--json").exit()).isZero(); // creates the database
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (Database db = Database.open(tmp.resolve("data").resolve("kiosk.db"))) {
            BroadcastDao dao = new BroadcastDao(db, RegionCode.of("360123102"));
            Instant planned = ZonedDateTime.parse("2026-11-26T08:30:00+08:00[Asia/Shanghai]").toInstant();
            dao.log(new BroadcastDao.Play("bc-office-hours", "便民服务中心冬季办公时间", planned,
                    Optional.of(planned.plusSeconds(1)), Optional.of(planned.plusSeconds(62)),
                    BroadcastDao.Outcome.COMPLETED, ""));
            dao.log(new BroadcastDao.Play("bc-medical-insurance", "医保参保缴费提醒", planned.plusSeconds(12_600),
                    Optional.empty(), Optional.empty(), BroadcastDao.Outcome.SKIPPED_QUIET,
                    "quiet hours 12:00-14:00"));
            dao.log(new BroadcastDao.Play("bc-office-hours", "便民服务中心冬季办公时间", planned.plusSeconds(86_400),
                    Optional.empty(), Optional.empty(), BroadcastDao.Outcome.FAILED, "no audio device"));
        }
        Run json = run("broadcast", "log", "--day", "2026-11-26", "--json");
        assertThat(json.exit()).isZero();
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(o.keySet()).containsExactly("day", "timeZone", "plays");
        List<JsonObject> plays = o.getAsJsonArray("plays").asList().stream().map(e -> e.getAsJsonObject()).toList();
        assertThat(plays).hasSize(2);
        assertThat(plays.get(0).keySet()).containsExactly("id", "title", "planned", "started", "ended", "outcome",
                "reason");
        assertThat(plays.get(0).get("planned").getAsString()).isEqualTo("2026-11-26T08:30:00+08:00");
        assertThat(plays.get(0).get("ended").getAsString()).isEqualTo("2026-11-26T08:31:02+08:00");
        assertThat(plays.get(1).get("outcome").getAsString()).isEqualTo("skipped-quiet");
        assertThat(plays.get(1).get("started").isJsonNull()).isTrue();

        Run text = run("broadcast", "log", "--day", "2026-11-26");
        assertThat(text.out()).contains("2 plays").contains("2026-11-26 08:30  completed")
                .contains("08:30:01-08:31:02").contains("(quiet hours 12:00-14:00)");
        assertThat(zone.getId()).isEqualTo(JsonParser.parseString(json.out()).getAsJsonObject().get("timeZone")
                .getAsString());
    }
}
