package cn.gongkai.kiosk.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kiosk doctor}: is this machine ready to run the kiosk? Exit 0 only if every required check passes. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check Java, JavaFX, the Chinese font, configuration, data directory and database.")
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the checks as JSON (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() {
        List<Doctor.Check> checks = new Doctor(Locations.configDir(main.config, System.getenv()), main.data,
                System.getenv()).run();
        boolean ok = checks.stream().allMatch(c -> c.ok() || !c.required());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("ok", ok);
            JsonArray a = new JsonArray();
            for (Doctor.Check c : checks) {
                JsonObject co = new JsonObject();
                co.addProperty("name", c.name());
                co.addProperty("ok", c.ok());
                co.addProperty("required", c.required());
                co.addProperty("detail", c.detail());
                co.addProperty("fix", c.ok() ? "" : c.fix());
                a.add(co);
            }
            o.add("checks", a);
            out.println(JsonOut.print(o));
        } else {
            for (Doctor.Check c : checks) {
                String status = c.ok() ? "OK  " : c.required() ? "FAIL" : "WARN";
                out.printf("%s  %-16s %s%n", status, c.name(), c.detail());
                if (!c.ok()) {
                    out.printf("      %-16s fix: %s%n", "", c.fix());
                }
            }
            out.println(ok ? "All required checks passed." : "Some required checks failed.");
        }
        out.flush();
        return ok ? 0 : Main.EXIT_NOT_FOUND;
    }
}
