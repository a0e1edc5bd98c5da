package cn.gongkai.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.domain.RegionCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
    private static final String MINIMAL = "\"siteName\": \"石鼻镇便民服务中心\", \"regionCode\": \"360123102\"";

    @TempDir
    Path dir;

    private KioskConfig load(String json) throws Exception {
        Files.writeString(dir.resolve("kiosk.json"), json, StandardCharsets.UTF_8);
        return ConfigLoader.load(dir);
    }

    /** Loads {@code {MINIMAL, extra}} and expects a ConfigException naming {@code field}. */
    private AbstractThrowableAssert<?, ? extends Throwable> rejects(String extra, String field) throws IOException {
        Files.writeString(dir.resolve("kiosk.json"), "{" + MINIMAL + ", " + extra + "}", StandardCharsets.UTF_8);
        return assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining("kiosk.json");
    }

    @Test
    void repositoryConfigLoads() throws Exception {
        KioskConfig c = ConfigLoader.load(Path.of("kiosk-config"));
        assertThat(c.region()).isEqualTo(RegionCode.of("360123102"));
        assertThat(c.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(c.siteName()).isEqualTo("石鼻镇便民服务中心");
        assertThat(c.areaName()).isEqualTo("安义县石鼻镇");
        assertThat(c.display()).isEqualTo(new KioskConfig.Display(true, false, 0));
        assertThat(c.demoContent()).isTrue();
        assertThat(c.dataDir()).isEmpty();
    }

    @Test
    void defaultsWhenOptionalFieldsAreAbsent() throws Exception {
        KioskConfig c = load("{" + MINIMAL + "}");
        assertThat(c.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(c.areaName()).isEqualTo("石鼻镇便民服务中心");
        assertThat(c.display()).isEqualTo(new KioskConfig.Display(true, false, 0));
        assertThat(c.dataDir()).isEmpty();
        assertThat(c.demoContent()).isTrue();
    }

    @Test
    void displayFieldsAreRead() throws Exception {
        KioskConfig c = load("{" + MINIMAL + ", \"display\": {\"fullScreen\": false, \"seniorsMode\": true,"
                + " \"screen\": 2}, \"demoContent\": false, \"timeZone\": \"Asia/Urumqi\"}");
        assertThat(c.display()).isEqualTo(new KioskConfig.Display(false, true, 2));
        assertThat(c.demoContent()).isFalse();
        assertThat(c.timeZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        KioskConfig partial = load("{" + MINIMAL + ", \"display\": {\"seniorsMode\": true}}");
        assertThat(partial.display()).isEqualTo(new KioskConfig.Display(true, true, 0));
    }

    @Test
    void dataDirIsResolvedAgainstTheConfigFolder() throws Exception {
        KioskConfig c = load("{" + MINIMAL + ", \"dataDir\": \"../data/./kiosk\"}");
        assertThat(c.dataDir()).contains(dir.getParent().resolve("data/kiosk"));
        Path absolute = dir.resolve("abs").toAbsolutePath();
        KioskConfig d = load("{" + MINIMAL + ", \"dataDir\": \"" + absolute.toString().replace("\\", "/") + "\"}");
        assertThat(d.dataDir()).contains(absolute);
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        assertThat(load("\uFEFF{" + MINIMAL + "}").region().digits()).isEqualTo("360123102");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEmpty())
                .hasMessageContaining("not found").hasMessageContaining("kiosk.json");
    }

    @Test
    void brokenJson() throws Exception {
        Files.writeString(dir.resolve("kiosk.json"), "{\"siteName\": \"石鼻\", \"regionCode\": ");
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEmpty())
                .hasMessageContaining("not valid JSON");
        Files.writeString(dir.resolve("kiosk.json"), "[\"360123102\"]");
        assertThatThrownBy(() -> ConfigLoader.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("JSON object");
    }

    @Test
    void unknownTopLevelField() throws Exception {
        rejects("\"regoinCode\": \"360123101\"", "regoinCode").hasMessageContaining("unknown field 'regoinCode'");
    }

    @Test
    void unknownDisplayField() throws Exception {
        rejects("\"display\": {\"fullscreen\": false}", "display.fullscreen")
                .hasMessageContaining("display.fullscreen");
    }

    @Test
    void missingRequiredFields() throws Exception {
        Files.writeString(dir.resolve("kiosk.json"), "{\"siteName\": \"石鼻\"}");
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
        Files.writeString(dir.resolve("kiosk.json"), "{\"siteName\": \"  \", \"regionCode\": \"360123102\"}");
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("siteName"));
    }

    @ParameterizedTest
    @CsvSource({"3601231", "36012310a", "360 123 102", "360123102201999"})
    void badRegionCode(String code) throws Exception {
        Files.writeString(dir.resolve("kiosk.json"), "{\"siteName\": \"石鼻\", \"regionCode\": \"" + code + "\"}");
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("regionCode"))
                .hasMessageContaining(code);
    }

    @Test
    void textFieldsMustBeText() throws Exception {
        rejects("\"areaName\": 360123102", "areaName").hasMessageContaining("must be text");
        Files.writeString(dir.resolve("kiosk.json"), "{\"siteName\": \"石鼻\", \"regionCode\": 360123102}");
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("regionCode"))
                .hasMessageContaining("must be text");
    }

    @Test
    void badTimeZone() throws Exception {
        rejects("\"timeZone\": \"Asia/Beijing\"", "timeZone").hasMessageContaining("Asia/Beijing");
        rejects("\"timeZone\": \"not a zone!\"", "timeZone");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"display\": {\"fullScreen\": \"yes\"}  | display.fullScreen",
        "\"display\": {\"seniorsMode\": 1}       | display.seniorsMode",
        "\"display\": {\"screen\": 1.5}          | display.screen",
        "\"display\": {\"screen\": \"1\"}        | display.screen",
        "\"display\": {\"screen\": -1}           | display.screen",
        "\"display\": {\"screen\": 17}           | display.screen",
        "\"display\": true                       | display",
        "\"demoContent\": \"true\"               | demoContent",
        "\"dataDir\": 5                          | dataDir"})
    void wrongTypes(String extra, String field) throws Exception {
        rejects(extra, field).hasMessageContaining(field);
    }
}
