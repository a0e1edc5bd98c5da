package cn.gongkai.kiosk.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * When nobody has touched the kiosk for a while, whatever the last person did is cleared: after
 * the idle time a warning counts down with a big 继续 button; at zero the kiosk resets (home
 * screen, reading stopped, staff session closed) and the attract screen shows until touched.
 * At home with nothing going on there is nothing to warn about: the attract screen comes at once.
 * Every press, touch, key or scroll anywhere counts as activity (a scene event filter).
 */
final class IdleWatcher {
    private final StackPane layer;
    private final Duration countdown;
    private final BooleanSupplier worthWarning;
    private final Runnable reset;
    private final AttractLayer attract;
    private final ScreenDimmer dimmer;
    /** Every half minute: office hours beginning or ending while the kiosk stands idle. */
    private final Timeline hours;
    private final PauseTransition idle;
    private final Timeline tick;
    private final VBox warning;
    private final Label seconds = new Label();
    private int left;

    /**
     * @param layer        the overlay host above the shell, where the warning and attract screen go
     * @param worthWarning true when there is something to clear (not at home, a reading, staff)
     * @param reset        what the reset does
     */
    IdleWatcher(StackPane layer, Duration warnAfter, Duration countdown, BooleanSupplier worthWarning, Runnable reset,
                AttractLayer attract, ScreenDimmer dimmer) {
        this.layer = layer;
        this.countdown = countdown;
        this.worthWarning = worthWarning;
        this.reset = reset;
        this.attract = attract;
        this.dimmer = dimmer;
        this.hours = new Timeline(new KeyFrame(javafx.util.Duration.seconds(30), e -> followHours()));
        hours.setCycleCount(Timeline.INDEFINITE);
        this.idle = new PauseTransition(javafx.util.Duration.millis(warnAfter.toMillis()));
        idle.setOnFinished(e -> idleReached());
        this.tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> countDown()));
        tick.setCycleCount(Timeline.INDEFINITE);

        Label title = new Label(Msg.get("idle.title"));
        title.getStyleClass().add("idle-title");
        seconds.setId("idle-seconds");
        seconds.getStyleClass().add("idle-text");
        Button more = new Button(Msg.get("idle.continue"));
        more.setId("idle-continue");
        more.getStyleClass().add("idle-continue");
        more.setOnAction(e -> activity(null));
        warning = new VBox(title, seconds, more);
        warning.setId("idle-warning");
        warning.getStyleClass().add("idle-warning");
        warning.setAlignment(Pos.CENTER);
        warning.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    void install(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, this::activity);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::activity);
        scene.addEventFilter(ScrollEvent.SCROLL, this::activity);
        idle.playFromStart();
        hours.play();
    }

    /** Stops every timer (the window is going away). */
    void stop() {
        idle.stop();
        tick.stop();
        hours.stop();
        attract.hide();
        dimmer.hide();
    }

    boolean warningShown() {
        return layer.getChildren().contains(warning);
    }

    /**
     * Someone is here. The touch that wakes the attract screen only wakes it (consumed, so it does
     * not also press whatever was under the finger); on the warning, any touch means 继续.
     */
    void activity(Event e) {
        if (attract.isShown() || dimmer.isShown()) {
            attract.hide();
            dimmer.hide();
            if (e != null) {
                e.consume();
            }
        }
        if (warningShown()) {
            tick.stop();
            layer.getChildren().remove(warning);
        }
        idle.playFromStart();
    }

    private void idleReached() {
        if (!worthWarning.getAsBoolean()) {
            resetNow();
            return;
        }
        left = (int) Math.max(1, countdown.toSeconds());
        seconds.setText(Msg.get("idle.seconds", left));
        if (!warningShown()) {
            layer.getChildren().add(warning);
        }
        tick.playFromStart();
    }

    private void countDown() {
        left--;
        if (left <= 0) {
            tick.stop();
            layer.getChildren().remove(warning);
            resetNow();
        } else {
            seconds.setText(Msg.get("idle.seconds", left));
        }
    }

    private void resetNow() {
        reset.run();
        if (dimmer.offHours()) {
            dimmer.show();
        } else {
            attract.show();
        }
    }

    /** An idle kiosk follows the screen hours: attract screen inside them, dimmed (or blank) outside. */
    void followHours() {
        if (attract.isShown() && dimmer.offHours()) {
            attract.hide();
            dimmer.show();
        } else if (dimmer.isShown() && !dimmer.offHours()) {
            dimmer.hide();
            attract.show();
        }
    }
}
