package cn.gongkai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.local.LocalContent;
import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.testing.TestKiosk;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kiosk staff add|list}, {@code kiosk local list|export}: PINs from stdin only, a signed export the county can check. */
class StaffCommandsTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) { }

    private Run run(String stdin, String... args) {
        TestKiosk.writeConfig(tmp.resolve("config"), "360123102");
        List<String> all = new ArrayList<>(List.of("--config", tmp.resolve("config").toString(),
                "--data", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void staffAddReadsThePinTwiceFromStdin() {
        assertThat(run("7391\n7391\n", "staff", "add", "李站长", "--role", "admin").exit()).isZero();
        Run mismatch = run("7391\n7392\n", "staff", "add", "王会计");
        assertThat(mismatch.exit()).isEqualTo(2);
        assertThat(mismatch.err()).contains("differ");
        assertThat(run("12\n12\n", "staff", "add", "王会计").err()).contains("密码须为4到8位数字");
        assertThat(run("", "staff", "list").out()).contains("李站长\tadmin").doesNotContain("王会计");
    }

    @Test
    void localListAndASignedExport() throws Exception {
        run("", "staff", "list"); // opens the database (demo content, demo accounts)
        Notice mine;
        try (KioskServices s = KioskServices.open(KioskServices.loadConfig(tmp.resolve("config")), tmp.resolve("data"),
                java.time.Clock.systemUTC())) {
            LocalContent local = s.local();
            var session = ((StaffAccess.Opened) s.staff().login(KioskServices.DEMO_EDITOR, KioskServices.DEMO_EDITOR_PIN))
                    .session();
            mine = new Notice(local.newId(LocalContentDao.Kind.NOTICE), "邹家村停水通知", "通知", "12月1日上午停水检修。",
                    "石鼻镇人民政府", LocalDate.of(2026, 11, 26), null, null, false,
                    Scope.of(PublisherLevel.VILLAGE, "360123102203"));
            local.publish(session, mine);
        }
        Run list = run("", "local", "list", "--json");
        assertThat(list.exit()).isZero();
        JsonArray a = JsonParser.parseString(list.out()).getAsJsonArray();
        assertThat(a).hasSize(1);
        assertThat(a.get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(mine.id());
        assertThat(a.get(0).getAsJsonObject().getAsJsonObject("record").get("title").getAsString()).isEqualTo("邹家村停水通知");

        Path stick = Files.createDirectories(tmp.resolve("usb"));
        Run export = run("", "local", "export", stick.toString());
        assertThat(export.exit()).isZero();
        Path bundle = Path.of(export.out().strip());
        assertThat(bundle.getFileName().toString()).startsWith("kiosk-360123102-");
        byte[] manifest = Files.readAllBytes(bundle.resolve("manifest.json"));
        FeedKeys.TrustedKey key = FeedKeys.loadPublic(bundle.resolve("kiosk.pub"));
        assertThat(key.verify(manifest, Base64.getDecoder().decode(Files.readAllBytes(bundle.resolve("manifest.sig")))))
                .isTrue();
        JsonObject files = JsonParser.parseString(new String(manifest, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonObject("files");
        for (String f : files.keySet()) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(bundle.resolve(f))));
            assertThat(sha).as(f).isEqualTo(files.get(f).getAsString());
        }
        assertThat(Files.readString(bundle.resolve("records.json"))).contains("邹家村停水通知");
        assertThat(Files.readString(bundle.resolve("audit.json"))).contains("\"publish\"").contains("\"login\"");
        // The same key signs the next export; no partial folder is left.
        Run again = run("", "local", "export", stick.toString());
        assertThat(FeedKeys.loadPublic(Path.of(again.out().strip()).resolve("kiosk.pub")).id()).isEqualTo(key.id());
        try (var names = Files.list(stick)) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }
}
