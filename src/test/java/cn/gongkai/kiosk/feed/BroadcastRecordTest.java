package cn.gongkai.kiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.BroadcastEntry.Every;
import cn.gongkai.kiosk.domain.BroadcastEntry.Priority;
import cn.gongkai.kiosk.domain.BroadcastEntry.Times;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.Scope;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broadcast record kind: its JSON form (FORMAT.md) both ways, defaults, and what is refused. */
class BroadcastRecordTest {
    private static final Scope TOWNSHIP = Scope.of(PublisherLevel.TOWNSHIP, "360123102");

    @TempDir
    Path root;

    static BroadcastEntry office() {
        return new BroadcastEntry("bc-office-hours", "办公时间", "便民服务中心上午八点半开门。", null,
                new Times(List.of(LocalTime.of(14, 0), LocalTime.of(8, 30))),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 11, 1), null, Priority.NORMAL,
                true, 1, TOWNSHIP);
    }

    static BroadcastEntry fire() {
        return new BroadcastEntry("bc-fire", "森林火险预警", "请不要带火种进山。", "media/360123102/火险.wav",
                new Every(120, LocalTime.of(9, 45), LocalTime.of(16, 45)), Set.of(), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 5), Priority.URGENT, false, 3, Scope.of(PublisherLevel.VILLAGE, "360123102201"));
    }

    static BroadcastEntry audioOnly() {
        return new BroadcastEntry("bc-audio", "录音", "", "media/办公时间.wav", new Times(List.of(LocalTime.of(10, 0))),
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY), null, null, Priority.NORMAL, true, 5, TOWNSHIP);
    }

    private static BroadcastEntry roundTrip(BroadcastEntry e) throws BundleFormatException {
        byte[] bytes = FeedJson.pretty(RecordWriter.broadcast(e)).getBytes(StandardCharsets.UTF_8);
        BundleReader.Collector c = new BundleReader.Collector();
        c.add(Manifest.Kind.BROADCAST, "broadcasts/" + e.id() + ".json", bytes);
        return c.content().broadcasts().get(0);
    }

    @Test
    void writeThenParseGivesTheSameEntry() throws Exception {
        for (BroadcastEntry e : List.of(office(), fire(), audioOnly())) {
            assertThat(roundTrip(e)).as(e.id()).isEqualTo(e);
        }
    }

    @Test
    void theWrittenFormIsFixedFieldByField() {
        JsonObject o = RecordWriter.broadcast(office());
        assertThat(o.keySet()).containsExactly("id", "title", "text", "audio", "times", "every", "days", "validFrom",
                "validUntil", "priority", "chime", "repeat", "scope");
        assertThat(FeedJson.pretty(o)).contains("\"times\": [\n    \"08:30\",\n    \"14:00\"\n  ]")
                .contains("\"every\": null").contains("\"audio\": null").contains("\"validUntil\": null");
        JsonObject every = RecordWriter.broadcast(fire()).getAsJsonObject("every");
        assertThat(every.toString()).isEqualTo("{\"minutes\":120,\"start\":\"09:45\",\"end\":\"16:45\"}");
    }

    @Test
    void daysAreWrittenInWeekOrderWhateverTheSet() {
        Set<DayOfWeek> backwards = new LinkedHashSet<>(List.of(DayOfWeek.SUNDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY));
        BroadcastEntry a = new BroadcastEntry("bc", "t", "x", null, new Times(List.of(LocalTime.NOON)), backwards,
                null, null, Priority.NORMAL, true, 1, TOWNSHIP);
        assertThat(RecordWriter.broadcast(a).get("days").toString()).isEqualTo("[\"mon\",\"fri\",\"sun\"]");
        assertThat(FeedJson.pretty(RecordWriter.broadcast(a)))
                .isEqualTo(FeedJson.pretty(RecordWriter.broadcast(roundTripUnchecked(a))));
    }

    private static BroadcastEntry roundTripUnchecked(BroadcastEntry e) {
        try {
            return roundTrip(e);
        } catch (BundleFormatException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void aMinimalRecordGetsTheDocumentedDefaults() throws Exception {
        TempBundle b = TempBundle.in(root.resolve("b")).write("broadcasts.json", """
                [{"id": "bc-min", "title": "提示", "text": "请排队取号。", "times": ["9:05"],
                  "scope": {"level": "township", "region": "360123102"}}]""");
        BroadcastEntry e = b.read().broadcasts().get(0);
        assertThat(e.priority()).isEqualTo(Priority.NORMAL);
        assertThat(e.chime()).isTrue();
        assertThat(e.repeat()).isEqualTo(1);
        assertThat(e.days()).isEmpty();
        assertThat(e.validFrom()).isNull();
        assertThat(e.validUntil()).isNull();
        assertThat(e.audio()).isEmpty();
        assertThat(e.schedule().timesOfDay()).containsExactly(LocalTime.of(9, 5));
    }

    @Test
    void broadcastsMayComeAsOneFileOrAFolderOfThem() throws Exception {
        TempBundle b = TempBundle.in(root.resolve("b")).delete("broadcasts.json")
                .write("broadcasts/office.json", FeedJson.pretty(RecordWriter.broadcast(office())))
                .write("broadcasts/more.json", "[" + RecordWriter.broadcast(fire()) + ","
                        + RecordWriter.broadcast(audioOnly()) + "]");
        ContentSet c = b.read();
        assertThat(c.broadcasts()).extracting(BroadcastEntry::id)
                .containsExactlyInAnyOrder("bc-office-hours", "bc-fire", "bc-audio");
        assertThat(c.counts()).containsEntry("broadcasts", 3);
        assertThat(BundleReader.kindOf("broadcasts/x.json")).contains(Manifest.Kind.BROADCAST);
        assertThat(BundleReader.kindOf("broadcasts.json")).contains(Manifest.Kind.BROADCAST);
        assertThat(Manifest.Kind.fromKey("broadcast")).isEqualTo(Manifest.Kind.BROADCAST);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String replace, String with) {
        String json = TempBundle.BROADCASTS.replace(replace, with);
        assertThat(json).as("the test's replacement applies").isNotEqualTo(TempBundle.BROADCASTS);
        TempBundle b = TempBundle.in(root.resolve("r" + Math.abs((replace + with).hashCode())))
                .write("broadcasts.json", json);
        return assertThatThrownBy(b::read).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("broadcasts.json record 1 (bc-1)");
    }

    @Test
    void badSchedulesAreRefusedNamingTheField() {
        refused("\"times\": [\"08:30\", \"14:00\"],", "").hasMessageContaining("times: missing");
        refused("\"times\": [\"08:30\", \"14:00\"],",
                "\"times\": [\"08:30\"], \"every\": {\"minutes\": 60, \"start\": \"09:00\", \"end\": \"17:00\"},")
                .hasMessageContaining("not both");
        refused("\"08:30\"", "\"8.30\"").hasMessageContaining("times: expected a time of day as HH:MM")
                .hasMessageContaining("8.30");
        refused("\"08:30\"", "\"24:00\"").hasMessageContaining("times:");
        refused("\"08:30\", \"14:00\"", "\"08:30\", \"08:30\"").hasMessageContaining("times: 08:30 appears twice");
        refused("\"times\": [\"08:30\", \"14:00\"],", "\"every\": {\"minutes\": 2, \"start\": \"09:00\", \"end\": \"17:00\"},")
                .hasMessageContaining("every.minutes: must be 5 to 720");
        refused("\"times\": [\"08:30\", \"14:00\"],", "\"every\": {\"minutes\": 60, \"start\": \"18:00\", \"end\": \"08:00\"},")
                .hasMessageContaining("every.end:");
        refused("\"times\": [\"08:30\", \"14:00\"],", "\"every\": {\"minutes\": 60, \"end\": \"17:00\"},")
                .hasMessageContaining("every.start: missing");
        refused("\"times\": [\"08:30\", \"14:00\"],", "\"every\": {\"minutes\": \"hourly\", \"start\": \"09:00\", \"end\": \"17:00\"},")
                .hasMessageContaining("every.minutes:");
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        refused("\"mon\"", "\"周一\"").hasMessageContaining("days:").hasMessageContaining("周一");
        refused("\"normal\"", "\"high\"").hasMessageContaining("priority:").hasMessageContaining("high");
        refused("\"repeat\": 1", "\"repeat\": 9").hasMessageContaining("repeat: must be 1 to 5, got 9");
        refused("\"repeat\": 1", "\"repeat\": 1.5").hasMessageContaining("repeat:");
        refused("\"chime\": true", "\"chime\": \"yes\"").hasMessageContaining("chime:");
        refused("\"text\": \"便民服务中心上午八点半开门。\",", "").hasMessageContaining("text: must not be empty");
        refused("\"text\": \"便民服务中心上午八点半开门。\",", "\"text\": \"x\", \"audio\": \"../x.wav\",")
                .hasMessageContaining("audio:");
        refused("\"times\"", "\"validFrom\": \"2026-12-05\", \"validUntil\": \"2026-11-26\", \"times\"")
                .hasMessageContaining("validUntil:");
        refused("\"times\"", "\"validFrom\": \"26.11.2026\", \"times\"").hasMessageContaining("validFrom:")
                .hasMessageContaining("YYYY-MM-DD");
        refused("\"level\": \"township\"", "\"level\": \"village\"").hasMessageContaining("12-digit");
    }

    @Test
    void idsAreUniqueAmongBroadcasts() {
        TempBundle b = TempBundle.in(root.resolve("dup")).write("broadcasts/again.json", TempBundle.BROADCASTS);
        assertThatThrownBy(b::read).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("broadcasts: id 'bc-1' appears twice");
    }
}
