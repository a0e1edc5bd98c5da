package cn.gongkai.kiosk.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The JavaFX application. It is started by app.Main (which does not extend Application, so the
 * runtime starts from a plain classpath) with everything it shows already built: either the
 * content services or a one-line reason why the kiosk cannot show content.
 */
public final class KioskApplication extends Application {
    private static final Logger LOG = Logger.getLogger(KioskApplication.class.getName());

    /** How the window is set up. */
    public record WindowOptions(boolean fullScreen, boolean seniorsMode, int screen, boolean exitWhenReady) {
        public WindowOptions(boolean fullScreen, boolean seniorsMode, int screen) {
            this(fullScreen, seniorsMode, screen, false);
        }
    }

    /** Either services to show, or a message for the error page (exactly one is non-null). */
    public record Startup(UiContext context, String errorMessage, WindowOptions window) { }

    private static volatile CompletableFuture<Startup> startup;
    /** Tools (screenshot tour, start-up benchmark) hook in here to drive the shown UI. */
    static volatile java.util.function.BiConsumer<Shell, Theme> onShown;

    /** Starts the UI and blocks until it exits. */
    public static void run(Startup s) {
        run(CompletableFuture.completedFuture(Objects.requireNonNull(s)));
    }

    /**
     * Starts the UI while {@code s} is still being prepared (the services open in parallel with
     * the toolkit); the window is built as soon as both are ready. Blocks until the UI exits.
     */
    public static void run(CompletableFuture<Startup> s) {
        startup = Objects.requireNonNull(s);
        Application.launch(KioskApplication.class);
    }

    @Override
    public void start(Stage stage) {
        Startup s = startup.join();
        Theme theme = new Theme();
        theme.seniorsModeProperty().set(s.window().seniorsMode());
        Shell shell = s.context() != null ? new Shell(s.context(), theme) : null;
        Parent root = shell != null ? (Parent) shell.root() : errorPage(s.errorMessage());
        Scene scene = new Scene(root, 1280, 800);
        theme.apply(scene);
        stage.setTitle(Msg.get("app.title"));
        stage.setScene(scene);
        if (s.window().fullScreen()) {
            placeFullScreen(stage, s.window().screen());
        }
        stage.show();
        if (shell != null && onShown != null) {
            onShown.accept(shell, theme);
        }
        if (shell != null && s.window().exitWhenReady()) {
            exitWhenReady(scene);
        }
        LOG.info("kiosk window shown" + (s.window().fullScreen() ? " full-screen" : " windowed"));
    }

    private static void placeFullScreen(Stage stage, int screenIndex) {
        var screens = javafx.stage.Screen.getScreens();
        javafx.stage.Screen screen = screenIndex < screens.size() ? screens.get(screenIndex)
                : javafx.stage.Screen.getPrimary();
        Rectangle2D b = screen.getBounds();
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
                    Platform.exit();
                } else if (scene.lookup("#home-latest") instanceof ListView<?> l && !l.getItems().isEmpty()) {
                    laidOut = true;
                }
            }
        }.start();
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

    @Override
    public void stop() {
        LOG.info("kiosk window closed");
        Platform.exit();
    }
}
