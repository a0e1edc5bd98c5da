package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.config.KioskConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where configuration and data live. Config: --config, else $KIOSK_CONFIG, else kiosk-config/
 * in the installation ($KIOSK_HOME, set by the ./kiosk launcher), else ./kiosk-config, else
 * /etc/gongkai-kiosk. Data: --data, else the config's dataDir, else $XDG_DATA_HOME/gongkai-kiosk,
 * else ~/.local/share/gongkai-kiosk.
 */
public final class Locations {
    public static final String APP_DIR_NAME = "gongkai-kiosk";

    private Locations() {
    }

    public static Path configDir(Path option, Map<String, String> env) {
        if (option != null) {
            return option;
        }
        if (notBlank(env.get("KIOSK_CONFIG"))) {
            return Path.of(env.get("KIOSK_CONFIG"));
        }
        if (notBlank(env.get("KIOSK_HOME")) && Files.isDirectory(Path.of(env.get("KIOSK_HOME"), "kiosk-config"))) {
            return Path.of(env.get("KIOSK_HOME"), "kiosk-config");
        }
        Path local = Path.of("kiosk-config");
        if (Files.isDirectory(local)) {
            return local;
        }
        return Path.of("/etc", APP_DIR_NAME);
    }

    public static Path dataDir(Path option, KioskConfig config, Map<String, String> env) {
        if (option != null) {
            return option;
        }
        if (config != null && config.dataDir().isPresent()) {
            return config.dataDir().get();
        }
        if (notBlank(env.get("XDG_DATA_HOME"))) {
            return Path.of(env.get("XDG_DATA_HOME"), APP_DIR_NAME);
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", APP_DIR_NAME);
    }

    public static Path database(Path dataDir) {
        return dataDir.resolve("kiosk.db");
    }

    /** The feed's object cache and unpack folder. */
    public static Path feedDir(Path dataDir) {
        return dataDir.resolve("feed");
    }

    public static Path logs(Path dataDir) {
        return dataDir.resolve("logs");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
