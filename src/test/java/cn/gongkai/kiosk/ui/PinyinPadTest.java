package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.ui.staff.StaffConsoleScreen;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Staff type a Chinese title with no keyboard: pinyin on the touch keys, a candidate, punctuation, backspace. */
class PinyinPadTest extends UiTestBase {
    @AfterEach
    void stopTimers(FxRobot robot) {
        robot.interact(shell::stopIdle);
    }

    private void keys(FxRobot robot, String keys) {
        for (char c : keys.toCharArray()) {
            robot.interact(() -> robot.lookup("#key-" + c).queryButton().fire());
        }
    }

    /** Waits for {@code word} among the candidates and taps it. */
    private void pick(FxRobot robot, String word) {
        waitUntil(() -> robot.lookup("#pinyin-candidates .button").queryAll().stream()
                .anyMatch(b -> ((Button) b).getText().equals(word)));
        robot.interact(() -> robot.lookup("#pinyin-candidates .button").queryAll().stream()
                .map(b -> (Button) b).filter(b -> b.getText().equals(word)).findFirst().orElseThrow().fire());
    }

    private String title(FxRobot robot) {
        return robot.lookup("#form-title").queryAs(TextInputControl.class).getText();
    }

    @Test
    void typeATitleInPinyin(FxRobot robot) {
        StaffSession s = ((StaffAccess.Opened) kiosk.services.staff()
                .login(KioskServices.DEMO_EDITOR, KioskServices.DEMO_EDITOR_PIN)).session();
        robot.interact(() -> shell.navigator().go(new StaffConsoleScreen(kiosk.uiContext(), shell.navigator(), s, () -> { })));
        robot.clickOn("#staff-new-notice");
        robot.clickOn("#pinyin-toggle");
        robot.clickOn("#form-title");
        keys(robot, "ting");
        assertThat(robot.lookup("#pinyin-letters").queryAs(Label.class).getText()).isEqualTo("ting");
        pick(robot, "停");
        keys(robot, "shui");
        pick(robot, "水");
        assertThat(title(robot)).isEqualTo("停水");
        keys(robot, "tongzhi");
        pick(robot, "通知");
        robot.interact(() -> robot.lookup("#pinyin-mark-1").queryButton().fire()); // 。
        assertThat(title(robot)).isEqualTo("停水通知。");
        robot.interact(() -> robot.lookup("#key-backspace").queryButton().fire());
        keys(robot, "12");
        assertThat(title(robot)).isEqualTo("停水通知12");
        // Letters pending: backspace takes a letter back, not a character of the field.
        keys(robot, "ri");
        robot.interact(() -> robot.lookup("#key-backspace").queryButton().fire());
        assertThat(robot.lookup("#pinyin-letters").queryAs(Label.class).getText()).isEqualTo("r");
        assertThat(title(robot)).isEqualTo("停水通知12");
    }
}
