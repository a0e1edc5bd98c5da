package cn.gongkai.kiosk.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: the smallest JavaFX window, started the way the kiosk
 * is (a main class that does not extend Application, from the same classpath). Prints
 * KIOSK_READY after its first frame, as the kiosk does with --exit-when-ready.
 */
public final class MinimalFxMain {
    private MinimalFxMain() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        System.out.println("KIOSK_READY");
                        System.out.flush();
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
