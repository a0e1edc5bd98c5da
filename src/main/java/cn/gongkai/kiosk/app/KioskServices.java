package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.config.ConfigException;
import cn.gongkai.kiosk.config.ConfigLoader;
import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.sync.FeedClient;
import cn.gongkai.kiosk.local.LocalContent;
import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.speech.Speaker;
import cn.gongkai.kiosk.speech.SpeechService;
import cn.gongkai.kiosk.speech.play.AudioSink;
import cn.gongkai.kiosk.speech.play.Sinks;
import cn.gongkai.kiosk.storage.CatalogDao;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.FeedStateDao;
import cn.gongkai.kiosk.storage.FundDao;
import cn.gongkai.kiosk.storage.NoticeDao;
import cn.gongkai.kiosk.storage.PolicyDao;
import cn.gongkai.kiosk.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The composition root of the core: configuration, database, DAOs and importer, built once and
 * shared by the full-screen app and every command. Tests build it the same way.
 */
public final class KioskServices implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(KioskServices.class.getName());

    private final KioskConfig config;
    private final Path dataDir;
    private final Database db;
    private final Clock clock;
    private final Optional<Path> recoveredFrom;
    private cn.gongkai.kiosk.feed.sync.AutoSync autoSync;
    private SpeechService speech;
    private final StaffSide staffSide;
    /** The demo's staff accounts (README, "Staff console"); only on a kiosk with demo content. */
    public static final String DEMO_ADMIN = StaffSide.DEMO_ADMIN;
    public static final String DEMO_ADMIN_PIN = StaffSide.DEMO_ADMIN_PIN;
    public static final String DEMO_EDITOR = StaffSide.DEMO_EDITOR;
    public static final String DEMO_EDITOR_PIN = StaffSide.DEMO_EDITOR_PIN;
    private java.util.function.Supplier<AudioSink> sinks = Sinks::system;
    private Speaker speaker;
    private cn.gongkai.kiosk.broadcast.Broadcaster broadcaster;

    private KioskServices(KioskConfig config, Path dataDir, Database db, Clock clock, Optional<Path> recoveredFrom) {
        this.config = config;
        this.dataDir = dataDir;
        this.db = db;
        this.clock = clock;
        this.staffSide = new StaffSide(db, config, clock, dataDir);
        this.recoveredFrom = recoveredFrom;
    }

    /** Reads the configuration; fails with a line naming the file and field. */
    public static KioskConfig loadConfig(Path configDir) throws StartupException {
        try {
            return ConfigLoader.load(configDir);
        } catch (ConfigException e) {
            String field = e.field().isEmpty() ? "" : "（" + e.field() + "）";
            throw new StartupException(e.getMessage(), "配置文件 kiosk.json 有误" + field + "，请管理员检查配置。", e);
        }
    }

    /**
     * {@code config} with the settings an admin saved on this kiosk ({@code <data>/kiosk-settings.json});
     * when that file is broken it is ignored with a log line: the kiosk still starts on kiosk.json.
     */
    public static KioskConfig withLocalSettings(Path configDir, KioskConfig config, Path dataDir) {
        cn.gongkai.kiosk.config.LocalSettings settings = new cn.gongkai.kiosk.config.LocalSettings(dataDir);
        try {
            return ConfigLoader.load(configDir, settings.read(), settings.file());
        } catch (ConfigException e) {
            LOG.warning("local settings ignored: " + e.getMessage());
            return config;
        }
    }

    /** The settings an admin changes on the kiosk (the console's 设置). */
    public cn.gongkai.kiosk.config.LocalSettings settings() {
        return staffSide.settings();
    }

    /**
     * Opens the database (moving a damaged file aside and starting afresh), and loads the demo
     * content when configured and the kiosk has none.
     */
    public static KioskServices open(KioskConfig config, Path dataDir, Clock clock) throws StartupException {
        return open(config, dataDir, clock, true);
    }

    /**
     * @param recover move a damaged database aside and start afresh; only the kiosk window does
     *                this, since a tool run beside a running kiosk must not move its file away
     */
    public static KioskServices open(KioskConfig config, Path dataDir, Clock clock, boolean recover)
            throws StartupException {
        Path dbFile = Locations.database(dataDir);
        Optional<Path> recovered = Optional.empty();
        Database db;
        try {
            db = Database.open(dbFile);
            // quick_check at every start (O(pages), no index cross-check); doctor runs the full check.
            String integrity;
            try {
                integrity = db.quickCheck();
            } catch (StorageException e) {
                db.close();
                throw e;
            }
            if (!"ok".equals(integrity)) {
                db.close();
                throw new StorageException(StorageException.Kind.CORRUPT, "integrity check failed: " + integrity, null);
            }
        } catch (StorageException e) {
            if (e.kind() != StorageException.Kind.CORRUPT) {
                throw storageFailure(e, dataDir);
            }
            if (!recover) {
                throw new StartupException("database is damaged: " + dbFile + "; start the kiosk, which moves it aside"
                        + " and starts afresh", "数据库已损坏，请重新启动一体机以自动修复。", e);
            }
            recovered = Optional.of(moveAside(dbFile, clock));
            LOG.log(Level.SEVERE, "database was damaged; moved to " + recovered.get() + " and starting afresh", e);
            try {
                db = Database.open(dbFile);
            } catch (StorageException again) {
                throw storageFailure(again, dataDir);
            }
        }
        KioskServices services = new KioskServices(config, dataDir, db, clock, recovered);
        if (config.demoContent()) {
            try {
                if (services.feeds().loadDemoIfEmpty(demoKey())) {
                    LOG.info("loaded the embedded demo feed");
                }
            } catch (FeedException e) {
                if (e.reason() != FeedException.Reason.WRONG_REGION) {
                    services.close();
                    throw new StartupException("embedded demo content could not be loaded: " + e.getMessage(),
                            "演示内容无法载入，请联系技术支持。", e);
                }
                LOG.warning("the demo content is for another area than this kiosk's (" + config.region()
                        + "): its screens stay empty until content for its area arrives");
            } catch (StorageException e) {
                services.close();
                throw new StartupException("embedded demo content could not be loaded: " + e.getMessage(),
                        "演示内容无法载入，请联系技术支持。", e);
            }
        }
        return services;
    }

    private static StartupException storageFailure(StorageException e, Path dataDir) {
        if (e.kind() == StorageException.Kind.NOT_WRITABLE) {
            return new StartupException("data directory is not writable: " + dataDir + " (" + e.getMessage() + ")",
                    "数据目录无法写入，请管理员检查磁盘和权限：" + dataDir, e);
        }
        return new StartupException("database cannot be opened: " + e.getMessage(),
                "数据库无法打开，请联系技术支持。", e);
    }

    private static Path moveAside(Path dbFile, Clock clock) throws StartupException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        Path target = dbFile.resolveSibling(dbFile.getFileName() + ".damaged-" + stamp);
        try {
            Files.move(dbFile, target, StandardCopyOption.REPLACE_EXISTING);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = dbFile.resolveSibling(dbFile.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, target.resolveSibling(target.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new StartupException("database is damaged and could not be moved aside: " + e.getMessage(),
                    "数据库已损坏且无法自动修复，请联系技术支持。", e);
        }
    }

    public KioskConfig config() {
        return config;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database database() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    /** Where a damaged database was moved at this start, if it was. */
    public Optional<Path> recoveredFrom() {
        return recoveredFrom;
    }

    public CatalogDao catalog() {
        return new CatalogDao(db, config.region());
    }

    public PolicyDao policies() {
        return new PolicyDao(db, config.region());
    }

    public FundDao funds() {
        return new FundDao(db, config.region());
    }

    public NoticeDao notices() {
        return new NoticeDao(db, config.region());
    }

    public ContentStore content() {
        return new ContentStore(db);
    }

    public FeedStateDao feedState() {
        return new FeedStateDao(db);
    }

    /** The feed client for this kiosk: network sync, USB import, demo, status. */
    public FeedClient feeds() {
        try {
            return new FeedClient(content(), feedState(), Locations.feedDir(dataDir), config.region(), clock,
                    trustedKeys(), cn.gongkai.kiosk.feed.sync.FeedSync.DEFAULT_RESERVE);
        } catch (IOException e) {
            throw new StorageException(StorageException.Kind.NOT_WRITABLE, "cannot create "
                    + Locations.feedDir(dataDir) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The keys kiosk-config trusts for network and USB feeds. An unreadable key file is logged
     * and left out, so syncing then fails with "untrusted key" and the doctor names the file.
     */
    public java.util.List<FeedKeys.TrustedKey> trustedKeys() {
        java.util.List<FeedKeys.TrustedKey> keys = new java.util.ArrayList<>();
        for (Path file : config.feed().trustedKeys()) {
            try {
                keys.add(FeedKeys.loadPublic(file));
            } catch (IOException e) {
                LOG.warning("trusted key file cannot be used: " + e.getMessage());
            }
        }
        return keys;
    }

    /** The demo key: trusted for the demo copy built into the application, nothing else. */
    static FeedKeys.TrustedKey demoKey() throws FeedException {
        try (var in = KioskServices.class.getResourceAsStream("/assets/demo/keys/demo-feed.pub")) {
            if (in == null) {
                throw new IOException("demo-feed.pub is missing from the application");
            }
            return FeedKeys.parsePublic(in.readAllBytes(), "demo-feed.pub");
        } catch (IOException e) {
            throw new FeedException(FeedException.Reason.INTERNAL, "demo key: " + e.getMessage(), e);
        }
    }

    /** The background sync of this kiosk (not started; the window starts it). Closed with the services. */
    public synchronized cn.gongkai.kiosk.feed.sync.AutoSync autoSync() {
        if (autoSync == null) {
            autoSync = new cn.gongkai.kiosk.feed.sync.AutoSync(feeds(), config.feed().url(), config.feed().interval(),
                    cn.gongkai.kiosk.feed.sync.HttpSource.Limits.defaults(), new java.util.SplittableRandom());
        }
        return autoSync;
    }

    /** What the screens get: the DAOs, the feed, speech and search, as one value. */
    public cn.gongkai.kiosk.ui.UiContext.Content uiContent() {
        return new cn.gongkai.kiosk.ui.UiContext.Content(catalog(), policies(), funds(), notices(), content(), autoSync(),
                speech(), new cn.gongkai.kiosk.search.SearchService(db, config.region()), staff(), local(),
                this::media, settings());
    }

    /** Staff accounts and the PIN pad (see {@link StaffSide#staff()}). */
    public StaffAccess staff() {
        return staffSide.staff();
    }

    public void noteRestart(String restarted) {
        staffSide.noteRestart(restarted);
    }

    public cn.gongkai.kiosk.local.LocalExport localExport() {
        return staffSide.localExport();
    }

    public LocalContent local() {
        return staffSide.local();
    }

    /** Read-aloud and the hall's audio output, made once; closed with the services. */
    public synchronized SpeechService speech() {
        if (speech == null) {
            speech = new SpeechService(speaker == null ? Speaker.standard() : speaker, sinks, this::recording);
        }
        return speech;
    }

    /**
     * Replaces the engines and the output before speech is first used: tests use a silent sink
     * that runs faster than real time (no sound card here), or a speaker without a Mandarin engine.
     */
    public synchronized void useSpeech(Speaker speaker, java.util.function.Supplier<AudioSink> sinks) {
        if (speech != null) {
            throw new IllegalStateException("speech is already in use");
        }
        this.speaker = speaker;
        this.sinks = sinks;
    }

    /**
     * The county's recording of a record: a feed media file named {@code audio/<id>.wav} (in
     * {@code media/} or a region's {@code media/<region>/}), read from the object store.
     */
    private java.util.Optional<byte[]> recording(String recordId) {
        String suffix = "/audio/" + recordId + ".wav";
        return feedState().feedMedia().stream()
                .filter(m -> m.name().startsWith("media/") && m.name().endsWith(suffix)
                        && m.name().length() - suffix.length() <= "media/".length() + 12)
                .findFirst().flatMap(m -> media(m.name()));
    }

    /** A media file of the applied feed by its name ("media/audio/办公时间.wav"), or one staff attached ("local-media/..."). */
    public java.util.Optional<byte[]> media(String name) {
        if (name.startsWith(cn.gongkai.kiosk.local.LocalMedia.PREFIX)) {
            return staffSide.localMedia().read(name); // attached by staff on this kiosk
        }
        for (FeedStateDao.MediaRow m : feedState().feedMedia()) {
            if (m.name().equals(name)) {
                try {
                    return java.util.Optional.of(Files.readAllBytes(Locations.feedDir(dataDir).resolve("objects")
                            .resolve(m.sha256())));
                } catch (IOException e) {
                    LOG.warning("media " + name + " unreadable: " + e.getMessage());
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The hall's scheduled announcements for this kiosk (not started; the window starts it). */
    public synchronized cn.gongkai.kiosk.broadcast.Broadcaster broadcaster() {
        if (broadcaster == null) {
            cn.gongkai.kiosk.storage.BroadcastDao dao = new cn.gongkai.kiosk.storage.BroadcastDao(db, config.region());
            broadcaster = new cn.gongkai.kiosk.broadcast.Broadcaster(dao::list, config.broadcast().quietHours(),
                    config.timeZone(), clock, speech(), this::media, dao);
        }
        return broadcaster;
    }

    /** Environment for location lookups; a method so tests can see what is used. */
    static Map<String, String> env() {
        return System.getenv();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (autoSync != null) {
                autoSync.close();
            }
            if (broadcaster != null) {
                broadcaster.close();
            }
            if (speech != null) {
                speech.close();
            }
        }
        db.close();
    }
}
