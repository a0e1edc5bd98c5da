package cn.gongkai.kiosk.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The kiosk window. The JavaFX toolkit is started with {@link Platform#startup} rather than
 * through an Application subclass, for two reasons: it runs from a plain classpath, and app.Main
 * can start the toolkit first thing, so that its ~0.3 s of initialisation overlaps parsing the
 * command line and opening the database instead of following them.
 */
public final class KioskApplication {
    private static final Logger LOG = Logger.getLogger(KioskApplication.class.getName());

    /** How the window is set up. */
    public record WindowOptions(boolean fullScreen, boolean seniorsMode, int screen, boolean exitWhenReady) {
        public WindowOptions(boolean fullScreen, boolean seniorsMode, int screen) {
            this(fullScreen, seniorsMode, screen, false);
        }
    }

    /** Either services to show, or a message for the error page (exactly one is non-null). */
    public record Startup(UiContext context, String errorMessage, WindowOptions window) { }

    /** Why the content services could not open, in one Chinese sentence for the screen. */
    public static final class Unavailable extends RuntimeException {
        private final String chinese;

        public Unavailable(String chinese, Throwable cause) {
            super(chinese, cause);
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    private static final CompletableFuture<Void> TOOLKIT = new CompletableFuture<>();
    private static final AtomicBoolean TOOLKIT_REQUESTED = new AtomicBoolean();
    private static final CountDownLatch CLOSED = new CountDownLatch(1);
    private static volatile Stage window;
    /** Tools (screenshot tour, start-up benchmark) hook in here to drive the shown UI. */
    static volatile java.util.function.BiConsumer<Shell, Theme> onShown;

    private KioskApplication() {
    }

    /** Starts the JavaFX toolkit in the background, once; {@link #run} waits for it. */
    public static void prestart() {
        if (TOOLKIT_REQUESTED.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    Platform.startup(() -> TOOLKIT.complete(null));
                } catch (RuntimeException | Error e) {
                    TOOLKIT.completeExceptionally(e);
                }
            }, "fx-startup");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Starts the UI and blocks until the window closes or {@link #exit()} is called. The content
     * services may still be opening (see {@link UiContext}); the window does not wait for them.
     *
     * @throws IllegalStateException when no window can be opened (no display)
     */
    public static void run(Startup s) {
        Objects.requireNonNull(s);
        prestart();
        try {
            TOOLKIT.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("cannot open the kiosk window: " + e.getCause().getMessage(), e.getCause());
        }
        Platform.runLater(() -> {
            Stage stage = new Stage();
            window = stage;
            stage.setOnHidden(e -> CLOSED.countDown());
            try {
                start(stage, s);
            } catch (RuntimeException | Error e) {
                // Never a black screen: whatever broke, the villager sees the plain error page.
                LOG.log(java.util.logging.Level.SEVERE, "kiosk window could not be built", e);
                Scene scene = new Scene(errorPage(Msg.get("error.load")), 1280, 800);
                try {
                    new Theme().apply(scene); // the font, so the message renders in Chinese
                } catch (RuntimeException themeFailure) {
                    LOG.log(java.util.logging.Level.WARNING, "theme unavailable for the error page", themeFailure);
                }
                stage.setScene(scene);
                stage.show();
            }
        });
        try {
            CLOSED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("kiosk window closed");
        Platform.exit();
    }

    private static volatile boolean restart;

    /** Closes the window asking the launcher to start the kiosk again (new settings take effect). */
    public static void restart() {
        restart = true;
        exit();
    }

    public static boolean restartRequested() {
        return restart;
    }

    /** Closes the window and ends {@link #run}; callable from any thread. */
    public static void exit() {
        Platform.runLater(() -> {
            if (window != null) {
                window.hide();
            }
            CLOSED.countDown();
        });
    }

    private static void start(Stage stage, Startup s) {
        Theme theme = new Theme(s.window().fullScreen() ? screenOf(s.window().screen()).getBounds().getHeight() : 800);
        theme.seniorsModeProperty().set(s.window().seniorsMode());
        Shell shell = s.context() != null ? new Shell(s.context(), theme) : null;
        Parent root = shell != null ? (Parent) shell.root() : errorPage(s.errorMessage());
        Scene scene = new Scene(root, 1280, 800);
        theme.apply(scene);
        stage.setTitle(Msg.get("app.title"));
        stage.setScene(scene);
        if (s.window().fullScreen()) {
            placeFullScreen(stage, s.window().screen());
            // A touch kiosk has no mouse: a pointer left where the last finger was only distracts.
            scene.setCursor(javafx.scene.Cursor.NONE);
        }
        if (shell != null) {
            // A developer's window (--windowed) can still be closed; the kiosk cannot.
            shell.install(stage, scene, s.window().fullScreen());
        }
        stage.show();
        if (shell != null) {
            errorPageOnFailure(s.context(), scene);
        }
        if (shell != null && onShown != null) {
            onShown.accept(shell, theme);
        }
        if (shell != null && s.window().exitWhenReady()) {
            exitWhenReady(scene);
        }
        LOG.info("kiosk window shown" + (s.window().fullScreen() ? " full-screen" : " windowed"));
    }

    private static javafx.stage.Screen screenOf(int screenIndex) {
        var screens = javafx.stage.Screen.getScreens();
        return screenIndex < screens.size() ? screens.get(screenIndex) : javafx.stage.Screen.getPrimary();
    }

    private static void placeFullScreen(Stage stage, int screenIndex) {
        Rectangle2D b = screenOf(screenIndex).getBounds();
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.setFullScreenExitHint("");
        // Villagers must not leave full-screen by pressing Esc on a plugged-in keyboard.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
    }

    /**
     * For the start-up benchmark: the home screen is interactive once its latest notices (loaded
     * in the background) are laid out; the frame after that is on screen.
     */
    private static void exitWhenReady(Scene scene) {
        new AnimationTimer() {
            private boolean laidOut;

            @Override
            public void handle(long now) {
                if (laidOut) {
                    stop();
                    System.out.println("KIOSK_READY");
                    System.out.flush();
                    exit();
                } else if (scene.lookup("#home-latest") instanceof javafx.scene.layout.Pane p
                        && !p.getChildren().isEmpty()) {
                    laidOut = true;
                }
            }
        }.start();
    }

    /** The database may still be opening when the window shows; if it cannot open, the screen says why. */
    static void errorPageOnFailure(UiContext ctx, Scene scene) {
        ctx.ready().whenComplete((content, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
                String message = cause instanceof Unavailable u ? u.chinese() : Msg.get("error.load");
                Platform.runLater(() -> scene.setRoot(errorPage(message)));
            }
        });
    }

    /** What a villager sees when the kiosk cannot start: one plain sentence, no stack trace. */
    static Parent errorPage(String message) {
        Label title = new Label(Msg.get("error.title"));
        title.getStyleClass().add("error-title");
        title.setId("error-title");
        Label text = new Label(message);
        text.getStyleClass().add("error-text");
        text.setId("error-text");
        Label contact = new Label(Msg.get("error.contact"));
        contact.getStyleClass().add("error-text");
        VBox box = new VBox(title, text, contact);
        box.getStyleClass().add("error-pane");
        return box;
    }
}
