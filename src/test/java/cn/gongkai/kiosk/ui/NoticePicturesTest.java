package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.ui.screen.NoticeScreen;
import cn.gongkai.kiosk.ui.staff.StaffConsoleScreen;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A photo from the USB stick attached to a notice: a fake one refused, the real one shown to villagers and exported. */
class NoticePicturesTest extends UiTestBase {
    @AfterEach
    void clear(FxRobot robot) {
        System.clearProperty("kiosk.removableRoots");
        robot.interact(shell::stopIdle);
    }

    @Test
    void attachPreviewPublishShowExport(FxRobot robot) throws Exception {
        Path users = Files.createDirectories(root.resolve("media/staff"));
        Path stick = Files.createDirectories(users.resolve("USB"));
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", stick.resolve("a-公示栏.png").toFile());
        Files.writeString(stick.resolve("b-不是图片.jpg"), "text, not a picture");
        System.setProperty("kiosk.removableRoots", users.toString());
        StaffSession s = ((StaffAccess.Opened) kiosk.services.staff()
                .login(KioskServices.DEMO_EDITOR, KioskServices.DEMO_EDITOR_PIN)).session();
        robot.interact(() -> shell.navigator().go(new StaffConsoleScreen(kiosk.uiContext(), shell.navigator(), s, () -> { })));
        robot.clickOn("#staff-new-notice");
        robot.interact(() -> {
            robot.lookup("#form-title").queryAs(TextInputControl.class).setText("十一月村务公开栏");
            robot.lookup("#form-body").queryAs(TextInputControl.class).setText("详见公示栏照片。");
        });
        robot.interact(() -> robot.lookup("#form-find-pictures").queryButton().fire());
        waitUntil(() -> robot.lookup("#form-picture-1").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#form-picture-1").queryButton().fire());
        waitUntil(() -> robot.lookup("#form-status").queryAs(Label.class).getText().contains("不是图片文件"));
        robot.interact(() -> robot.lookup("#form-picture-0").queryButton().fire());
        waitUntil(() -> robot.lookup("#form-remove-picture-0").tryQuery().isPresent());
        robot.clickOn("#form-preview");
        waitUntil(() -> robot.lookup("#preview-publish").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#notice-pictures").queryAs(VBox.class).getChildren().isEmpty());
        robot.clickOn("#preview-publish");
        waitUntil(() -> shell.navigator().current() instanceof StaffConsoleScreen);

        Notice n = kiosk.services.notices().list().stream().filter(x -> x.title().equals("十一月村务公开栏"))
                .findFirst().orElseThrow();
        assertThat(n.images()).singleElement().satisfies(name -> assertThat(name).startsWith("local-media/"));
        robot.interact(() -> shell.navigator().go(new NoticeScreen(kiosk.uiContext(), shell.navigator(), n)));
        waitUntil(() -> robot.lookup("#notice-pictures").queryAs(VBox.class).getChildren().size() == 1);
        ImageView view = (ImageView) robot.lookup("#notice-pictures").queryAs(VBox.class).getChildren().get(0);
        assertThat(view.getImage().getWidth()).isEqualTo(300);

        Path bundle = kiosk.services.local().export(s, Files.createDirectories(root.resolve("out")));
        assertThat(bundle.resolve(n.images().get(0))).exists();
        assertThat(Files.readString(bundle.resolve("manifest.json"))).contains(n.images().get(0));
    }
}
