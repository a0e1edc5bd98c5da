package cn.gongkai.kiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging to size-capped rotating files in the data directory (a kiosk runs for months; 5 files
 * of 5 MB at most), and every uncaught error logged with its cause. Nothing goes to the console,
 * so command-line output stays clean and villagers never see a trace.
 */
public final class LogSetup {
    static final int FILE_LIMIT_BYTES = 5 * 1024 * 1024;
    static final int FILE_COUNT = 5;

    private LogSetup() {
    }

    /** Returns false (and leaves logging off) when the log folder cannot be written. */
    public static boolean init(Path logDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(logDir);
            Handler file = new FileHandler(logDir.resolve("kiosk-%g.log").toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            return false;
        }
        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                Logger.getLogger("uncaught").log(Level.SEVERE, "uncaught error in thread " + t.getName(), e));
        return true;
    }
}
