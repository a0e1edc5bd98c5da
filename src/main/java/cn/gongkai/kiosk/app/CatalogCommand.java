package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.domain.CatalogItem;
import com.google.gson.JsonArray;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kiosk catalog}: the catalog items this kiosk shows, in catalog order. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List catalog items shown on this kiosk (its county, township and villages).")
final class CatalogCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--domain", paramLabel = "NAME", description = "Only this domain, e.g. 就业.")
    String domain;

    @Option(names = "--json", description = "Print a JSON array (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() throws StartupException {
        try (KioskServices s = main.openServices(main.loadConfig())) {
            List<CatalogItem> items = s.catalog().list(Optional.ofNullable(domain));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonArray a = new JsonArray();
                items.forEach(i -> a.add(JsonOut.catalogItem(i)));
                out.println(JsonOut.print(a));
            } else {
                for (CatalogItem i : items) {
                    out.println(i.id() + "\t" + i.domain() + " / " + i.level1() + " / " + i.level2());
                }
            }
            out.flush();
            if (items.isEmpty() && domain != null) {
                spec.commandLine().getErr().println("kiosk: no items in domain '" + domain + "'");
                return Main.EXIT_NOT_FOUND;
            }
            return 0;
        }
    }
}
