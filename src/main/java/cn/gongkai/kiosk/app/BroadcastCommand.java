package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.broadcast.BroadcastPlanner;
import cn.gongkai.kiosk.broadcast.PlannedPlay;
import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.storage.BroadcastDao;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk broadcast plan|log}: the hall's broadcast schedule as this kiosk would play it
 * (entries of its area from the database, quiet hours and time zone from kiosk.json), and the play
 * log (proof of play).
 */
@Command(name = "broadcast", mixinStandardHelpOptions = true,
        description = "The hall's scheduled broadcasts: the plays the schedule makes, and the log of plays.",
        subcommands = {BroadcastCommand.Plan.class, BroadcastCommand.Log.class})
final class BroadcastCommand implements Callable<Integer> {
    /** A year and a day: enough for any report, small enough to print. */
    static final int MAX_HOURS = 366 * 24;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kiosk broadcast: give 'plan' or 'log' (see 'kiosk broadcast --help')");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_CONFIG;
    }

    /** When a stored or planned moment was, as ISO with the kiosk's offset (2026-11-26T08:30:00+08:00). */
    static String iso(ZonedDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String iso(Instant t, ZoneId zone) {
        return iso(t.atZone(zone));
    }

    /**
     * Reads --from: an ISO local date-time (2026-11-26T08:00, in the kiosk's zone), a date
     * (2026-11-26, from midnight), or an instant or offset date-time (2026-11-26T00:00:00Z,
     * 2026-11-26T08:00+08:00), which is then shown in the kiosk's zone.
     */
    static ZonedDateTime parseFrom(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.ISO_DATE_TIME).withZoneSameInstant(zone);
        } catch (DateTimeParseException ignored) {
            // not with an offset or zone: local
        }
        try {
            return LocalDateTime.parse(t).atZone(zone);
        } catch (DateTimeParseException ignored) {
            // not a local date-time: a date?
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--from: '" + text + "' is not an ISO time like 2026-11-26T08:00"
                    + " (in the kiosk's time zone), 2026-11-26 or 2026-11-26T00:00:00Z");
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Print the plays the schedule makes from --from for --hours hours: the schedule entries"
                    + " of this kiosk's area (from its database), with the quiet hours and time zone of kiosk.json"
                    + " (normal broadcasts due in quiet hours are skipped and listed; urgent ones play).")
    static final class Plan implements Callable<Integer> {
        @ParentCommand
        BroadcastCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", paramLabel = "ISO",
                description = "Start: 2026-11-26T08:00 (the kiosk's time zone), 2026-11-26, or an instant such as"
                        + " 2026-11-26T00:00:00Z. Default: now.")
        String from;

        @Option(names = "--hours", paramLabel = "N", defaultValue = "24",
                description = "How many hours to plan, 1 to " + MAX_HOURS + " (default: ${DEFAULT-VALUE}).")
        int hours;

        @Option(names = "--json", description = "Print JSON (see docs/cli-json.md).")
        boolean json;

        @Override
        public Integer call() throws StartupException {
            PrintWriter err = spec.commandLine().getErr();
            if (hours < 1 || hours > MAX_HOURS) {
                err.println("kiosk broadcast plan: --hours must be 1 to " + MAX_HOURS + ", got " + hours);
                return Main.EXIT_CONFIG;
            }
            Main main = parent.main;
            KioskConfig cfg = main.loadConfig();
            ZoneId zone = cfg.timeZone();
            ZonedDateTime start;
            if (from != null) {
                try {
                    start = parseFrom(from, zone);
                } catch (IllegalArgumentException | DateTimeException e) {
                    err.println("kiosk broadcast plan: " + e.getMessage());
                    return Main.EXIT_CONFIG;
                }
            } else {
                start = null;
            }
            try (KioskServices s = main.openServices(cfg)) {
                if (start == null) {
                    start = s.clock().instant().atZone(zone).truncatedTo(ChronoUnit.MINUTES);
                }
                ZonedDateTime end = start.plusHours(hours);
                List<BroadcastEntry> entries = new BroadcastDao(s.database(), cfg.region()).list();
                BroadcastPlanner.Plan plan = BroadcastPlanner.fullPlan(entries, cfg.broadcast().quietHours(), start,
                        end);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(JsonOut.print(json(cfg, start, end, entries.size(), plan)));
                } else {
                    text(out, cfg, start, end, entries.size(), plan);
                }
                out.flush();
                return 0;
            }
        }

        private static JsonObject json(KioskConfig cfg, ZonedDateTime start, ZonedDateTime end, int entries,
                                       BroadcastPlanner.Plan plan) {
            JsonObject o = new JsonObject();
            o.addProperty("from", iso(start));
            o.addProperty("to", iso(end));
            o.addProperty("timeZone", cfg.timeZone().getId());
            o.addProperty("enabled", cfg.broadcast().enabled());
            JsonArray quiet = new JsonArray();
            cfg.broadcast().quietHours().texts().forEach(quiet::add);
            o.add("quietHours", quiet);
            o.addProperty("entries", entries);
            JsonArray plays = new JsonArray();
            plan.plays().forEach(p -> plays.add(play(p, null)));
            o.add("plays", plays);
            JsonArray skipped = new JsonArray();
            plan.skipped().forEach(p -> skipped.add(play(p, "skipped-quiet")));
            o.add("skipped", skipped);
            return o;
        }

        private static JsonObject play(PlannedPlay p, String reason) {
            BroadcastEntry e = p.entry();
            JsonObject o = new JsonObject();
            o.addProperty("at", iso(p.at()));
            o.addProperty("id", e.id());
            o.addProperty("title", e.title());
            o.addProperty("priority", e.priority().key());
            o.addProperty("chime", e.chime());
            o.addProperty("repeat", e.repeat());
            o.addProperty("audio", e.hasAudio() ? e.audio() : null);
            o.addProperty("text", e.text());
            if (reason != null) {
                o.addProperty("reason", reason);
            }
            return o;
        }

        private static void text(PrintWriter out, KioskConfig cfg, ZonedDateTime start, ZonedDateTime end,
                                 int entries, BroadcastPlanner.Plan plan) {
            out.printf("broadcast plan for %s, %s to %s (%s), %d schedule entries%n", cfg.siteName(),
                    start.format(SHORT), end.format(SHORT), cfg.timeZone().getId(), entries);
            out.println("quiet hours: " + (cfg.broadcast().quietHours().isEmpty() ? "none"
                    : String.join(", ", cfg.broadcast().quietHours().texts())
                    + " (normal broadcasts due then are skipped; urgent ones play)"));
            if (!cfg.broadcast().enabled()) {
                out.println("broadcasts are turned off on this kiosk (broadcast.enabled in kiosk.json): nothing"
                        + " below will play");
            }
            for (PlannedPlay p : plan.plays()) {
                out.println(line(p));
            }
            out.printf("%d plays", plan.plays().size());
            out.println(plan.skipped().isEmpty() ? "" : "; skipped in quiet hours: " + plan.skipped().size());
            for (PlannedPlay p : plan.skipped()) {
                out.println("  skipped " + line(p));
            }
        }

        private static String line(PlannedPlay p) {
            BroadcastEntry e = p.entry();
            return p.at().format(SHORT) + "  " + (e.urgent() ? "URGENT " : "normal ") + e.id() + "  " + e.title()
                    + (e.repeat() > 1 ? "  (read " + e.repeat() + " times)" : "")
                    + (e.chime() ? "" : "  (no chime)")
                    + (e.hasAudio() ? "  [" + e.audio() + "]" : "");
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true,
            description = "Print the play log of one day (proof of play): every planned play and whether it was"
                    + " completed, cut, skipped in quiet hours or failed.")
    static final class Log implements Callable<Integer> {
        @ParentCommand
        BroadcastCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--day", paramLabel = "DATE",
                description = "The day, as 2026-11-26, in the kiosk's time zone. Default: today.")
        String day;

        @Option(names = "--json", description = "Print JSON (see docs/cli-json.md).")
        boolean json;

        @Override
        public Integer call() throws StartupException {
            Main main = parent.main;
            KioskConfig cfg = main.loadConfig();
            ZoneId zone = cfg.timeZone();
            Optional<LocalDate> wanted = Optional.empty();
            if (day != null) {
                try {
                    wanted = Optional.of(LocalDate.parse(day.strip()));
                } catch (DateTimeParseException e) {
                    spec.commandLine().getErr().println("kiosk broadcast log: --day: '" + day
                            + "' is not a date like 2026-11-26");
                    return Main.EXIT_CONFIG;
                }
            }
            try (KioskServices s = main.openServices(cfg)) {
                LocalDate date = wanted.orElseGet(() -> s.clock().instant().atZone(zone).toLocalDate());
                List<BroadcastDao.Play> plays = new BroadcastDao(s.database(), cfg.region()).playsOn(date, zone);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    JsonObject o = new JsonObject();
                    o.addProperty("day", date.toString());
                    o.addProperty("timeZone", zone.getId());
                    JsonArray a = new JsonArray();
                    for (BroadcastDao.Play p : plays) {
                        JsonObject po = new JsonObject();
                        po.addProperty("id", p.entryId());
                        po.addProperty("title", p.title());
                        po.addProperty("planned", iso(p.planned(), zone));
                        po.addProperty("started", p.started().map(t -> iso(t, zone)).orElse(null));
                        po.addProperty("ended", p.ended().map(t -> iso(t, zone)).orElse(null));
                        po.addProperty("outcome", p.outcome().key());
                        po.addProperty("reason", p.reason());
                        a.add(po);
                    }
                    o.add("plays", a);
                    out.println(JsonOut.print(o));
                } else {
                    out.printf("broadcast log of %s, %s (%s): %d plays%n", cfg.siteName(), date, zone.getId(),
                            plays.size());
                    for (BroadcastDao.Play p : plays) {
                        out.printf("%s  %-13s %s  %s%s%s%n", p.planned().atZone(zone).format(SHORT), p.outcome().key(),
                                p.entryId(), p.title(),
                                p.started().map(t -> "  " + t.atZone(zone).format(CLOCK)
                                        + p.ended().map(x -> "-" + x.atZone(zone).format(CLOCK)).orElse("")).orElse(""),
                                p.reason().isEmpty() ? "" : "  (" + p.reason() + ")");
                    }
                }
                out.flush();
                return 0;
            }
        }
    }
}
