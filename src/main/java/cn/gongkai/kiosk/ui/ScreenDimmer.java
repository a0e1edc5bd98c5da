package cn.gongkai.kiosk.ui;

import cn.gongkai.kiosk.config.KioskConfig;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Outside the screen hours (display.screenOn in kiosk.json), an idle kiosk dims its screen, or
 * blanks it, instead of showing the attract screen; a touch brings it back. The hall's broadcasts
 * do not depend on the screen and play on in their own windows.
 */
final class ScreenDimmer {
    private final StackPane layer;
    private final KioskConfig.ScreenHours hours;
    private final Clock clock;
    private final ZoneId zone;
    private final Region shade = new Region();

    ScreenDimmer(StackPane layer, KioskConfig.ScreenHours hours, Clock clock, ZoneId zone) {
        this.layer = layer;
        this.hours = hours;
        this.clock = clock;
        this.zone = zone;
        shade.setId(hours.blank() ? "screen-blank" : "screen-dim");
        shade.getStyleClass().add(hours.blank() ? "screen-blank" : "screen-dim");
        shade.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /** True outside the screen hours. */
    boolean offHours() {
        return hours.offAt(LocalTime.ofInstant(clock.instant(), zone));
    }

    boolean isShown() {
        return layer.getChildren().contains(shade);
    }

    void show() {
        if (!isShown()) {
            layer.getChildren().add(shade);
        }
    }

    void hide() {
        layer.getChildren().remove(shade);
    }
}
