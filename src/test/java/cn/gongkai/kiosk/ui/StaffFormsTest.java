package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.storage.BroadcastDao;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.ui.staff.StaffConsoleScreen;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The broadcast, fund and catalog forms: required and wrong fields marked, preview, publish, masking of personal data. */
class StaffFormsTest extends UiTestBase {
    @AfterEach
    void stopTimers(FxRobot robot) {
        robot.interact(shell::stopIdle);
    }

    private void console(FxRobot robot) {
        StaffSession s = ((StaffAccess.Opened) kiosk.services.staff()
                .login(KioskServices.DEMO_EDITOR, KioskServices.DEMO_EDITOR_PIN)).session();
        robot.interact(() -> shell.navigator().go(new StaffConsoleScreen(kiosk.uiContext(), shell.navigator(), s, () -> { })));
    }

    private void fill(FxRobot robot, String key, String value) {
        robot.interact(() -> robot.lookup("#form-" + key).queryAs(TextInputControl.class).setText(value));
    }

    private String error(FxRobot robot, String key) {
        return robot.lookup("#form-" + key + "-error").queryAs(Label.class).getText();
    }

    private void publish(FxRobot robot) {
        robot.clickOn("#form-preview");
        waitUntil(() -> robot.lookup("#preview-publish").tryQuery().isPresent());
        robot.clickOn("#preview-publish");
        waitUntil(() -> shell.navigator().current() instanceof StaffConsoleScreen);
    }

    @Test
    void aBroadcastEntryPlaysAtTheTimesGiven(FxRobot robot) {
        console(robot);
        robot.clickOn("#staff-new-broadcast");
        robot.clickOn("#form-preview");
        assertThat(error(robot, "title")).isEqualTo("请填写广播名称");
        fill(robot, "title", "午休提醒");
        fill(robot, "text", "办事大厅中午十二点至两点午休，请下午再来办理。");
        fill(robot, "times", "11:50 下午");
        robot.clickOn("#form-preview");
        assertThat(error(robot, "times")).contains("“下午”不是时间");
        fill(robot, "times", "11:50, 8:30");
        publish(robot);
        List<BroadcastEntry> mine = new BroadcastDao(kiosk.services.database(), kiosk.services.config().region()).list()
                .stream().filter(b -> b.id().startsWith("local-broadcast-")).toList();
        assertThat(mine).singleElement().satisfies(b -> {
            assertThat(b.schedule().timesOfDay()).containsExactly(LocalTime.of(8, 30), LocalTime.of(11, 50));
            assertThat(b.priority()).isEqualTo(BroadcastEntry.Priority.NORMAL);
            assertThat(b.days()).hasSize(5);
        });
    }

    @Test
    void aFundListIsMaskedBeforeItIsStored(FxRobot robot) {
        console(robot);
        robot.clickOn("#staff-new-fund");
        fill(robot, "project", "2026年耕地地力保护补贴（石鼻村）");
        fill(robot, "source", "中央财政");
        fill(robot, "amount", "十二万");
        fill(robot, "unit", "石鼻镇财政所");
        fill(robot, "phone", "0791-83461203");
        fill(robot, "list", "张小明 360123196505051234 6217000011112222333 石鼻村 1200\n李四 800");
        robot.clickOn("#form-preview");
        assertThat(error(robot, "amount")).contains("请填写金额数字");
        fill(robot, "amount", "12.5");
        publish(robot);
        FundDisclosure f = kiosk.services.funds().list().stream().filter(x -> x.id().startsWith("local-fund-"))
                .findFirst().orElseThrow();
        assertThat(f.beneficiaries()).hasSize(2);
        assertThat(f.beneficiaries().get(0).idNumber()).doesNotContain("196505051234").endsWith("1234");
        assertThat(f.beneficiaries().get(0).name()).isNotEqualTo("张小明");
        String stored = kiosk.services.local().revisions(LocalContentDao.Kind.FUND, f.id()).get(0).record();
        assertThat(stored).doesNotContain("360123196505051234").doesNotContain("6217000011112222333").doesNotContain("张小明");
    }

    @Test
    void aVillageCatalogItemWithEveryElement(FxRobot robot) {
        console(robot);
        robot.clickOn("#staff-new-catalog");
        fill(robot, "level1", "村级财务收支");
        fill(robot, "level2", "石鼻村2026年11月财务收支明细");
        fill(robot, "content", "本月收入、支出明细及结余。");
        robot.clickOn("#form-preview");
        assertThat(error(robot, "basis")).isEqualTo("请填写公开依据");
        fill(robot, "basis", "《中华人民共和国村民委员会组织法》");
        fill(robot, "deadline", "每月10日前");
        fill(robot, "subject", "石鼻村村民委员会");
        fill(robot, "channels", "村务公开栏 政务公开一体机");
        publish(robot);
        assertThat(kiosk.services.catalog().list(java.util.Optional.of("村务")))
                .anyMatch(i -> i.level2().equals("石鼻村2026年11月财务收支明细") && i.channels().size() == 2);
    }

    @Test
    void editingAFundKeepsItsMaskedListAndMakesARevision(FxRobot robot) {
        aFundListIsMaskedBeforeItIsStored(robot);
        FundDisclosure before = kiosk.services.funds().list().stream().filter(x -> x.id().startsWith("local-fund-"))
                .findFirst().orElseThrow();
        robot.interact(() -> shell.navigator().current().activate());
        waitUntil(() -> !robot.lookup("#staff-records .list-cell").queryAll().isEmpty()
                && robot.lookup("#staff-records").queryListView().getItems().size() == 1);
        robot.clickOn(cell(robot, "staff-records", 0));
        waitUntil(() -> robot.lookup("#record-edit").tryQuery().isPresent());
        robot.clickOn("#record-edit");
        waitUntil(() -> robot.lookup("#form-project").tryQuery().isPresent());
        assertThat(robot.lookup("#form-amount").queryAs(TextInputControl.class).getText()).isEqualTo("12.5");
        fill(robot, "project", "2026年耕地地力保护补贴（石鼻村，更正）");
        publish2(robot);
        FundDisclosure after = kiosk.services.funds().byId(before.id()).orElseThrow();
        assertThat(after.project()).isEqualTo("2026年耕地地力保护补贴（石鼻村，更正）");
        assertThat(after.beneficiaries()).isEqualTo(before.beneficiaries());
        assertThat(kiosk.services.local().revisions(LocalContentDao.Kind.FUND, before.id())).hasSize(2);
    }

    private void publish2(FxRobot robot) {
        robot.clickOn("#form-preview");
        waitUntil(() -> robot.lookup("#preview-publish").tryQuery().isPresent());
        robot.clickOn("#preview-publish");
        waitUntil(() -> robot.lookup("#record-edit").tryQuery().isPresent());
    }

    @Test
    void aBroadcastCanPlayARecordingFromTheStick(FxRobot robot) throws Exception {
        java.nio.file.Path users = java.nio.file.Files.createDirectories(root.resolve("media/staff"));
        java.nio.file.Path stick = java.nio.file.Files.createDirectories(users.resolve("USB"));
        javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(16_000, 16, 1, true, false);
        byte[] silence = new byte[16_000];
        javax.sound.sampled.AudioSystem.write(new javax.sound.sampled.AudioInputStream(
                new java.io.ByteArrayInputStream(silence), format, silence.length / 2),
                javax.sound.sampled.AudioFileFormat.Type.WAVE, stick.resolve("a-午休.wav").toFile());
        java.nio.file.Files.writeString(stick.resolve("b-假的.wav"), "not a recording");
        System.setProperty("kiosk.removableRoots", users.toString());
        try {
            console(robot);
            robot.clickOn("#staff-new-broadcast");
            fill(robot, "title", "午休提醒（录音）");
            fill(robot, "times", "11:55");
            robot.clickOn("#form-preview");
            assertThat(error(robot, "text")).isEqualTo("请填写播报内容，或添加录音");
            robot.interact(() -> robot.lookup("#form-find-audio").queryButton().fire());
            waitUntil(() -> robot.lookup("#form-recording-1").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#form-recording-1").queryButton().fire());
            waitUntil(() -> robot.lookup("#form-status").queryAs(Label.class).getText().contains("不是 WAV"));
            robot.interact(() -> robot.lookup("#form-recording-0").queryButton().fire());
            waitUntil(() -> robot.lookup("#form-audio").queryAs(Label.class).getText().contains("a-午休.wav"));
            publish(robot);
        } finally {
            System.clearProperty("kiosk.removableRoots");
        }
        BroadcastEntry b = new BroadcastDao(kiosk.services.database(), kiosk.services.config().region()).list().stream()
                .filter(x -> x.title().equals("午休提醒（录音）")).findFirst().orElseThrow();
        assertThat(b.audio()).startsWith("local-media/").endsWith(".wav");
        // The broadcaster reads its audio through the same media lookup as feed recordings.
        assertThat(kiosk.services.media(b.audio())).hasValueSatisfying(bytes -> assertThat(bytes.length).isGreaterThan(16_000));
    }

    @Test
    void aVillagesDisclosureIsPublishedForThatVillage(FxRobot robot) {
        console(robot);
        robot.clickOn("#staff-new-notice");
        robot.interact(() -> {
            robot.lookup("#form-scope-2").queryAs(javafx.scene.control.ToggleButton.class).fire(); // 邹家村
            robot.lookup("#form-title").queryAs(TextInputControl.class).setText("邹家村十一月财务公开");
            robot.lookup("#form-body").queryAs(TextInputControl.class).setText("收入、支出明细见公开栏。");
        });
        robot.clickOn("#form-preview");
        waitUntil(() -> robot.lookup("#preview-publish").tryQuery().isPresent());
        robot.clickOn("#preview-publish");
        waitUntil(() -> shell.navigator().current() instanceof StaffConsoleScreen);
        var n = kiosk.services.notices().list().stream().filter(x -> x.title().equals("邹家村十一月财务公开"))
                .findFirst().orElseThrow();
        assertThat(n.scope().level()).isEqualTo(cn.gongkai.kiosk.domain.PublisherLevel.VILLAGE);
        assertThat(n.scope().region().digits()).isEqualTo("360123102202");
    }
}
