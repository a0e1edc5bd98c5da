package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.ui.screen.NoticeListScreen;
import cn.gongkai.kiosk.ui.staff.StaffConsoleScreen;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The staff console as staff use it: the hidden corner, the PIN pad and its lock, a notice from form to villagers, revisions, exit. */
class StaffConsoleTest extends UiTestBase {
    @AfterEach
    void stopTimers(FxRobot robot) {
        robot.interact(shell::stopIdle);
    }

    private void enterPin(FxRobot robot, String pin) {
        for (char c : pin.toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-ok");
    }

    private String message(FxRobot robot) {
        return robot.lookup("#pin-message").queryAs(Label.class).getText();
    }

    private void signIn(FxRobot robot, String name, String pin) {
        robot.interact(() -> shell.staff().pad().show());
        waitUntil(() -> robot.lookup("#pin-name-" + name).tryQuery().isPresent());
        robot.clickOn("#pin-name-" + name);
        enterPin(robot, pin);
        waitUntil(() -> shell.navigator().current() instanceof StaffConsoleScreen);
    }

    @Test
    void aFiveSecondPressOnTheCornerOpensThePadAndFiveWrongPinsLockIt(FxRobot robot) {
        robot.moveTo("#staff-corner").press(MouseButton.PRIMARY);
        robot.sleep(1000);
        assertThat(shell.staff().pad().isShown()).isFalse(); // a short press is nothing
        robot.sleep(4300);
        robot.release(MouseButton.PRIMARY);
        waitUntil(() -> shell.staff().pad().isShown());
        waitUntil(() -> robot.lookup("#pin-name-" + KioskServices.DEMO_EDITOR).tryQuery().isPresent());
        robot.clickOn("#pin-name-" + KioskServices.DEMO_EDITOR);
        for (int left = 4; left >= 1; left--) {
            enterPin(robot, "9999");
            int expected = left;
            waitUntil(() -> message(robot).contains("还可以再试 " + expected + " 次"));
        }
        enterPin(robot, "9999");
        waitUntil(() -> message(robot).contains("已锁定"));
        // Locked: the right PIN does not open it either, and a new pad (as after a restart, the lock is in the database) says so.
        enterPin(robot, KioskServices.DEMO_EDITOR_PIN);
        waitUntil(() -> message(robot).contains("已锁定"));
        robot.clickOn("#pin-cancel");
        signInFails(robot);
        assertThat(kiosk.services.staff().lockedUntil()).isPresent();

        // The kiosk restarts (a power cut, a crash): the same data folder, a new window; still locked.
        robot.interact(shell::stopIdle);
        kiosk.close();
        kiosk = cn.gongkai.kiosk.testing.TestKiosk.start(root);
        robot.interact(() -> {
            javafx.scene.Scene scene = shell.root().getScene();
            shell = new Shell(kiosk.uiContext(), theme);
            scene.setRoot((javafx.scene.Parent) shell.root());
        });
        signInFails(robot);
    }

    private void signInFails(FxRobot robot) {
        robot.interact(() -> shell.staff().pad().show());
        waitUntil(() -> robot.lookup("#pin-name-" + KioskServices.DEMO_EDITOR).tryQuery().isPresent());
        robot.clickOn("#pin-name-" + KioskServices.DEMO_EDITOR);
        enterPin(robot, KioskServices.DEMO_EDITOR_PIN);
        waitUntil(() -> message(robot).contains("已锁定"));
        assertThat(shell.navigator().atHome()).isTrue();
    }

    @Test
    void createPreviewPublishVisibleToVillagersThenRestoreAnEarlierRevision(FxRobot robot) {
        signIn(robot, KioskServices.DEMO_EDITOR, KioskServices.DEMO_EDITOR_PIN);
        assertThat(robot.lookup("#staff-exit").tryQuery()).isEmpty(); // an editor cannot leave the app
        robot.clickOn("#staff-new-notice");
        // Missing fields are marked, with the reason.
        robot.clickOn("#form-preview");
        assertThat(robot.lookup("#form-title-error").queryAs(Label.class).getText()).isEqualTo("请填写标题");
        assertThat(robot.lookup("#form-body-error").queryAs(Label.class).getText()).isEqualTo("请填写正文");
        assertThat(robot.lookup("#form-title").queryAs(TextField.class).getStyleClass()).contains("field-error");
        robot.interact(() -> {
            robot.lookup("#form-title").queryAs(TextField.class).setText("石鼻镇冬季用电安全提醒");
            robot.lookup("#form-body").queryAs(TextArea.class).setText("请各户检查家中电线，不私拉乱接。");
        });
        robot.clickOn("#form-preview");
        waitUntil(() -> robot.lookup("#preview-publish").tryQuery().isPresent());
        assertThat(robot.lookup("#notice-title").queryAs(Label.class).getText()).isEqualTo("石鼻镇冬季用电安全提醒");
        assertThat(kiosk.services.notices().list()).noneMatch(n -> n.title().startsWith("石鼻镇冬季用电"));
        robot.clickOn("#preview-publish");
        waitUntil(() -> shell.navigator().current() instanceof StaffConsoleScreen);
        Notice published = kiosk.services.notices().list().stream()
                .filter(n -> n.title().equals("石鼻镇冬季用电安全提醒")).findFirst().orElseThrow();
        assertThat(published.id()).startsWith("local-notice-");

        // Villagers see it in the notice list.
        robot.interact(() -> shell.navigator().home());
        robot.interact(() -> shell.navigator().go(new NoticeListScreen(kiosk.uiContext(), shell.navigator())));
        waitUntil(() -> robot.lookup("#notice-list .list-cell").queryAll().stream()
                .anyMatch(c -> ((javafx.scene.control.ListCell<?>) c).getItem() instanceof Notice n
                        && n.id().equals(published.id())));

        // A second version, then the first restored from the record's revisions.
        signIn(robot, KioskServices.DEMO_EDITOR, KioskServices.DEMO_EDITOR_PIN);
        waitUntil(() -> !robot.lookup("#staff-records .list-cell").queryAll().isEmpty()
                && robot.lookup("#staff-records").queryListView().getItems().size() == 1);
        robot.clickOn(cell(robot, "staff-records", 0));
        waitUntil(() -> robot.lookup("#record-edit").tryQuery().isPresent());
        robot.clickOn("#record-edit");
        robot.interact(() -> robot.lookup("#form-title").queryAs(TextField.class).setText("石鼻镇冬季用电安全提醒（更正）"));
        robot.clickOn("#form-preview");
        waitUntil(() -> robot.lookup("#preview-publish").tryQuery().isPresent());
        robot.clickOn("#preview-publish");
        waitUntil(() -> robot.lookup("#restore-1").tryQuery().isPresent());
        assertThat(kiosk.services.notices().byId(published.id())).map(Notice::title).contains("石鼻镇冬季用电安全提醒（更正）");
        robot.clickOn("#restore-1");
        waitUntil(() -> robot.lookup("#revision-3").tryQuery().isPresent());
        assertThat(kiosk.services.notices().byId(published.id())).map(Notice::title).contains("石鼻镇冬季用电安全提醒");
        assertThat(kiosk.services.local().revisions(cn.gongkai.kiosk.storage.LocalContentDao.Kind.NOTICE, published.id()))
                .extracting(r -> r.action() + " " + r.who()).containsExactly("publish 编辑", "publish 编辑", "restore 编辑");
    }

    @Test
    void onlyAnAdminSeesTheExitAndTheIdleResetClosesTheSession(FxRobot robot) {
        signIn(robot, KioskServices.DEMO_ADMIN, KioskServices.DEMO_ADMIN_PIN);
        assertThat(robot.lookup("#staff-exit").tryQuery()).isPresent();
        assertThat(shell.staff().present()).isTrue();
        robot.interact(shell::reset);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.navigator().atHome()).isTrue();
        assertThat(shell.staff().present()).isFalse();
        assertThat(List.of(robot.lookup("#staff-who").queryAll().toArray())).isEmpty();
    }
}
