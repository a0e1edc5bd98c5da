package cn.gongkai.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** display.idleWarningSeconds, idleCountdownSeconds, screenOn and outsideHours in kiosk.json. */
class DisplayConfigTest {
    private static final String MINIMAL = "\"siteName\": \"石鼻镇便民服务中心\", \"regionCode\": \"360123102\"";

    @TempDir
    Path dir;

    private KioskConfig load(String display) throws Exception {
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "{" + MINIMAL + (display == null ? ""
                : ", \"display\": " + display) + "}", StandardCharsets.UTF_8);
        return ConfigLoader.load(dir);
    }

    @Test
    void defaultsAreAMinuteTwentySecondsAndAlwaysOn() throws Exception {
        KioskConfig.Display d = load(null).display();
        assertThat(d.idleWarning()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.idleCountdown()).isEqualTo(Duration.ofSeconds(20));
        assertThat(d.hours().offAt(LocalTime.of(3, 0))).isFalse();
    }

    @Test
    void idleTimesAndScreenHoursAreRead() throws Exception {
        KioskConfig.Display d = load("{\"idleWarningSeconds\": 90, \"idleCountdownSeconds\": 15,"
                + " \"screenOn\": [\"07:30-12:00\", \"14:00-18:00\"], \"outsideHours\": \"blank\"}").display();
        assertThat(d.idleWarning()).isEqualTo(Duration.ofSeconds(90));
        assertThat(d.idleCountdown()).isEqualTo(Duration.ofSeconds(15));
        assertThat(d.hours().blank()).isTrue();
        assertThat(d.hours().offAt(LocalTime.of(8, 0))).isFalse();
        assertThat(d.hours().offAt(LocalTime.of(13, 0))).isTrue();
        assertThat(d.hours().offAt(LocalTime.of(22, 0))).isTrue();
    }

    @Test
    void badValuesNameTheField() {
        assertThatThrownBy(() -> load("{\"idleWarningSeconds\": 3}")).hasMessageContaining("display.idleWarningSeconds");
        assertThatThrownBy(() -> load("{\"idleCountdownSeconds\": 0}")).hasMessageContaining("display.idleCountdownSeconds");
        assertThatThrownBy(() -> load("{\"screenOn\": \"08:00-18:00\"}")).hasMessageContaining("display.screenOn");
        assertThatThrownBy(() -> load("{\"screenOn\": [\"8-18\"]}")).hasMessageContaining("display.screenOn");
        assertThatThrownBy(() -> load("{\"outsideHours\": \"off\"}")).hasMessageContaining("display.outsideHours");
    }

    @Test
    void villagesAreCodesOfTheKiosksTownshipWithNames() throws Exception {
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "{" + MINIMAL
                + ", \"villages\": {\"360123102202\": \"邹家村\", \"360123102201\": \"石鼻村\"}}", StandardCharsets.UTF_8);
        assertThat(ConfigLoader.load(dir).villages()).containsExactly(
                java.util.Map.entry("360123102201", "石鼻村"), java.util.Map.entry("360123102202", "邹家村"));
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "{" + MINIMAL
                + ", \"villages\": {\"360123105201\": \"别的镇的村\"}}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConfigLoader.load(dir)).hasMessageContaining("villages");
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "{" + MINIMAL
                + ", \"villages\": {\"360123102201\": \"\"}}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConfigLoader.load(dir)).hasMessageContaining("villages");
    }
}
