package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.storage.LocalContentDao;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kiosk staff ...} (accounts for the staff console) and {@code kiosk local ...} (this kiosk's own content). */
final class StaffCommands {
    private StaffCommands() {
    }

    /** A command group given without its subcommand: the usage, and bad usage as exit code. */
    static int usage(CommandSpec spec) {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_CONFIG;
    }

    @Command(name = "staff", mixinStandardHelpOptions = true,
            description = "Staff accounts for the console (a 5-second press on the screen's bottom-left corner opens"
                    + " its PIN pad).", subcommands = {Add.class, ListAccounts.class, Remove.class})
    static final class Staff implements Callable<Integer> {
        @ParentCommand
        Main main;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return usage(spec);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account, or give an existing one a new PIN or role. The PIN (4-8 digits) is read"
                    + " twice from standard input, never from the command line (it would stay in the shell history).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        Staff parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The name shown on the PIN pad, e.g. 王会计.")
        String name;
        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "editor",
                description = "editor (content) or admin (also accounts and exit); default editor.")
        String role;

        @Override
        public Integer call() throws StartupException, IOException {
            PrintWriter err = spec.commandLine().getErr();
            StaffAccess.Role r;
            try {
                r = StaffAccess.Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("kiosk staff add: --role must be editor or admin");
                return Main.EXIT_CONFIG;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            err.print("PIN for " + name + ": ");
            err.flush();
            String pin = in.readLine();
            err.print("again: ");
            err.flush();
            String again = in.readLine();
            err.println();
            if (pin == null || !pin.equals(again)) {
                err.println("kiosk staff add: the two PINs differ (nothing changed)");
                return Main.EXIT_CONFIG;
            }
            try (KioskServices s = parent.main.openServices(parent.main.loadConfig())) {
                s.staff().save(name, r, pin.strip(), "cli");
            } catch (IllegalArgumentException e) {
                err.println("kiosk staff add: " + e.getMessage());
                return Main.EXIT_CONFIG;
            }
            spec.commandLine().getOut().println("saved " + name + " (" + r.name().toLowerCase(Locale.ROOT) + ")");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts (names and roles).")
    static final class ListAccounts implements Callable<Integer> {
        @ParentCommand
        Staff parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws StartupException {
            try (KioskServices s = parent.main.openServices(parent.main.loadConfig())) {
                for (StaffAccess.Staff a : s.staff().accounts()) {
                    spec.commandLine().getOut().println(a.name() + "\t" + a.role().name().toLowerCase(Locale.ROOT));
                }
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        Staff parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws StartupException {
            try (KioskServices s = parent.main.openServices(parent.main.loadConfig())) {
                s.staff().remove(name, "cli");
            }
            return 0;
        }
    }

    @Command(name = "local", mixinStandardHelpOptions = true,
            description = "This kiosk's own (township and village) content, which no sync changes.",
            subcommands = {LocalList.class, LocalExportCommand.class})
    static final class Local implements Callable<Integer> {
        @ParentCommand
        Main main;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return usage(spec);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List local records with their latest revision (withdrawn ones too).")
    static final class LocalList implements Callable<Integer> {
        @ParentCommand
        Local parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print a JSON array (see docs/cli-json.md).")
        boolean json;

        @Override
        public Integer call() throws StartupException {
            try (KioskServices s = parent.main.openServices(parent.main.loadConfig())) {
                PrintWriter out = spec.commandLine().getOut();
                JsonArray a = new JsonArray();
                for (LocalContentDao.Revision r : s.local().current()) {
                    JsonObject o = new JsonObject();
                    o.addProperty("kind", r.kind().key());
                    o.addProperty("id", r.id());
                    o.addProperty("rev", r.rev());
                    o.addProperty("action", r.action());
                    o.addProperty("who", r.who());
                    o.addProperty("at", r.at().toString());
                    o.add("record", r.record() == null ? null : JsonParser.parseString(r.record()));
                    a.add(o);
                    if (!json) {
                        out.println(r.kind().key() + "\t" + r.id() + "\t" + r.rev() + "\t" + r.action() + "\t" + r.who()
                                + "\t" + r.at());
                    }
                }
                if (json) {
                    out.println(JsonOut.print(a));
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write local content, its revisions and the audit log to DIR as a bundle signed with this"
                    + " kiosk's own key (made on first export in <data>/keys), for the county to collect.")
    static final class LocalExportCommand implements Callable<Integer> {
        @ParentCommand
        Local parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR", description = "Where the bundle folder goes (a USB stick, a shared folder).")
        Path dir;

        @Override
        public Integer call() throws StartupException {
            try (KioskServices s = parent.main.openServices(parent.main.loadConfig())) {
                Path done = s.localExport().exportTo(dir, "cli");
                spec.commandLine().getOut().println(done);
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("kiosk local export: cannot write to " + dir + ": " + e.getMessage());
                return Main.EXIT_NOT_FOUND;
            }
        }
    }
}
