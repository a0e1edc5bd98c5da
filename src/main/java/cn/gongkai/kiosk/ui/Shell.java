package cn.gongkai.kiosk.ui;

import cn.gongkai.kiosk.ui.screen.FeedStatusScreen;
import cn.gongkai.kiosk.ui.screen.HomeScreen;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.SegmentedButton;

/**
 * The frame around every screen: Back, Home and the breadcrumb on top (always visible, so nobody
 * gets lost), the screen in the middle, the site and content version at the bottom.
 */
public final class Shell {
    private static final int MAX_CRUMBS = 4;

    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    /** Above the frame: the idle warning, the attract screen, the staff PIN pad. */
    private final StackPane overlay = new StackPane();
    private final java.util.List<Runnable> resetHooks = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Lockdown lockdown = new Lockdown();
    private IdleWatcher idle;
    private final cn.gongkai.kiosk.ui.staff.StaffEntry staffEntry;
    private final StackPane content = new StackPane();
    private final HBox breadcrumb = new HBox(4);
    private final Button back = navButton("nav-back", Msg.get("nav.back"));
    private final Button home = navButton("nav-home", Msg.get("nav.home"));
    private final Button read = navButton("nav-read", Msg.get("reading.button"));
    private final Label contentInfo = new Label();
    private final Navigator navigator;
    private final UiContext ctx;
    private final ReadingPanel reading;
    private javafx.beans.value.ObservableValue<ReadAloud> offered;
    private final javafx.beans.value.ChangeListener<ReadAloud> offerListener = (obs, was, now) -> showReadButton(now);

    public Shell(UiContext ctx, Theme theme) {
        this.ctx = ctx;
        this.navigator = new Navigator(this::show);
        frame.setId("shell");
        root.setId("kiosk-root");
        overlay.setId("overlay");
        overlay.setPickOnBounds(false);
        root.getChildren().addAll(frame, overlay);
        content.setId("content");

        breadcrumb.setId("breadcrumb");
        breadcrumb.setAlignment(Pos.CENTER_LEFT);
        breadcrumb.setMinWidth(0);
        HBox.setHgrow(breadcrumb, Priority.ALWAYS);
        back.setOnAction(e -> navigator.back());
        home.setOnAction(e -> navigator.home());
        reading = new ReadingPanel(ctx);
        read.getStyleClass().add("read-button");
        read.setOnAction(e -> {
            if (offered != null && offered.getValue() != null) {
                reading.start(offered.getValue());
            }
        });
        showReadButton(null);

        ToggleButton standard = new ToggleButton(Msg.get("mode.standard"));
        standard.setId("mode-standard");
        ToggleButton seniors = new ToggleButton(Msg.get("mode.seniors"));
        seniors.setId("mode-seniors");
        SegmentedButton mode = new SegmentedButton(standard, seniors);
        mode.getStyleClass().add("mode-toggle");
        (theme.seniorsModeProperty().get() ? seniors : standard).setSelected(true);
        // A segmented button lets the selected toggle be tapped off; keep exactly one selected.
        mode.getToggleGroup().selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                theme.seniorsModeProperty().set(now == seniors);
            }
        });
        theme.seniorsModeProperty().addListener((obs, was, on) -> (on ? seniors : standard).setSelected(true));

        HBox top = new HBox(back, home, breadcrumb, read, mode);
        top.getStyleClass().add("top-bar");
        top.setId("top-bar");
        frame.setTop(top);
        frame.setCenter(content);

        Label site = new Label(ctx.config().siteName());
        site.setId("footer-site");
        contentInfo.setId("footer-content");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(site, spacer, contentInfo);
        footer.getStyleClass().add("footer");
        frame.setBottom(new javafx.scene.layout.VBox(reading, footer));

        staffEntry = new cn.gongkai.kiosk.ui.staff.StaffEntry(ctx, navigator, root, overlay, () -> {
            lockdown.allowExit();
            KioskApplication.exit();
        }, lockdown::allowExit);
        onReset(staffEntry::reset, staffEntry::present);
        navigator.path().addListener((ListChangeListener<Screen>) c -> updateBreadcrumb());
        navigator.start(new HomeScreen(ctx, navigator));
        // Tapping the content line opens the update status (for staff; harmless for anyone).
        cn.gongkai.kiosk.ui.widget.Views.onTap(contentInfo, () -> {
            if (!(navigator.current() instanceof FeedStatusScreen)) {
                navigator.go(new FeedStatusScreen(ctx, navigator));
            }
        });
        refreshContentInfo();
        ctx.async().load(ctx::feed, feed -> feed.onApplied(r -> Platform.runLater(this::contentChanged)), e -> { });
    }

    /**
     * A new content version was applied in the background: refresh the footer, and the home
     * screen if it is showing. A screen a villager is reading stays as it is (its data was loaded
     * already); going back re-reads the lists.
     */
    private void contentChanged() {
        refreshContentInfo();
        if (navigator.atHome() || navigator.current() instanceof FeedStatusScreen) {
            navigator.current().activate();
        }
    }

    public Node root() {
        return root;
    }

    /**
     * Starts watching for idleness on the window's scene and, for a kiosk (not a developer's
     * window), locks the window down.
     */
    void install(javafx.stage.Stage stage, javafx.scene.Scene scene, boolean lockdown) {
        var display = ctx.config().display();
        watchIdle(scene, display.idleWarning(), display.idleCountdown());
        if (lockdown) {
            this.lockdown.install(stage, scene);
        }
    }

    /** The idle watcher alone, with its times (tests use seconds, not the configured minute). */
    void watchIdle(javafx.scene.Scene scene, java.time.Duration warning, java.time.Duration countdown) {
        watchIdle(scene, warning, countdown, ctx.config().display().hours());
    }

    void watchIdle(javafx.scene.Scene scene, java.time.Duration warning, java.time.Duration countdown,
                   cn.gongkai.kiosk.config.KioskConfig.ScreenHours hours) {
        stopIdle();
        idle = new IdleWatcher(overlay, warning, countdown,
                () -> !navigator.atHome() || reading.active() || staffPresent(),
                this::reset, new AttractLayer(ctx, overlay),
                new ScreenDimmer(overlay, hours, ctx.clock(), ctx.config().timeZone()));
        idle.install(scene);
    }

    /** Stops watching for idleness (tests, before the next one builds a new shell). */
    void stopIdle() {
        if (idle != null) {
            idle.stop();
        }
        staffEntry.stop();
    }

    /** The staff entry (corner, PIN pad, session). */
    public cn.gongkai.kiosk.ui.staff.StaffEntry staff() {
        return staffEntry;
    }

    /** The overlay host above every screen, for the staff console's PIN pad. */
    public StackPane overlay() {
        return overlay;
    }

    public Lockdown lockdown() {
        return lockdown;
    }

    private volatile java.util.function.BooleanSupplier staffPresent = () -> false;

    private boolean staffPresent() {
        return staffPresent.getAsBoolean();
    }

    /**
     * Something else the idle reset clears (the staff console closes its session), and whether it
     * has anything to clear right now (so the warning shows even on the home screen).
     */
    public void onReset(Runnable hook, java.util.function.BooleanSupplier active) {
        resetHooks.add(hook);
        java.util.function.BooleanSupplier before = staffPresent;
        staffPresent = () -> before.getAsBoolean() || active.getAsBoolean();
    }

    /** The idle reset: home screen (search and every other screen dropped), reading stopped, staff gone. */
    void reset() {
        reading.stop();
        navigator.home();
        resetHooks.forEach(Runnable::run);
    }

    public Navigator navigator() {
        return navigator;
    }

    private void show(Screen screen) {
        // Leaving a screen stops its reading; the new screen offers its own text, if any.
        reading.stop();
        if (offered != null) {
            offered.removeListener(offerListener);
        }
        offered = screen.readAloud();
        if (offered != null) {
            offered.addListener(offerListener);
        }
        showReadButton(offered == null ? null : offered.getValue());
        content.getChildren().setAll(screen.node());
        boolean atHome = navigator.path().size() <= 1;
        back.setDisable(atHome);
        home.setDisable(atHome);
        if (atHome && ctx.ready().isDone()) {
            refreshContentInfo(); // a sync may have failed or the content gone stale meanwhile
        }
        updateBreadcrumb();
    }

    private void updateBreadcrumb() {
        breadcrumb.getChildren().clear();
        var path = navigator.path();
        int first = Math.max(1, path.size() - MAX_CRUMBS);
        addCrumb(0, path.get(0).title(), path.size() == 1);
        if (first > 1) {
            breadcrumb.getChildren().add(separator());
            breadcrumb.getChildren().add(styled(new Label("…"), "crumb-sep"));
        }
        for (int i = first; i < path.size(); i++) {
            breadcrumb.getChildren().add(separator());
            addCrumb(i, path.get(i).title(), i == path.size() - 1);
        }
    }

    private void addCrumb(int index, String title, boolean current) {
        if (current) {
            Label l = styled(new Label(title), "crumb-current");
            l.setId("crumb-current");
            l.setMinWidth(0);
            breadcrumb.getChildren().add(l);
        } else {
            Button b = new Button(title);
            b.getStyleClass().setAll("crumb");
            b.setId("crumb-" + index);
            b.setMinWidth(0);
            b.setFocusTraversable(false);
            b.setOnAction(e -> navigator.popTo(index));
            breadcrumb.getChildren().add(b);
        }
    }

    private static Label separator() {
        return styled(new Label("›"), "crumb-sep");
    }

    private static <T extends javafx.scene.control.Control> T styled(T node, String style) {
        node.getStyleClass().add(style);
        return node;
    }

    private void refreshContentInfo() {
        ctx.async().load(() -> new FooterInfo(ctx.content().current(), ctx.feed().status()), info -> {
            String text = info.version()
                    .map(cv -> Msg.get("footer.content",
                            "demo".equals(cv.source()) ? Msg.get("footer.demo") : Msg.get("footer.county"),
                            Long.toString(cv.version()),
                            Msg.date(LocalDate.ofInstant(cv.appliedAt(), ctx.config().timeZone()))))
                    .orElse(Msg.get("footer.noContent"));
            boolean trouble = info.status().failing() || info.status().staleSince().isPresent();
            contentInfo.setText(trouble ? text + Msg.get("footer.feedTrouble") : text);
            contentInfo.getStyleClass().remove("footer-trouble");
            if (trouble) {
                contentInfo.getStyleClass().add("footer-trouble");
            }
        }, e -> contentInfo.setText(""));
    }

    private record FooterInfo(java.util.Optional<cn.gongkai.kiosk.storage.ContentStore.AppliedVersion> version,
                              cn.gongkai.kiosk.feed.sync.FeedStatus status) { }

    private void showReadButton(ReadAloud what) {
        read.setVisible(what != null);
        read.setManaged(what != null);
    }

    /** The read-aloud panel (the kiosk's reset stops it; tests look at it). */
    public ReadingPanel reading() {
        return reading;
    }

    private static Button navButton(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().setAll("nav-button");
        b.setFocusTraversable(false);
        return b;
    }
}
