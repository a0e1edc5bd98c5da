package cn.gongkai.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kiosk.json's "broadcast": whether broadcasts play and the hall's quiet hours. */
class BroadcastConfigTest {
    private static final String MINIMAL = "\"siteName\": \"石鼻镇便民服务中心\", \"regionCode\": \"360123102\"";

    @TempDir
    Path dir;

    private KioskConfig load(String extra) throws Exception {
        Files.writeString(dir.resolve("kiosk.json"), "{" + MINIMAL + extra + "}", StandardCharsets.UTF_8);
        return ConfigLoader.load(dir);
    }

    @Test
    void withoutTheFieldBroadcastsPlayAndNoHourIsQuiet() throws Exception {
        KioskConfig c = load("");
        assertThat(c.broadcast().enabled()).isTrue();
        assertThat(c.broadcast().quietHours().isEmpty()).isTrue();
    }

    @Test
    void quietHoursAndEnabledAreRead() throws Exception {
        KioskConfig c = load(", \"broadcast\": {\"quietHours\": [\"12:00-14:00\", \"18:00-08:00\"], \"enabled\": false}");
        assertThat(c.broadcast().enabled()).isFalse();
        assertThat(c.broadcast().quietHours().texts()).containsExactly("12:00-14:00", "18:00-08:00");
        assertThat(c.broadcast().quietHours().contains(LocalTime.of(23, 0))).isTrue();
        assertThat(c.broadcast().quietHours().contains(LocalTime.of(14, 0))).isFalse();
    }

    @Test
    void theShippedConfigurationKeepsLunchAndNightQuiet() throws Exception {
        KioskConfig c = ConfigLoader.load(Path.of("kiosk-config"));
        assertThat(c.broadcast().enabled()).isTrue();
        assertThat(c.broadcast().quietHours().contains(LocalTime.of(12, 30))).isTrue();
        assertThat(c.broadcast().quietHours().contains(LocalTime.of(22, 0))).isTrue();
        assertThat(c.broadcast().quietHours().contains(LocalTime.of(8, 30))).isFalse();
        assertThat(c.broadcast().quietHours().contains(LocalTime.of(14, 0))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"broadcast\": true                                  | broadcast",
        "\"broadcast\": {\"volume\": 3}                        | broadcast.volume",
        "\"broadcast\": {\"enabled\": \"yes\"}                 | broadcast.enabled",
        "\"broadcast\": {\"quietHours\": \"12:00-14:00\"}      | broadcast.quietHours",
        "\"broadcast\": {\"quietHours\": [1200]}               | broadcast.quietHours",
        "\"broadcast\": {\"quietHours\": [\"12:00~14:00\"]}    | broadcast.quietHours",
        "\"broadcast\": {\"quietHours\": [\"12:00-12:00\"]}    | broadcast.quietHours"})
    void mistakesNameTheField(String extra, String field) throws Exception {
        Files.writeString(dir.resolve("kiosk.json"), "{" + MINIMAL + ", " + extra + "}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining("kiosk.json").hasMessageContaining(field);
    }
}
