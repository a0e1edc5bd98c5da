package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.config.LocalSettings;
import cn.gongkai.kiosk.local.LocalContent;
import cn.gongkai.kiosk.local.LocalExport;
import cn.gongkai.kiosk.local.LocalMedia;
import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.storage.StaffDao;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;

/** The staff side of the composition root: accounts, local content, its pictures, export and settings. */
final class StaffSide {
    private static final Logger LOG = Logger.getLogger(StaffSide.class.getName());
    static final String DEMO_ADMIN = "管理员";
    static final String DEMO_ADMIN_PIN = "2468";
    static final String DEMO_EDITOR = "编辑";
    static final String DEMO_EDITOR_PIN = "1357";

    private final Database db;
    private final KioskConfig config;
    private final Clock clock;
    private final Path dataDir;
    private StaffAccess staff;

    StaffSide(Database db, KioskConfig config, Clock clock, Path dataDir) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.dataDir = dataDir;
    }

    /**
     * Staff accounts and the PIN pad. A demo kiosk without accounts gets the demo accounts the
     * README documents (管理员 2468, 编辑 1357); a real one asks for its admin PIN at setup.
     */
    synchronized StaffAccess staff() {
        if (staff == null) {
            staff = new StaffAccess(new StaffDao(db), new LocalContentDao(db), clock);
            if (config.demoContent()) {
                // Made when the PIN pad first asks (hashing takes a moment), not at every start.
                staff.whenNoAccounts(s -> {
                    s.save(DEMO_ADMIN, StaffAccess.Role.ADMIN, DEMO_ADMIN_PIN, "demo");
                    s.save(DEMO_EDITOR, StaffAccess.Role.EDITOR, DEMO_EDITOR_PIN, "demo");
                });
            }
        }
        return staff;
    }

    /**
     * Records that the supervising launcher restarted the window ({@code tools/supervise.sh}
     * passes "restarts exit-code"): in the log, and in the audit log staff read.
     */
    void noteRestart(String restarted) {
        if (restarted == null || restarted.isBlank()) {
            return;
        }
        String[] parts = restarted.strip().split("\\s+");
        String why = "restart " + parts[0] + " after exit code " + (parts.length > 1 ? parts[1] : "?")
                + (parts.length > 1 && "137".equals(parts[1]) ? " (killed, e.g. out of memory)" : "");
        LOG.warning("the kiosk window was restarted by its launcher: " + why);
        new LocalContentDao(db).audit("system", "restart", why, clock.instant());
    }

    /** The signed export of local content for the county ({@code kiosk local export}, the console's button). */
    LocalExport localExport() {
        return new LocalExport(new LocalContentDao(db), dataDir.resolve("keys"),
                config.region().digits(), config.siteName(), clock, config.timeZone(), localMedia());
    }

    /** Township and village content staff keep on this kiosk. */
    LocalContent local() {
        return new LocalContent(new LocalContentDao(db), config.region(), clock, config.timeZone(), localExport(),
                localMedia());
    }

    /** Pictures staff attached on this kiosk ({@code <data>/local-media}). */
    LocalMedia localMedia() {
        return new LocalMedia(dataDir.resolve("local-media"));
    }

    LocalSettings settings() {
        return new LocalSettings(dataDir);
    }
}
