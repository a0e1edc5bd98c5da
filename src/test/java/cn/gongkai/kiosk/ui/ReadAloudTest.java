package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.speech.EspeakSynthesizer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** 朗读 on a content screen: the highlight follows the reading, and leaving the screen stops it. */
class ReadAloudTest extends UiTestBase {

    private static void requireEspeak() {
        EspeakSynthesizer e = new EspeakSynthesizer();
        if (!e.available()) {
            if ("1".equals(System.getenv("KIOSK_REQUIRE_ESPEAK"))) {
                throw new AssertionError(e.problem());
            }
            Assumptions.abort("eSpeak NG not installed");
        }
    }

    private static int currentLine(FxRobot robot) {
        for (Node n : robot.lookup(".reading-line").queryAll()) {
            if (n.getStyleClass().contains("reading-current")) {
                return Integer.parseInt(n.getId().substring("reading-line-".length()));
            }
        }
        return -1;
    }

    @Test
    void theHighlightMovesSentenceBySentenceAndLeavingTheScreenStopsTheReading(FxRobot robot) {
        requireEspeak();
        assertThat(robot.lookup("#nav-read").query().isVisible()).as("nothing to read at home").isFalse();
        tap(robot, "#tile-notices");
        waitUntil(() -> present(robot, "#notice-list"));
        robot.clickOn(cell(robot, "notice-list", 0));
        waitUntil(() -> present(robot, "#notice-title") && robot.lookup("#nav-read").query().isVisible());

        tap(robot, "#nav-read");
        waitUntil(() -> robot.lookup("#reading-panel").query().isVisible() && currentLine(robot) == 0);
        assertThat(robot.lookup("#reading-line-0").queryAs(Labeled.class).getText())
                .isEqualTo(robot.lookup("#notice-title").queryAs(Labeled.class).getText() + "。");
        waitUntil(() -> currentLine(robot) >= 1);

        tap(robot, "#reading-pause");
        assertThat(robot.lookup("#reading-pause").queryAs(Labeled.class).getText()).isEqualTo("继续");
        tap(robot, "#reading-pause");

        tap(robot, "#nav-back");
        waitUntil(() -> !robot.lookup("#reading-panel").query().isVisible());
        assertThat(kiosk.services.speech().current()).as("no reading left running").isEmpty();
    }

    @Test
    void withoutAMandarinVoiceTheButtonSaysSoInPlainWords(FxRobot robot) throws Exception {
        // A kiosk whose eSpeak NG is missing: the same content, a speaker without a Mandarin engine.
        cn.gongkai.kiosk.speech.Speaker mute = new cn.gongkai.kiosk.speech.Speaker(
                new cn.gongkai.kiosk.speech.text.ChineseFrontEnd(), new EspeakSynthesizer("/nonexistent/espeak-ng"),
                new cn.gongkai.kiosk.speech.FreeTtsSynthesizer());
        var speech = new cn.gongkai.kiosk.speech.SpeechService(mute, () -> cn.gongkai.kiosk.speech.play.Sinks.silent(3),
                cn.gongkai.kiosk.speech.RecordingSource.NONE);
        var c = kiosk.services.uiContent();
        UiContext ctx = new UiContext(kiosk.services.config(), new UiContext.Content(c.catalog(), c.policies(),
                c.funds(), c.notices(), c.store(), c.feed(), speech, c.search(), c.staff(), c.local(), c.media(),
                c.settings()),
                kiosk.services.clock(),
                new Async(java.util.concurrent.Executors.newSingleThreadExecutor()));
        robot.interact(() -> {
            shell = new Shell(ctx, theme);
            robot.lookup("#shell").query().getScene().setRoot((javafx.scene.Parent) shell.root());
        });
        tap(robot, "#tile-notices");
        waitUntil(() -> present(robot, "#notice-list"));
        robot.clickOn(cell(robot, "notice-list", 0));
        waitUntil(() -> robot.lookup("#nav-read").query().isVisible());
        tap(robot, "#nav-read");
        waitUntil(() -> robot.lookup("#reading-status").queryAs(Labeled.class).getText().contains("未安装普通话语音"));
        assertThat(robot.lookup("#reading-panel").query().isVisible()).isTrue();
    }
}
