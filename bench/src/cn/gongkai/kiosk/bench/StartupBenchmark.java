package cn.gongkai.kiosk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cold start to an interactive home screen, as a ratio to a minimal JavaFX window started the
 * same way in the same run. Each trial is a fresh JVM; kiosk and baseline alternate so that
 * machine noise hits both alike. Time is from process start to the KIOSK_READY line.
 *
 * Usage (under a display): java -cp CP cn.gongkai.kiosk.bench.StartupBenchmark REPO_DIR [TRIALS]
 * CP must hold jars only (class-data sharing does not archive classes from folders).
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath();
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String cp = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = Files.createTempDirectory("kiosk-bench-start");
        Path cds = Files.createTempDirectory("kiosk-bench-cds");

        List<String> kioskArgs = List.of("cn.gongkai.kiosk.app.Main", "--config", repo.resolve("kiosk-config").toString(),
                "--data", data.toString(), "--windowed", "--exit-when-ready");
        List<String> minimalArgs = List.of("cn.gongkai.kiosk.bench.MinimalFxMain");

        double first = timeToReady(command(java, cp, List.of(), kioskArgs));
        System.out.printf("first start (empty data dir, demo content imported): %.0f ms%n", first);
        report("plain JVM", trials,
                command(java, cp, List.of(), minimalArgs), command(java, cp, List.of(), kioskArgs));

        // Same again with class-data sharing, as ./kiosk starts the window: each program gets its
        // own archive from one training run, so both are started the same way.
        Path kioskJsa = cds.resolve("kiosk.jsa");
        Path minimalJsa = cds.resolve("minimal.jsa");
        timeToReady(command(java, cp, List.of("-XX:ArchiveClassesAtExit=" + kioskJsa), kioskArgs));
        timeToReady(command(java, cp, List.of("-XX:ArchiveClassesAtExit=" + minimalJsa), minimalArgs));
        report("AppCDS (as ./kiosk)", trials,
                command(java, cp, List.of("-XX:SharedArchiveFile=" + minimalJsa), minimalArgs),
                command(java, cp, List.of("-XX:SharedArchiveFile=" + kioskJsa), kioskArgs));
    }

    private static List<String> command(String java, String cp, List<String> jvm, List<String> main) {
        List<String> c = new ArrayList<>(List.of(java, "-Dprism.lcdtext=false", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        c.addAll(jvm);
        c.add("-cp");
        c.add(cp);
        c.addAll(main);
        return c;
    }

    private static void report(String mode, int trials, List<String> minimal, List<String> kiosk) throws Exception {
        timeToReady(minimal); // warm the OS file cache
        timeToReady(kiosk);
        List<Double> k = new ArrayList<>();
        List<Double> m = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            m.add(timeToReady(minimal));
            k.add(timeToReady(kiosk));
        }
        double km = median(k);
        double mm = median(m);
        System.out.printf("[%s] minimal JavaFX window: median %.0f ms (min %.0f, max %.0f, n=%d)%n", mode, mm,
                Collections.min(m), Collections.max(m), trials);
        System.out.printf("[%s] kiosk home screen:     median %.0f ms (min %.0f, max %.0f, n=%d)%n", mode, km,
                Collections.min(k), Collections.max(k), trials);
        System.out.printf("[%s] ratio kiosk/minimal:   %.2f (goal <= 1.25)%n", mode, km / mm);
    }

    private static double timeToReady(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        double ms = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.contains("KIOSK_READY") && ms < 0) {
                    ms = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        int exit = p.waitFor();
        if (ms < 0 || exit != 0) {
            throw new IllegalStateException("no KIOSK_READY from " + command.get(command.size() - 1) + " (exit " + exit + ")");
        }
        return ms;
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
