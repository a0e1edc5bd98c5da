package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * 长辈版: one tap switches the whole UI to main text of at least 30 px and touch targets of at
 * least 60x60 px (MIIT 2021 elderly-friendly specification), and back.
 */
class SeniorsModeTest extends UiTestBase {
    private static final double MIN_TEXT = 30;
    private static final double MIN_TARGET = 60;

    @Test
    void seniorsModeEnlargesTextAndTouchTargetsEverywhere(FxRobot robot) {
        openFirstItem(robot);
        double standardText = minFontSize(robot, ".body-text");
        assertThat(standardText).isLessThan(MIN_TEXT);

        robot.clickOn("#mode-seniors");
        waitUntil(() -> minFontSize(robot, ".body-text") >= MIN_TEXT);
        assertThat(minFontSize(robot, ".element-label")).isGreaterThanOrEqualTo(MIN_TEXT);
        assertTargets(robot, "#nav-back", "#nav-home", "#mode-standard", "#mode-seniors");
        for (Node crumb : robot.lookup(".crumb").queryAll()) {
            assertTarget(crumb);
        }

        robot.clickOn("#nav-home");
        waitUntil(() -> present(robot, "#screen-home"));
        assertTargets(robot, "#tile-catalog", "#tile-policies", "#tile-funds", "#tile-notices");
        waitUntil(() -> present(robot, "#home-latest-0"));
        assertThat(minFontSize(robot, "#home-latest .row-title")).isGreaterThanOrEqualTo(MIN_TEXT);
        for (Node row : robot.lookup("#home-latest .row-button").queryAll()) {
            assertTarget(row);
        }

        robot.clickOn("#tile-catalog");
        waitUntil(() -> present(robot, "#domain-jiuye"));
        for (Node tile : robot.lookup(".domain-tile").queryAll()) {
            assertTarget(tile);
        }
        assertThat(minFontSize(robot, ".domain-tile .tile-title")).isGreaterThanOrEqualTo(MIN_TEXT);

        robot.clickOn("#mode-standard");
        waitUntil(() -> minFontSize(robot, ".domain-tile .tile-title") < MIN_TEXT);
    }

    private void openFirstItem(FxRobot robot) {
        robot.clickOn("#tile-catalog");
        waitUntil(() -> present(robot, "#domain-jiuye"));
        tap(robot, "#domain-jiuye");
        robot.clickOn(cell(robot, "level1-list", 0));
        robot.clickOn(cell(robot, "items-list", 0));
        waitUntil(() -> present(robot, "#element-content"));
    }

    private static double minFontSize(FxRobot robot, String query) {
        List<Node> nodes = List.copyOf(robot.lookup(query).queryAll());
        assertThat(nodes).as(query).isNotEmpty();
        return nodes.stream().mapToDouble(n -> ((Labeled) n).getFont().getSize()).min().orElseThrow();
    }

    private static void assertTargets(FxRobot robot, String... queries) {
        for (String q : queries) {
            assertTarget(robot.lookup(q).query());
        }
    }

    private static void assertTarget(Node n) {
        var b = n.getLayoutBounds();
        assertThat(b.getWidth()).as("width of %s", describe(n)).isGreaterThanOrEqualTo(MIN_TARGET);
        assertThat(b.getHeight()).as("height of %s", describe(n)).isGreaterThanOrEqualTo(MIN_TARGET);
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? l.getText() : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + " " + text;
    }
}
