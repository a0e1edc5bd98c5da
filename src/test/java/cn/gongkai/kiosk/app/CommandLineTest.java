package cn.gongkai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.testing.TestKiosk;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line over real files: each command as a county IT person or script would use it. */
class CommandLineTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) { }

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String[] withDirs(String... args) {
        TestKiosk.writeConfig(tmp.resolve("config"), "360123102");
        String[] all = new String[args.length + 4];
        all[0] = "--config";
        all[1] = tmp.resolve("config").toString();
        all[2] = "--data";
        all[3] = tmp.resolve("data").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return all;
    }

    @Test
    void catalogJsonListsEveryItemWithEveryElement() {
        Run r = run(withDirs("catalog", "--json"));
        assertThat(r.exit()).isZero();
        JsonArray items = JsonParser.parseString(r.out()).getAsJsonArray();
        assertThat(items.size()).isGreaterThanOrEqualTo(150);
        JsonObject first = items.get(0).getAsJsonObject();
        assertThat(first.keySet()).containsExactly("id", "domain", "level1", "level2", "content", "basis",
                "deadline", "subject", "channels", "audience", "manner", "levels", "fivePublic", "scope");
    }

    @Test
    void catalogFiltersByDomain() {
        Run r = run(withDirs("catalog", "--domain", "就业"));
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\t就业 / "));
        assertThat(run(withDirs("catalog", "--domain", "不存在")).exit()).isEqualTo(Main.EXIT_NOT_FOUND);
    }

    @Test
    void showPrintsEveryElementInChineseAndAsJson() {
        Run text = run(withDirs("show", "cat-jiuye-001"));
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("公开内容：", "公开依据：", "公开时限：", "公开主体：", "公开渠道和载体：",
                "公开对象：", "公开方式：", "公开层级：");
        Run json = run(withDirs("show", "pol-001", "--json"));
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(o.get("kind").getAsString()).isEqualTo("policy");
        assertThat(o.getAsJsonObject("record").get("title").getAsString()).contains("稳就业");
        Run missing = run(withDirs("show", "no-such-id"));
        assertThat(missing.exit()).isEqualTo(Main.EXIT_NOT_FOUND);
        assertThat(missing.err()).contains("no-such-id");
    }

    @Test
    void showNeverPrintsAFullIdNumber() {
        Run r = run(withDirs("show", "fund-001", "--json"));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContainPattern("\\d{17}[\\dXx]");
    }

    @Test
    void brokenConfigurationIsOnePlainLineNamingTheField() throws Exception {
        Path config = tmp.resolve("bad");
        Files.createDirectories(config);
        Files.writeString(config.resolve("kiosk.json"), "{\"siteName\": \"x\", \"regionCode\": \"3601\"}");
        Run r = run("--config", config.toString(), "--data", tmp.resolve("data").toString(), "catalog");
        assertThat(r.exit()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("regionCode").doesNotContain("Exception").doesNotContain("\tat ");

        Files.writeString(config.resolve("kiosk.json"), "{\"siteName\": ");
        Run broken = run("--config", config.toString(), "--data", tmp.resolve("data").toString(), "catalog");
        assertThat(broken.exit()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(broken.err()).contains("kiosk.json").contains("not valid JSON");
    }

    @Test
    void unwritableDataDirectoryIsOnePlainLine() throws Exception {
        Path file = tmp.resolve("not-a-dir");
        Files.writeString(file, "x");
        Run r = run(withDirs()[0], withDirs()[1], "--data", file.resolve("data").toString(), "catalog");
        assertThat(r.exit()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("data directory is not writable");
    }

    @Test
    void doctorPassesOnAGoodSetupAndNamesTheFixOtherwise() throws Exception {
        Run ok = run(withDirs("doctor", "--json"));
        JsonObject o = JsonParser.parseString(ok.out()).getAsJsonObject();
        assertThat(o.get("ok").getAsBoolean()).as(ok.out()).isTrue();
        assertThat(ok.exit()).isZero();
        assertThat(o.getAsJsonArray("checks").asList()).extracting(e -> e.getAsJsonObject().get("name").getAsString())
                .contains("java", "javafx", "cjk-font", "configuration", "data-dir", "database");

        Files.writeString(tmp.resolve("config").resolve("kiosk.json"), "{\"siteName\": \"x\", \"regionCode\": \"360123102\", \"colour\": 1}");
        Run bad = run("--config", tmp.resolve("config").toString(), "--data", tmp.resolve("data").toString(), "doctor");
        assertThat(bad.exit()).isEqualTo(Main.EXIT_NOT_FOUND);
        assertThat(bad.out()).contains("FAIL  configuration").contains("colour").contains("fix:");
    }

    @Test
    void toolsDoNotMoveADamagedDatabaseAway() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        byte[] garbage = new byte[8192];
        new java.util.Random(3).nextBytes(garbage);
        Files.write(data.resolve("kiosk.db"), garbage);
        Run r = run(withDirs("catalog"));
        assertThat(r.exit()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(r.err()).contains("database is damaged").contains("start the kiosk");
        assertThat(Files.readAllBytes(data.resolve("kiosk.db"))).isEqualTo(garbage);
    }
}
