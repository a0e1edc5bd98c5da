package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.testing.TestKiosk;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Staff see the update status in plain Chinese: on the footer, and on the screen it opens. */
class FeedStatusScreenTest extends UiTestBase {

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void footerNamesTheDemoVersionAndOpensTheStatus(FxRobot robot) {
        waitUntil(() -> text(robot, "#footer-content").contains("第1版"));
        assertThat(text(robot, "#footer-content")).contains("演示内容").doesNotContain("异常");

        tap(robot, "#footer-content");
        waitUntil(() -> present(robot, "#feed-summary"));
        assertThat(text(robot, "#feed-summary")).contains("当前内容版本 1").contains("演示内容");
        // The demo configuration has no feed address: staff are told to use a USB stick.
        assertThat(present(robot, "#feed-usb-only")).isTrue();
        assertThat(robot.lookup("#feed-sync-now").query().isVisible()).isFalse();
    }

    @Test
    void aFailedUpdateTurnsTheFooterRedAndTheScreenSaysWhyInChinese(FxRobot robot) {
        waitUntil(() -> text(robot, "#footer-content").contains("第1版"));
        kiosk.services.feedState().recordFailure(TestKiosk.NOW, FeedException.Reason.BAD_SIGNATURE.name(),
                "manifest.json: the signature by key 0123 does not match its bytes");
        // The footer is read again whenever the home screen comes back.
        tap(robot, "#tile-notices");
        tap(robot, "#nav-home");
        waitUntil(() -> text(robot, "#footer-content").contains("更新异常"));
        assertThat(robot.lookup("#footer-content").query().getStyleClass()).contains("footer-trouble");

        tap(robot, "#footer-content");
        waitUntil(() -> present(robot, "#feed-last-error"));
        assertThat(text(robot, "#feed-last-error-value")).contains("签名无法验证");
        assertThat(text(robot, "#feed-summary")).contains("最近一次更新未成功").contains("原有内容照常显示");
    }
}
