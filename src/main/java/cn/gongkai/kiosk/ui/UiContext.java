package cn.gongkai.kiosk.ui;

import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.feed.sync.AutoSync;
import cn.gongkai.kiosk.search.SearchService;
import cn.gongkai.kiosk.speech.SpeechService;
import cn.gongkai.kiosk.storage.CatalogDao;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.FundDao;
import cn.gongkai.kiosk.storage.NoticeDao;
import cn.gongkai.kiosk.storage.PolicyDao;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * What the screens need from the core, handed in by the composition root (app). The UI reaches
 * the core only through this, never through globals.
 *
 * <p>The content services may still be opening when the screens are built: the window is put
 * together while the database opens (start-up time). Their accessors wait for them, so they are
 * called only from background work ({@link Async}), never on the FX thread.
 */
public final class UiContext {
    /**
     * The content services, available once the database is open.
     *
     * @param feed the background sync: its status for staff, "sync now", and news of new versions
     * @param search search over the kiosk's content: the search screen's queries, candidates, topics
     */
    public record Content(CatalogDao catalog, PolicyDao policies, FundDao funds, NoticeDao notices,
                          ContentStore store, AutoSync feed, SpeechService speech, SearchService search,
                          cn.gongkai.kiosk.local.StaffAccess staff, cn.gongkai.kiosk.local.LocalContent local,
                          java.util.function.Function<String, java.util.Optional<byte[]>> media,
                          cn.gongkai.kiosk.config.LocalSettings settings) { }

    private final KioskConfig config;
    private final CompletableFuture<Content> content;
    private final Clock clock;
    private final Async async;

    public UiContext(KioskConfig config, CompletableFuture<Content> content, Clock clock, Async async) {
        this.config = Objects.requireNonNull(config);
        this.content = Objects.requireNonNull(content);
        this.clock = Objects.requireNonNull(clock);
        this.async = Objects.requireNonNull(async);
    }

    /** Services that are open already. */
    public UiContext(KioskConfig config, Content content, Clock clock, Async async) {
        this(config, CompletableFuture.completedFuture(content), clock, async);
    }

    public KioskConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public Async async() {
        return async;
    }

    /** Completes when the content services are open, or with the reason they cannot be. */
    public CompletableFuture<Content> ready() {
        return content;
    }

    public CatalogDao catalog() {
        return open().catalog();
    }

    public PolicyDao policies() {
        return open().policies();
    }

    public FundDao funds() {
        return open().funds();
    }

    public NoticeDao notices() {
        return open().notices();
    }

    public ContentStore content() {
        return open().store();
    }

    public AutoSync feed() {
        return open().feed();
    }

    public SpeechService speech() {
        return open().speech();
    }

    public cn.gongkai.kiosk.local.StaffAccess staff() {
        return open().staff();
    }

    /** A picture or other media file by its name (feed media/..., or local-media/...); may block. */
    public java.util.Optional<byte[]> media(String name) {
        return open().media().apply(name);
    }

    public cn.gongkai.kiosk.config.LocalSettings settings() {
        return open().settings();
    }

    public cn.gongkai.kiosk.local.LocalContent local() {
        return open().local();
    }

    public SearchService search() {
        return open().search();
    }

    /**
     * Waits for the services. On the FX thread that would freeze the window while the database
     * opens, so there it fails at once: such a read belongs in {@link Async#load}.
     */
    private Content open() {
        if (!content.isDone() && Platform.isFxApplicationThread()) {
            throw new IllegalStateException("content read on the FX thread before the database is open; use Async");
        }
        return content.join();
    }
}
