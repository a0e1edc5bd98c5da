package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.ui.staff.AccountsScreen;
import cn.gongkai.kiosk.ui.staff.StaffConsoleScreen;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A real installation's first run sets the admin on screen; an admin adds and removes staff. */
class AccountsTest extends UiTestBase {
    @AfterEach
    void stopTimers(FxRobot robot) {
        robot.interact(shell::stopIdle);
    }

    private void fill(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextInputControl.class).setText(value));
    }

    private String status(FxRobot robot) {
        return robot.lookup("#account-status").queryAs(Label.class).getText();
    }

    @Test
    void firstRunSetsTheAdminOnceThenThePadAsksForIt(FxRobot robot) {
        kiosk.services.staff().whenNoAccounts(s -> { }); // a real installation: no demo accounts
        robot.interact(() -> shell.staff().pad().show());
        waitUntil(() -> robot.lookup("#pin-first-run").tryQuery().isPresent());
        robot.clickOn("#pin-first-run");
        waitUntil(() -> robot.lookup("#account-save").tryQuery().isPresent());
        fill(robot, "account-name", "李站长");
        fill(robot, "account-pin", "7391");
        fill(robot, "account-pin-again", "7392");
        robot.clickOn("#account-save");
        assertThat(status(robot)).contains("不一样");
        fill(robot, "account-pin", "7391");
        fill(robot, "account-pin-again", "7391");
        robot.clickOn("#account-save");
        waitUntil(() -> shell.navigator().atHome());
        assertThat(kiosk.services.staff().accounts()).containsExactly(new StaffAccess.Staff("李站长", StaffAccess.Role.ADMIN));
        // The first-run screen cannot add a second admin behind the first one's back.
        robot.interact(() -> shell.navigator().go(new AccountsScreen(kiosk.uiContext(), shell.navigator(), null)));
        fill(robot, "account-name", "路人");
        fill(robot, "account-pin", "2580");
        fill(robot, "account-pin-again", "2580");
        robot.clickOn("#account-save");
        waitUntil(() -> !status(robot).equals("正在保存……"));
        assertThat(status(robot)).contains("已有账号");
        assertThat(kiosk.services.staff().accounts()).hasSize(1);
        // The pad now lists the admin, whose PIN opens the console.
        robot.interact(() -> shell.navigator().home());
        robot.interact(() -> shell.staff().pad().show());
        waitUntil(() -> robot.lookup("#pin-name-李站长").tryQuery().isPresent());
        robot.clickOn("#pin-name-李站长");
        for (char c : "7391".toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-ok");
        waitUntil(() -> shell.navigator().current() instanceof StaffConsoleScreen);
    }

    @Test
    void anAdminAddsAndRemovesAnEditor(FxRobot robot) {
        var s = ((StaffAccess.Opened) kiosk.services.staff().login(KioskServices.DEMO_ADMIN, KioskServices.DEMO_ADMIN_PIN))
                .session();
        robot.interact(() -> shell.navigator().go(new StaffConsoleScreen(kiosk.uiContext(), shell.navigator(), s, () -> { })));
        robot.clickOn("#staff-accounts");
        waitUntil(() -> robot.lookup("#account-remove-" + KioskServices.DEMO_EDITOR).tryQuery().isPresent());
        fill(robot, "account-name", "王会计");
        fill(robot, "account-pin", "1111");
        fill(robot, "account-pin-again", "1111");
        robot.clickOn("#account-save");
        waitUntil(() -> !status(robot).equals("正在保存……"));
        assertThat(status(robot)).isEqualTo("密码不能全是同一个数字");
        fill(robot, "account-name", "王会计");
        fill(robot, "account-pin", "5274");
        fill(robot, "account-pin-again", "5274");
        robot.clickOn("#account-save");
        waitUntil(() -> robot.lookup("#account-remove-王会计").tryQuery().isPresent());
        robot.clickOn("#account-remove-王会计");
        waitUntil(() -> robot.lookup("#account-remove-王会计").tryQuery().isEmpty());
        assertThat(kiosk.services.staff().accounts()).extracting(StaffAccess.Staff::name)
                .containsExactlyInAnyOrder(KioskServices.DEMO_ADMIN, KioskServices.DEMO_EDITOR);
        // An admin cannot remove themselves (the kiosk would lose its last way out).
        assertThat(robot.lookup("#account-remove-" + KioskServices.DEMO_ADMIN).tryQuery()).isEmpty();
    }
}
