package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.search.SearchHit;
import cn.gongkai.kiosk.search.SearchQuery;
import cn.gongkai.kiosk.search.SearchService;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kiosk search QUERY}: the kiosk's search, with the same ranking as the screen. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search this kiosk's content as the search screen does: Chinese (any length), full pinyin"
                + " (jiuye), initials (jy), mixed (养老bx), document numbers (56号).",
                "Exit 0 when something was found, 1 when nothing was."})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for (several words are one query).")
    List<String> query;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only catalog, policy, fund or notice.")
    String kind;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results, 1-200 (default 20).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() throws StartupException {
        Optional<SearchHit.Kind> k = Optional.empty();
        if (kind != null) {
            try {
                k = Optional.of(SearchHit.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "--kind must be catalog, policy, fund or notice, not '" + kind + "'");
            }
        }
        if (limit < 1 || limit > 200) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 to 200");
        }
        try (KioskServices s = main.openServices(main.loadConfig())) {
            SearchService search = new SearchService(s.database(), s.config().region());
            List<SearchHit> hits = search.search(new SearchQuery(String.join(" ", query), k, Optional.empty(), limit));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonArray a = new JsonArray();
                for (SearchHit h : hits) {
                    a.add(json(h));
                }
                out.println(JsonOut.print(a));
            } else {
                for (SearchHit h : hits) {
                    out.println(h.id() + "\t" + h.kind().name().toLowerCase(Locale.ROOT) + "\t" + marked(h)
                            + (h.date() == null ? "" : "\t" + h.date()) + "\t" + h.context());
                }
            }
            out.flush();
            if (hits.isEmpty()) {
                spec.commandLine().getErr().println("kiosk: nothing found for '" + String.join(" ", query) + "'");
                return Main.EXIT_NOT_FOUND;
            }
            return 0;
        }
    }

    /** The title with the matched stretches in 【】. */
    private static String marked(SearchHit h) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] r : h.titleMatches()) {
            sb.append(h.title(), at, r[0]).append('【').append(h.title(), r[0], r[1]).append('】');
            at = r[1];
        }
        return sb.append(h.title().substring(at)).toString();
    }

    private static JsonObject json(SearchHit h) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", h.kind().name().toLowerCase(Locale.ROOT));
        o.addProperty("id", h.id());
        o.addProperty("title", h.title());
        JsonArray m = new JsonArray();
        for (int[] r : h.titleMatches()) {
            JsonArray pair = new JsonArray();
            pair.add(r[0]);
            pair.add(r[1]);
            m.add(pair);
        }
        o.add("titleMatches", m);
        o.addProperty("context", h.context());
        o.addProperty("domain", h.domain());
        o.addProperty("date", h.date() == null ? null : h.date().toString());
        o.addProperty("until", h.until() == null ? null : h.until().toString());
        o.addProperty("region", h.region());
        return o;
    }
}
