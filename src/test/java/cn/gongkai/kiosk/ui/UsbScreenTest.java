package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.local.RemovableMedia;
import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.ui.staff.UsbScreen;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The console's USB screen: a refused import says why in plain words and changes nothing; an export lands on the stick. */
class UsbScreenTest extends UiTestBase {
    private String result(FxRobot robot) {
        return robot.lookup("#usb-result").queryAs(Label.class).getText();
    }

    @Test
    void refusedImportAndSignedExport(FxRobot robot) throws Exception {
        Path mediaRoot = Files.createDirectories(root.resolve("media/staff"));
        Path stick = Files.createDirectories(mediaRoot.resolve("KINGSTON"));
        // A "feed copy" whose signature no trusted key made: refused, the content on screen stays.
        Path copy = Files.createDirectories(stick.resolve("feed-v9"));
        Files.writeString(copy.resolve("manifest.json"), "{\"format\": 2}", StandardCharsets.UTF_8);
        Files.writeString(copy.resolve("manifest.sig"), "AAAA", StandardCharsets.UTF_8);
        int notices = kiosk.services.notices().list().size();
        StaffSession session = ((StaffAccess.Opened) kiosk.services.staff()
                .login(KioskServices.DEMO_EDITOR, KioskServices.DEMO_EDITOR_PIN)).session();
        robot.interact(() -> shell.navigator().go(new UsbScreen(kiosk.uiContext(), shell.navigator(), session,
                new RemovableMedia(List.of(mediaRoot)))));
        waitUntil(() -> robot.lookup("#usb-copy-0").tryQuery().isPresent());
        robot.clickOn("#usb-copy-0");
        waitUntil(() -> result(robot).startsWith("没有导入"));
        assertThat(result(robot)).contains("本机仍显示原来的内容");
        assertThat(kiosk.services.notices().list()).hasSize(notices);

        robot.clickOn("#usb-stick-0");
        waitUntil(() -> result(robot).startsWith("已导出到U盘"));
        try (var files = Files.list(stick)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("kiosk-360123102-"));
        }
    }

    @Test
    void withoutAStickItSaysWhatToDo(FxRobot robot) throws Exception {
        Path mediaRoot = Files.createDirectories(root.resolve("media/nobody"));
        StaffSession session = ((StaffAccess.Opened) kiosk.services.staff()
                .login(KioskServices.DEMO_EDITOR, KioskServices.DEMO_EDITOR_PIN)).session();
        robot.interact(() -> shell.navigator().go(new UsbScreen(kiosk.uiContext(), shell.navigator(), session,
                new RemovableMedia(List.of(mediaRoot)))));
        waitUntil(() -> robot.lookup("#usb-copies .label").tryQuery().isPresent());
        assertThat(robot.lookup("#usb-copies .label").queryAs(Label.class).getText()).contains("没有找到U盘");
    }
}
