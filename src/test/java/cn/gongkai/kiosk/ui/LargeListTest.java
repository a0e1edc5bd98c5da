package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.testing.Generated;
import cn.gongkai.kiosk.testing.TestKiosk;
import cn.gongkai.kiosk.ui.screen.ItemsScreen;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A level-1 item with 10,000 level-2 entries: the list is virtualized, so only visible rows exist. */
class LargeListTest extends UiTestBase {
    private static final int N = 10_000;

    @Test
    void tenThousandItemsUseOnlyAScreenfulOfCells(FxRobot robot) {
        kiosk.services.content().replaceFeedContent(Generated.oneLongList(N, "社会救助", "便民服务", "360123102"),
                "test", 2, "360123", TestKiosk.NOW);
        robot.interact(() -> shell.navigator().go(
                new ItemsScreen(kiosk.uiContext(), shell.navigator(), "社会救助", "便民服务")));
        ListView<?> list = robot.lookup("#items-list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == N);
        cell(robot, "items-list", 0);
        long cells = robot.lookup("#items-list .list-cell").queryAll().size();
        assertThat(cells).as("cells created for %d items", N).isLessThan(40);

        robot.interact(() -> list.scrollTo(N - 1));
        ListCell<?> last = cell(robot, "items-list", N - 1);
        assertThat(last.isVisible()).isTrue();
        assertThat(robot.lookup("#items-list .list-cell").queryAll().size()).isLessThan(40);

        robot.clickOn(last);
        waitUntil(() -> present(robot, "#element-content"));
        assertThat(robot.lookup("#item-title").queryLabeled().getText()).isEqualTo("第10000项 村级公共服务事项公开");

        // Back finds the list where the villager left it, not at the top.
        robot.clickOn("#nav-back");
        waitUntil(() -> present(robot, "#screen-items"));
        assertThat(cell(robot, "items-list", N - 1).isVisible()).isTrue();
    }
}
