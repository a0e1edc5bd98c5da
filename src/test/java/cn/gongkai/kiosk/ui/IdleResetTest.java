package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.ui.screen.SearchScreen;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Idle warning, 继续, reset to home with the search cleared and staff gone, attract screen; lockdown. */
class IdleResetTest extends UiTestBase {
    @org.junit.jupiter.api.AfterEach
    void stopWatching(FxRobot robot) {
        robot.interact(shell::stopIdle);
    }

    private void watch(FxRobot robot, Duration warning, Duration countdown) {
        robot.interact(() -> shell.watchIdle(shell.root().getScene(), warning, countdown));
    }

    @Test
    void warningThenContinueKeepsTheScreen(FxRobot robot) {
        watch(robot, Duration.ofMillis(800), Duration.ofSeconds(5));
        robot.interact(() -> shell.navigator().go(new SearchScreen(kiosk.uiContext(), shell.navigator())));
        robot.clickOn("#key-d");
        waitUntil(() -> robot.lookup("#idle-warning").tryQuery().isPresent());
        assertThat(robot.lookup("#idle-seconds").queryAs(Label.class).getText()).contains("秒后将回到首页");
        robot.clickOn("#idle-continue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#idle-warning").tryQuery()).isEmpty();
        assertThat(shell.navigator().current()).isInstanceOf(SearchScreen.class);
        assertThat(((SearchScreen) shell.navigator().current()).field().getText()).isEqualTo("d");
    }

    @Test
    void noTouchResetsToHomeClosesStaffAndShowsTheAttractScreenUntilTouched(FxRobot robot) {
        AtomicBoolean staff = new AtomicBoolean(true);
        robot.interact(() -> shell.onReset(() -> staff.set(false), staff::get));
        watch(robot, Duration.ofMillis(600), Duration.ofSeconds(1));
        robot.interact(() -> shell.navigator().go(new SearchScreen(kiosk.uiContext(), shell.navigator())));
        robot.clickOn("#key-d");
        waitUntil(() -> robot.lookup("#idle-warning").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#attract").tryQuery().isPresent());
        assertThat(shell.navigator().atHome()).isTrue();
        assertThat(staff.get()).isFalse();
        assertThat(shell.reading().active()).isFalse();
        assertThat(robot.lookup("#idle-warning").tryQuery()).isEmpty();
        // It cycles the notices in force and the newest policies in very large text.
        waitUntil(() -> !robot.lookup("#attract-kind").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#attract-title").queryAs(Label.class).getText()).isNotBlank();
        // The touch that wakes it does not also open whatever tile was under the finger.
        robot.clickOn("#attract-title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attract").tryQuery()).isEmpty();
        assertThat(shell.navigator().atHome()).isTrue();
    }

    @Test
    void atHomeWithNothingToClearTheAttractScreenComesWithoutAWarning(FxRobot robot) {
        watch(robot, Duration.ofMillis(500), Duration.ofSeconds(30));
        waitUntil(() -> robot.lookup("#attract").tryQuery().isPresent());
        assertThat(robot.lookup("#idle-warning").tryQuery()).isEmpty();
    }

    @Test
    void outsideTheScreenHoursAnIdleKioskDimsInsteadOfTheAttractScreen(FxRobot robot) {
        // The kiosk's clock says 10:00 in Jiangxi; the screen is on 18:00-19:00 only.
        var hours = new cn.gongkai.kiosk.config.KioskConfig.ScreenHours(
                cn.gongkai.kiosk.domain.QuietHours.parse(java.util.List.of("18:00-19:00")), false);
        robot.interact(() -> shell.watchIdle(shell.root().getScene(), Duration.ofMillis(500), Duration.ofSeconds(1), hours));
        waitUntil(() -> robot.lookup("#screen-dim").tryQuery().isPresent());
        assertThat(robot.lookup("#attract").tryQuery()).isEmpty();
        robot.clickOn("#screen-dim");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#screen-dim").tryQuery()).isEmpty();
        assertThat(shell.navigator().atHome()).isTrue();
    }

    @Test
    void theWindowCannotBeClosedUntilAnAdminAllowsIt(FxRobot robot) {
        Stage stage = (Stage) shell.root().getScene().getWindow();
        robot.interact(() -> shell.lockdown().install(stage, stage.getScene()));
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isTrue();
        assertThat(shell.lockdown().refused()).isEqualTo(1);
        // Esc on a plugged-in keyboard does not reach the screens.
        robot.interact(() -> shell.navigator().go(new SearchScreen(kiosk.uiContext(), shell.navigator())));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(shell.navigator().current()).isInstanceOf(SearchScreen.class);
        shell.lockdown().allowExit();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).doesNotContain(stage);
    }
}
