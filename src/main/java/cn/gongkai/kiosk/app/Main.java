package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.ui.Async;
import cn.gongkai.kiosk.ui.KioskApplication;
import cn.gongkai.kiosk.ui.UiContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The one entry point: without a subcommand it starts the full-screen kiosk; with one it runs a
 * tool over the same services. Deliberately not a JavaFX Application subclass, so the kiosk
 * starts from a plain classpath.
 */
@Command(name = "kiosk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Gongkai Kiosk 政务公开一体机: starts the kiosk, or runs one of the tools below.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a check failed or nothing was found", "2:bad usage, configuration or data directory"})
public final class Main implements Callable<Integer> {
    static final int EXIT_NOT_FOUND = 1;
    static final int EXIT_CONFIG = 2;
    /** The window asks its launcher (tools/supervise.sh) to start it again: an admin changed settings. */
    static final int EXIT_RESTART = 75;
    /** How long after the services open the warm-ups start (the home screen is drawn by then). */
    static final java.time.Duration WARM_UP_DELAY = java.time.Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data directory (database, logs). Default: dataDir in kiosk.json, else ~/.local/share/gongkai-kiosk.")
    Path data;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Configuration directory holding kiosk.json. Default: kiosk-config/ of this installation.")
    Path config;

    @Option(names = "--windowed", description = "Run in a window instead of full-screen (development).")
    boolean windowed;

    @Option(names = "--seniors", description = "Start in seniors' mode (长辈版).")
    boolean seniors;

    @Option(names = "--exit-when-ready", hidden = true,
            description = "Print KIOSK_READY and exit once the home screen is interactive (start-up benchmark).")
    boolean exitWhenReady;

    public static void main(String[] args) {
        boolean window = opensWindow(args);
        if (window) {
            // Start the JavaFX toolkit now, so it initialises while picocli parses and the
            // database opens (docs/benchmarks.md).
            KioskApplication.prestart();
        }
        System.exit(commandLine(!window).execute(args));
    }

    /** True when the arguments start the kiosk window rather than a tool or the help text. */
    static boolean opensWindow(String[] args) {
        for (String a : args) {
            switch (a) {
                case "catalog", "show", "doctor", "screenshot", "feed", "sync", "import", "status", "setup", "speak",
                     "broadcast", "search",
                     "-h", "--help", "-V", "--version" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    static CommandLine commandLine() {
        return commandLine(true);
    }

    /**
     * @param withTools register the subcommands; the window start leaves them out, since
     *                  picocli inspects every registered command up front (start-up time)
     */
    static CommandLine commandLine(boolean withTools) {
        CommandLine cl = new CommandLine(new Main());
        if (withTools) {
            cl.addSubcommand(new CatalogCommand());
            cl.addSubcommand(new ShowCommand());
            cl.addSubcommand(new DoctorCommand());
            cl.addSubcommand(new ScreenshotCommand());
            cl.addSubcommand(new FeedCommand());
            cl.addSubcommand(new SyncCommands.Sync());
            cl.addSubcommand(new SyncCommands.Import());
            cl.addSubcommand(new SyncCommands.Status());
            cl.addSubcommand(new SetupCommand());
            cl.addSubcommand(new SpeakCommand());
            cl.addSubcommand(new BroadcastCommand());
            cl.addSubcommand(new SearchCommand());
            cl.addSubcommand(new StaffCommands.Staff());
            cl.addSubcommand(new StaffCommands.Local());
        }
        cl.setExecutionExceptionHandler(Main::handle);
        return cl;
    }

    /**
     * Starts the kiosk UI; on a startup problem shows it on screen in one Chinese sentence. The
     * window is built while the database opens on a background thread (start-up time, see
     * docs/benchmarks.md); the screens' first reads wait for it.
     */
    @Override
    public Integer call() {
        ExecutorService background = Executors.newFixedThreadPool(2, daemon("kiosk-load"));
        CompletableFuture<KioskServices> services = null;
        KioskApplication.Startup startup;
        try {
            KioskConfig cfg = loadConfig();
            services = CompletableFuture.supplyAsync(() -> {
                try {
                    return openServices(cfg, true);
                } catch (StartupException e) {
                    throw new CompletionException(e);
                }
            }, background);
            CompletableFuture<UiContext.Content> content = services
                    .thenApply(s -> {
                        s.noteRestart(System.getenv("KIOSK_RESTARTED"));
                        UiContext.Content c = s.uiContent();
                        c.feed().start();
                        if (cfg.broadcast().enabled()) {
                            s.broadcaster().start();
                        }
                        // Load the pinyin dictionary, probe eSpeak NG and build the search vocabulary
                        // (HanLP's word dictionary) before the first tap on 朗读 or the first letter
                        // typed (docs/benchmarks.md, "Read-aloud" and "Search"), but after the home
                        // screen is up: on two cores they would otherwise slow its first frame.
                        CompletableFuture.delayedExecutor(WARM_UP_DELAY.toMillis(), TimeUnit.MILLISECONDS, background)
                                .execute(() -> {
                                    cn.gongkai.kiosk.speech.text.ChineseFrontEnd.warmUp();
                                    c.speech().mandarinAvailable();
                                    c.search().warmUp();
                                });
                        return c;
                    })
                    .exceptionally(e -> {
                        StartupException why = e.getCause() instanceof StartupException se ? se : new StartupException(
                                "unexpected error while starting: " + e.getCause(), "系统启动时出错，请联系技术支持。", e);
                        failed(why, cfg);
                        throw new CompletionException(new KioskApplication.Unavailable(why.chinese(), why));
                    });
            startup = new KioskApplication.Startup(
                    new UiContext(cfg, content, Clock.systemUTC(), new Async(background)), null, window(cfg));
        } catch (StartupException e) {
            startup = failed(e, null);
        }
        try {
            KioskApplication.run(startup);
        } finally {
            background.shutdownNow();
            KioskServices opened = services == null ? null : services.getNow(null);
            if (opened != null) {
                opened.close();
            }
        }
        if (KioskApplication.restartRequested()) {
            LOG.info("restarting at an admin's request (new settings)");
            return EXIT_RESTART;
        }
        boolean ok = startup.context() != null && !startup.context().ready().isCompletedExceptionally();
        return ok ? 0 : EXIT_CONFIG;
    }

    private KioskApplication.Startup failed(StartupException e, KioskConfig cfg) {
        LOG.log(Level.SEVERE, "kiosk cannot start: " + e.getMessage(), e);
        System.err.println("kiosk: " + e.getMessage());
        return new KioskApplication.Startup(null, e.chinese(), window(cfg));
    }

    private KioskApplication.WindowOptions window(KioskConfig cfg) {
        boolean full = !windowed && (cfg == null || cfg.display().fullScreen());
        boolean sen = seniors || (cfg != null && cfg.display().seniorsMode());
        return new KioskApplication.WindowOptions(full, sen, cfg == null ? 0 : cfg.display().screen(), exitWhenReady);
    }

    /** kiosk.json, with the settings an admin changed on the kiosk laid over it (config.LocalSettings). */
    KioskConfig loadConfig() throws StartupException {
        Path configDir = Locations.configDir(config, System.getenv());
        KioskConfig plain = KioskServices.loadConfig(configDir);
        return KioskServices.withLocalSettings(configDir, plain, dataDir(plain));
    }

    Path dataDir(KioskConfig cfg) {
        return Locations.dataDir(data, cfg, System.getenv());
    }

    /** For tools: opens the services without moving a damaged database aside (see KioskServices). */
    KioskServices openServices(KioskConfig cfg) throws StartupException {
        return openServices(cfg, false);
    }

    /** Sets up logging in the data directory and opens the services. */
    KioskServices openServices(KioskConfig cfg, boolean recover) throws StartupException {
        Path dir = dataDir(cfg);
        if (!LogSetup.init(Locations.logs(dir))) {
            throw new StartupException("data directory is not writable: " + dir,
                    "数据目录无法写入，请管理员检查磁盘和权限：" + dir, null);
        }
        return KioskServices.open(cfg, dir, Clock.systemUTC(), recover);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof StartupException) {
            err.println("kiosk: " + e.getMessage());
            return EXIT_CONFIG;
        }
        LOG.log(Level.SEVERE, "unexpected error in " + cl.getCommandName(), e);
        err.println("kiosk: unexpected error: " + e + " (details in the log)");
        return EXIT_NOT_FOUND;
    }

    /** Version from the jar manifest, so it matches the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"gongkai-kiosk " + (v == null ? "dev" : v)};
        }
    }
}
