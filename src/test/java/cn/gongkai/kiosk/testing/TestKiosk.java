package cn.gongkai.kiosk.testing;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.app.StartupException;
import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.ui.Async;
import cn.gongkai.kiosk.ui.UiContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A kiosk as the app builds it, on a temporary data and config directory, with the real SQLite
 * database and the embedded demo content. The clock is fixed so date-dependent screens
 * (notices in force) do not change with the day the tests run.
 */
public final class TestKiosk implements AutoCloseable {
    /** 2026-11-26 10:00 in Jiangxi. */
    public static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    public final Path configDir;
    public final Path dataDir;
    public final KioskServices services;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-load");
        t.setDaemon(true);
        return t;
    });

    private TestKiosk(Path root, String region) throws StartupException {
        this.configDir = root.resolve("config");
        this.dataDir = root.resolve("data");
        writeConfig(configDir, region);
        KioskConfig cfg = KioskServices.loadConfig(configDir);
        this.services = KioskServices.open(cfg, dataDir, Clock.fixed(NOW, ZoneOffset.UTC));
        // No sound card here: readings take a third of real time on a silent clock.
        services.useSpeech(cn.gongkai.kiosk.speech.Speaker.standard(),
                () -> cn.gongkai.kiosk.speech.play.Sinks.silent(3.0));
    }

    public static TestKiosk start(Path root) {
        return start(root, "360123102");
    }

    public static TestKiosk start(Path root, String region) {
        try {
            return new TestKiosk(root, region);
        } catch (StartupException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void writeConfig(Path dir, String region) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("kiosk.json"), """
                    {
                      "siteName": "石鼻镇便民服务中心",
                      "areaName": "安义县石鼻镇",
                      "regionCode": "%s",
                      "display": {"fullScreen": false}%s
                    }
                    """.formatted(region, region.equals("360123102")
                    ? ",\n  \"villages\": {\"360123102201\": \"石鼻村\", \"360123102202\": \"邹家村\"}" : ""),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UiContext uiContext() {
        KioskServices s = services;
        return new UiContext(s.config(), s.uiContent(), s.clock(), new Async(background));
    }

    @Override
    public void close() {
        background.shutdownNow();
        services.close();
    }
}
