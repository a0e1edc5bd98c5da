package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.Labelled;
import cn.gongkai.kiosk.storage.CatalogDao;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A villager's path with one finger: home, a domain, a level-1 item, an item; then back and home. */
class CatalogNavigationTest extends UiTestBase {

    @Test
    void tapsFromHomeToAnItemAndSeesEveryElement(FxRobot robot) {
        robot.clickOn("#tile-catalog");
        waitUntil(() -> present(robot, "#domain-shehui-jiuzhu"));
        assertThat(robot.lookup("#domains-standard .domain-tile").queryAll()).hasSizeGreaterThanOrEqualTo(20);

        tap(robot, "#domain-shehui-jiuzhu");
        CatalogDao.Level1Count firstLevel1 = kiosk.services.catalog().level1("社会救助").get(0);
        robot.clickOn(cell(robot, "level1-list", 0));

        CatalogDao.ItemSummary firstItem = kiosk.services.catalog().items("社会救助", firstLevel1.level1()).get(0);
        robot.clickOn(cell(robot, "items-list", 0));
        waitUntil(() -> present(robot, "#element-content"));

        CatalogItem item = kiosk.services.catalog().byId(firstItem.id()).orElseThrow();
        assertThat(text(robot, "#item-title")).isEqualTo(item.level2());
        assertThat(text(robot, "#element-content-value")).isEqualTo(item.content());
        assertThat(text(robot, "#element-basis-value")).isEqualTo(item.basis());
        assertThat(text(robot, "#element-deadline-value")).isEqualTo(item.deadline());
        assertThat(text(robot, "#element-subject-value")).isEqualTo(item.subject());
        assertThat(chips(robot, "#element-channels-value")).containsExactlyElementsOf(item.channels());
        assertThat(text(robot, "#element-audience-value")).isEqualTo(item.audience().label());
        assertThat(text(robot, "#element-manner-value")).isEqualTo(item.manner().label());
        assertThat(chips(robot, "#element-levels-value")).containsExactlyElementsOf(
                item.levels().stream().sorted().map(Labelled::label).toList());
        if (!item.fivePublic().isEmpty()) {
            assertThat(chips(robot, "#element-fivePublic-value")).containsExactlyElementsOf(
                    item.fivePublic().stream().sorted().map(Labelled::label).toList());
        }

        assertThat(breadcrumb(robot)).containsExactly("首页", "政务公开目录", "社会救助", firstLevel1.level1(), item.level2());

        robot.clickOn("#nav-back");
        waitUntil(() -> present(robot, "#screen-items"));
        robot.clickOn("#crumb-1");
        waitUntil(() -> present(robot, "#screen-domains"));
        robot.clickOn("#nav-home");
        waitUntil(() -> present(robot, "#screen-home"));
        assertThat(breadcrumb(robot)).containsExactly("首页");
        assertThat(robot.lookup("#nav-back").queryButton().isDisabled()).isTrue();
    }

    @Test
    void draggingAcrossATileDoesNotOpenIt(FxRobot robot) {
        javafx.geometry.Bounds b = robot.lookup("#tile-catalog").query().localToScreen(
                robot.lookup("#tile-catalog").query().getLayoutBounds());
        robot.drag(b.getMinX() + 20, b.getMinY() + 20, javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(b.getMaxX() - 20, b.getMaxY() - 20))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(present(robot, "#screen-home")).isTrue();
        robot.clickOn("#tile-catalog");
        waitUntil(() -> present(robot, "#screen-domains"));
    }

    @Test
    void aLatestNoticeOnHomeOpensThatNotice(FxRobot robot) {
        waitUntil(() -> present(robot, "#home-latest-0"));
        String title = ((Labeled) robot.lookup("#home-latest-0 .row-title").query()).getText();
        robot.clickOn("#home-latest-0");
        waitUntil(() -> present(robot, "#notice-title"));
        assertThat(robot.lookup("#notice-title").queryLabeled().getText()).isEqualTo(title);
    }

    @Test
    void everyHomeTileOpensItsScreenWithContent(FxRobot robot) {
        String[][] tiles = {
            {"#tile-policies", "#policy-list", "#screen-policy", "#policy-key-points"},
            {"#tile-funds", "#fund-list", "#screen-fund", "#fund-chart"},
            {"#tile-notices", "#notice-list", "#screen-notice", "#notice-body"},
        };
        for (String[] t : tiles) {
            robot.clickOn(t[0]);
            String listId = t[1].substring(1);
            robot.clickOn(cell(robot, listId, 0));
            waitUntil(() -> present(robot, t[2]));
            assertThat(present(robot, t[3])).as(t[3]).isTrue();
            robot.clickOn("#nav-home");
            waitUntil(() -> present(robot, "#screen-home"));
        }
    }

    @Test
    void fundScreenShowsOnlyMaskedPersonalData(FxRobot robot) {
        robot.clickOn("#tile-funds");
        var funds = kiosk.services.funds().list();
        int index = 0;
        while (funds.get(index).beneficiaries().isEmpty()) {
            index++;
        }
        robot.clickOn(cell(robot, "fund-list", index));
        waitUntil(() -> present(robot, "#fund-table"));
        String allText = robot.lookup(".table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).filter(s -> s != null)
                .collect(Collectors.joining(" "));
        assertThat(allText).contains("*").doesNotContainPattern("\\d{17}[\\dXx]").doesNotContainPattern("\\d{16,19}");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> chips(FxRobot robot, String query) {
        FlowPane flow = robot.lookup(query).queryAs(FlowPane.class);
        return flow.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static List<String> breadcrumb(FxRobot robot) {
        Pane crumbs = robot.lookup("#breadcrumb").queryAs(Pane.class);
        return crumbs.getChildren().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("crumb"))
                .map(n -> ((Labeled) n).getText()).toList();
    }
}
