package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.sync.FeedStatus;
import cn.gongkai.kiosk.feed.sync.FeedSync;
import cn.gongkai.kiosk.feed.sync.HttpSource;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The kiosk's side of the feed on the command line: sync, import, status. */
final class SyncCommands {
    private SyncCommands() {
    }

    /** Shared: run one feed operation and report it in words or JSON. */
    abstract static class FeedOperation implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the result as JSON (docs/cli-json.md).")
        boolean json;

        abstract FeedSync.Result run(KioskServices services) throws FeedException, StartupException;

        @Override
        public Integer call() throws StartupException {
            KioskConfig cfg = main.loadConfig();
            try (KioskServices services = main.openServices(cfg)) {
                try {
                    FeedSync.Result r = run(services);
                    report(r, null);
                    return 0;
                } catch (FeedException e) {
                    report(null, e);
                    return Main.EXIT_NOT_FOUND;
                }
            }
        }

        private void report(FeedSync.Result r, FeedException e) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonObject o = new JsonObject();
                o.addProperty("ok", e == null);
                o.addProperty("outcome", e != null ? "refused" : r.outcome() == FeedSync.Outcome.APPLIED ? "applied" : "up-to-date");
                o.addProperty("version", r == null ? null : r.version());
                JsonObject counts = new JsonObject();
                (r == null ? Map.<String, Integer>of() : r.counts()).forEach(counts::addProperty);
                o.add("counts", counts);
                o.addProperty("bytes", r == null ? null : r.bytes());
                o.addProperty("reason", e == null ? null : e.reason().name());
                o.addProperty("message", e == null ? null : e.getMessage());
                o.addProperty("staffMessage", e == null ? null : e.reason().staffText());
                out.println(JsonOut.print(o));
            } else if (e != null) {
                spec.commandLine().getErr().println("kiosk " + spec.name() + ": refused (" + e.reason() + "): "
                        + e.getMessage() + "\n  " + e.reason().staffText()
                        + e.retryAfter().map(d -> "\n  the server asks to retry after " + d.toSeconds() + " s").orElse(""));
                spec.commandLine().getErr().flush();
            } else if (r.outcome() == FeedSync.Outcome.APPLIED) {
                out.printf("applied feed version %d: %s (%d objects, %d bytes transferred)%n", r.version(), r.counts(),
                        r.objectsFetched(), r.bytes());
            } else {
                out.printf("already up to date at version %d (%d bytes transferred)%n", r.version(), r.bytes());
            }
            out.flush();
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Fetch the county feed now (feed.url in kiosk.json, or --feed) and apply it if it is newer and valid.")
    static final class Sync extends FeedOperation {
        @Option(names = "--feed", paramLabel = "URL", description = "Feed address instead of feed.url (http:// or https://).")
        URI feed;

        @Override
        FeedSync.Result run(KioskServices services) throws FeedException, StartupException {
            URI url = Optional.ofNullable(feed).or(() -> services.config().feed().url()).orElseThrow(() ->
                    new StartupException("no feed address: set feed.url in kiosk.json or give --feed URL",
                            "未配置县级内容源地址。", null));
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new StartupException("--feed must be an http:// or https:// address; for a folder or archive use"
                        + " 'kiosk import PATH'", "内容源地址有误。", null);
            }
            return services.feeds().syncFrom(url, HttpSource.Limits.defaults());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a feed copy from a folder or a .zip/.tar/.tar.gz archive (a USB stick), checked"
                    + " exactly like the network feed.")
    static final class Import extends FeedOperation {
        @Parameters(paramLabel = "PATH", description = "The feed folder (holding manifest.json) or an archive of it.")
        Path path;

        @Override
        FeedSync.Result run(KioskServices services) throws FeedException {
            return services.feeds().importFrom(path);
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Which feed version is on screen, the last successful and failed sync, and since when the content is stale.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the status as JSON (docs/cli-json.md).")
        boolean json;

        @Override
        public Integer call() throws StartupException {
            KioskConfig cfg = main.loadConfig();
            try (KioskServices services = main.openServices(cfg)) {
                FeedStatus s = services.feeds().status();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    JsonObject o = new JsonObject();
                    o.addProperty("feedVersion", s.version());
                    o.addProperty("source", s.source().orElse(null));
                    o.addProperty("feedUrl", cfg.feed().url().map(URI::toString).orElse(null));
                    o.addProperty("issued", time(s.issued()));
                    o.addProperty("expires", time(s.expires()));
                    o.addProperty("lastAttempt", time(s.lastAttempt()));
                    o.addProperty("lastSuccess", time(s.lastSuccess()));
                    o.addProperty("lastError", s.lastError().orElse(null));
                    o.addProperty("lastErrorReason", s.lastErrorReason().map(Enum::name).orElse(null));
                    o.addProperty("staffMessage", s.staffSummary(cfg.timeZone()));
                    o.addProperty("staleSince", time(s.staleSince()));
                    out.println(JsonOut.print(o));
                } else {
                    out.printf("feed version   %d from %s%n", s.version(), s.source().orElse("(none)"));
                    out.printf("valid until    %s%n", time(s.expires()));
                    out.printf("last success   %s%n", time(s.lastSuccess()));
                    out.printf("last attempt   %s%n", time(s.lastAttempt()));
                    out.printf("last error     %s%n", s.lastError().orElse("none"));
                    out.printf("stale since    %s%n", s.staleSince().map(Instant::toString).orElse("not stale"));
                    out.println(s.staffSummary(cfg.timeZone()));
                }
                out.flush();
                return 0;
            }
        }

        private static String time(Optional<Instant> t) {
            return t.map(Instant::toString).orElse(null);
        }
    }
}
