package cn.gongkai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.config.ConfigLoader;
import cn.gongkai.kiosk.config.KioskConfig;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** County IT and township staff at the command line: keygen, publish, setup, import, status. */
class FeedCommandLineTest {
    private static final String CSV = "docs/examples/jiuye-gbk.csv";

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private Path keygen() {
        Run r = run("feed", "keygen", "--out", tmp.resolve("keys").toString(), "--name", "county");
        assertThat(r.exit()).as(r.err()).isZero();
        return tmp.resolve("keys");
    }

    private Run setup(String region, String feed, Path key, String... extra) {
        String[] base = {"--config", tmp.resolve("cfg").toString(), "setup", "--site", "石鼻镇便民服务中心",
            "--area", "安义县石鼻镇", "--region", region, "--feed", feed, "--trust", key.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return run(all);
    }

    @Test
    void publishFromAGbkTableThenSetupImportAndStatus() throws Exception {
        Path keys = keygen();
        Run pub = run("feed", "publish", "--catalog", CSV, "--content", "assets/demo/content", "--region", "360123",
                "--key", keys.resolve("county.key").toString(), "--out", tmp.resolve("feed").toString());
        assertThat(pub.exit()).as(pub.err()).isZero();
        assertThat(pub.out()).contains("published version 1");

        Run s = setup("360123102", "http://127.0.0.1:9/feed/", keys.resolve("county.pub"));
        assertThat(s.exit()).as(s.err()).isZero();
        KioskConfig cfg = ConfigLoader.load(tmp.resolve("cfg"));
        assertThat(cfg.demoContent()).isFalse();
        assertThat(cfg.feed().trustedKeys()).singleElement().satisfies(p -> assertThat(p).exists());

        String[] dirs = {"--config", tmp.resolve("cfg").toString(), "--data", tmp.resolve("data").toString()};
        Run before = run(concat(dirs, "status", "--json"));
        assertThat(json(before).get("feedVersion").getAsLong()).isZero();
        assertThat(json(before).get("staffMessage").getAsString()).contains("尚未");

        Run imp = run(concat(dirs, "import", tmp.resolve("feed").toString(), "--json"));
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(json(imp).get("outcome").getAsString()).isEqualTo("applied");
        Run again = run(concat(dirs, "import", tmp.resolve("feed").toString(), "--json"));
        assertThat(json(again).get("outcome").getAsString()).isEqualTo("up-to-date");

        JsonObject status = json(run(concat(dirs, "status", "--json")));
        assertThat(status.get("feedVersion").getAsLong()).isEqualTo(1);
        assertThat(status.get("lastError").isJsonNull()).isTrue();
        assertThat(status.get("staleSince").isJsonNull()).isTrue();
        assertThat(run(concat(dirs, "catalog")).out()).contains("就业补贴申领");
    }

    @Test
    void aBadRowIsReportedWithItsLineAndNothingIsPublished() throws Exception {
        Path keys = keygen();
        Path csv = tmp.resolve("bad.csv");
        Charset gbk = Charset.forName("GBK");
        Files.writeString(csv, Files.readString(Path.of(CSV), gbk).replace("县人力资源和社会保障局,政府网站、便民服务站",
                "县人力资源和社会保障局,"), gbk);
        Run pub = run("feed", "publish", "--catalog", csv.toString(), "--region", "360123",
                "--key", keys.resolve("county.key").toString(), "--out", tmp.resolve("feed").toString());
        assertThat(pub.exit()).isEqualTo(Main.EXIT_NOT_FOUND);
        assertThat(pub.err()).contains("bad.csv row 7").contains("公开渠道和载体").contains("nothing was published");
        assertThat(tmp.resolve("feed/manifest.json")).doesNotExist();
    }

    @Test
    void setupRefusesABadRegionAnUnreadableKeyAndAnExistingConfig() throws Exception {
        Path keys = keygen();
        Path pub = keys.resolve("county.pub");
        assertThat(setup("3601231", "http://x.example/feed/", pub).err()).contains("--region");
        Files.writeString(tmp.resolve("junk.pub"), "not a key");
        assertThat(setup("360123102", "http://x.example/feed/", tmp.resolve("junk.pub")).err()).contains("--trust");
        assertThat(setup("360123102", "ftp://x.example/feed/", pub).err()).contains("--feed");
        assertThat(tmp.resolve("cfg/kiosk.json")).doesNotExist();

        assertThat(setup("360123102", "https://x.example/feed/", pub).exit()).isZero();
        Run twice = setup("360123102201", "https://x.example/feed/", pub);
        assertThat(twice.exit()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(twice.err()).contains("--force");
        assertThat(setup("360123102201", "https://x.example/feed/", pub, "--force").exit()).isZero();
        assertThat(ConfigLoader.load(tmp.resolve("cfg")).region().digits()).isEqualTo("360123102201");
    }

    @Test
    void doctorNamesAnUnreadableTrustedKey() throws Exception {
        Path keys = keygen();
        assertThat(setup("360123102", "https://x.example/feed/", keys.resolve("county.pub")).exit()).isZero();
        String[] dirs = {"--config", tmp.resolve("cfg").toString(), "--data", tmp.resolve("data").toString()};
        JsonObject good = json(run(concat(dirs, "doctor", "--json")));
        assertThat(good.get("checks").getAsJsonArray()).anySatisfy(c -> {
            assertThat(c.getAsJsonObject().get("name").getAsString()).isEqualTo("feed");
            assertThat(c.getAsJsonObject().get("ok").getAsBoolean()).isTrue();
        });
        try (var files = Files.list(tmp.resolve("cfg/trusted-keys"))) {
            Files.writeString(files.findFirst().orElseThrow(), "{\"kind\": \"damaged\"}");
        }
        Run bad = run(concat(dirs, "doctor"));
        assertThat(bad.exit()).isEqualTo(Main.EXIT_NOT_FOUND);
        assertThat(bad.out()).contains("FAIL  feed").contains("kiosk setup --trust");
    }

    @Test
    void syncWithoutAFeedAddressSaysWhatToSet() {
        cn.gongkai.kiosk.testing.TestKiosk.writeConfig(tmp.resolve("cfg"), "360123102");
        Run r = run("--config", tmp.resolve("cfg").toString(), "--data", tmp.resolve("data").toString(), "sync");
        assertThat(r.exit()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(r.err()).contains("feed.url");
    }

    @Test
    void importOfAMissingPathIsRefusedInPlainWords() {
        cn.gongkai.kiosk.testing.TestKiosk.writeConfig(tmp.resolve("cfg"), "360123102");
        Run r = run("--config", tmp.resolve("cfg").toString(), "--data", tmp.resolve("data").toString(), "import",
                tmp.resolve("no-such-stick").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_NOT_FOUND);
        assertThat(r.err()).contains("SOURCE_GONE").contains("U盘");
    }

    private static JsonObject json(Run r) {
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
