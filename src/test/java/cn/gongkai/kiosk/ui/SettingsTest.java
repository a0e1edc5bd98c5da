package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.ui.staff.StaffConsoleScreen;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalTime;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** An admin's 设置: checked like kiosk.json, saved in the data folder, laid over kiosk.json at the next start. */
class SettingsTest extends UiTestBase {
    @AfterEach
    void stopTimers(FxRobot robot) {
        robot.interact(shell::stopIdle);
    }

    @Test
    void settingsAreCheckedSavedAndUsedAtTheNextStart(FxRobot robot) throws Exception {
        var s = ((StaffAccess.Opened) kiosk.services.staff().login(KioskServices.DEMO_ADMIN, KioskServices.DEMO_ADMIN_PIN))
                .session();
        robot.interact(() -> shell.navigator().go(new StaffConsoleScreen(kiosk.uiContext(), shell.navigator(), s, () -> { })));
        robot.clickOn("#staff-settings");
        waitUntil(() -> robot.lookup("#form-screenOn").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#form-warn-2").queryAs(javafx.scene.control.ToggleButton.class).fire(); // 2 minutes
            robot.lookup("#form-outside-1").queryAs(javafx.scene.control.ToggleButton.class).fire(); // blank
            robot.lookup("#form-screenOn").queryAs(TextInputControl.class).setText("08:00-18:00");
            robot.lookup("#form-quiet").queryAs(TextInputControl.class).setText("12-14");
        });
        robot.clickOn("#form-preview");
        assertThat(robot.lookup("#form-quiet-error").queryAs(Label.class).getText()).contains("时段格式不对");
        assertThat(Files.exists(kiosk.dataDir.resolve("kiosk-settings.json"))).isFalse();
        robot.interact(() -> robot.lookup("#form-quiet").queryAs(TextInputControl.class).setText("12:00-14:00"));
        robot.clickOn("#form-preview");
        assertThat(robot.lookup("#form-status").queryAs(Label.class).getText()).contains("重新启动后生效");

        KioskConfig next = KioskServices.withLocalSettings(kiosk.configDir, KioskServices.loadConfig(kiosk.configDir),
                kiosk.dataDir);
        assertThat(next.display().idleWarning()).isEqualTo(Duration.ofMinutes(2));
        assertThat(next.display().hours().blank()).isTrue();
        assertThat(next.display().hours().offAt(LocalTime.of(20, 0))).isTrue();
        assertThat(next.broadcast().quietHours().contains(LocalTime.of(13, 0))).isTrue();
        assertThat(next.siteName()).isEqualTo(kiosk.services.config().siteName()); // the rest is kiosk.json's
        assertThat(kiosk.services.local().auditLog(5)).anyMatch(a -> a.action().equals("settings"));

        // A broken settings file never keeps the kiosk from starting: kiosk.json alone is used.
        Files.writeString(kiosk.dataDir.resolve("kiosk-settings.json"), "{\"display\": {\"dataDir\": \"/tmp\"}}");
        KioskConfig safe = KioskServices.withLocalSettings(kiosk.configDir, KioskServices.loadConfig(kiosk.configDir),
                kiosk.dataDir);
        assertThat(safe.display().idleWarning()).isEqualTo(KioskConfig.Display.IDLE_WARNING);
    }
}
