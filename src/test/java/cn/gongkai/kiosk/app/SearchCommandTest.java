package cn.gongkai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.search.SearchQuery;
import cn.gongkai.kiosk.search.SearchService;
import cn.gongkai.kiosk.testing.TestKiosk;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kiosk search}: same ranking as the service, JSON as in docs/cli-json.md, exit codes. */
class SearchCommandTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) { }

    private Run run(String... args) {
        TestKiosk.writeConfig(tmp.resolve("config"), "360123102");
        List<String> all = new ArrayList<>(List.of("--config", tmp.resolve("config").toString(),
                "--data", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonHasTheServicesRanking() throws Exception {
        Run r = run("search", "dibao", "--json", "--limit", "5");
        assertThat(r.exit()).isZero();
        JsonArray a = JsonParser.parseString(r.out()).getAsJsonArray();
        assertThat(a.size()).isBetween(1, 5);
        JsonObject first = a.get(0).getAsJsonObject();
        assertThat(first.keySet()).containsExactly("kind", "id", "title", "titleMatches", "context", "domain", "date",
                "until", "region");
        try (KioskServices s = KioskServices.open(KioskServices.loadConfig(tmp.resolve("config")),
                tmp.resolve("data"), java.time.Clock.systemUTC())) {
            List<String> ids = new SearchService(s.database(), s.config().region())
                    .search(new SearchQuery("dibao", java.util.Optional.empty(), java.util.Optional.empty(), 5))
                    .stream().map(h -> h.id()).toList();
            List<String> cli = new ArrayList<>();
            a.forEach(e -> cli.add(e.getAsJsonObject().get("id").getAsString()));
            assertThat(cli).isEqualTo(ids);
        }
    }

    @Test
    void textKindFilterAndExitCodes() {
        Run r = run("search", "补贴", "--kind", "policy");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\tpolicy\t"));
        assertThat(r.out()).contains("【补贴】");
        Run none = run("search", "\"; DROP TABLE policy; --");
        assertThat(none.exit()).isEqualTo(Main.EXIT_NOT_FOUND);
        assertThat(run("search", "x", "--kind", "nonsense").exit()).isEqualTo(2);
        assertThat(run("search", "x", "--limit", "0").exit()).isEqualTo(2);
    }
}
