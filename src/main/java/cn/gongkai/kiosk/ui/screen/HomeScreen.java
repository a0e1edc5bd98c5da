package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.Views;
import java.time.LocalDate;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * Home: four large tiles for the four kinds of content; beside them a search tile and the latest
 * notices.
 */
public final class HomeScreen extends BaseScreen {
    private static final int LATEST = 4;
    private final VBox latest = new VBox();
    /** Notices come into and go out of force by date; an idle home screen keeps up. */
    private final Timeline refresh = new Timeline(new KeyFrame(Duration.minutes(5), e -> loadLatest()));

    public HomeScreen(UiContext ctx, Navigator nav) {
        super(ctx, nav, "screen-home", Msg.get("crumb.home"));
        GridPane tiles = new GridPane();
        tiles.setId("home-tiles");
        tiles.setHgap(20);
        tiles.setVgap(20);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            tiles.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            tiles.getRowConstraints().add(r);
        }
        tiles.add(tile("tile-catalog", "tile.catalog", () -> nav.go(new DomainsScreen(ctx, nav))), 0, 0);
        tiles.add(tile("tile-policies", "tile.policies", () -> nav.go(new PolicyListScreen(ctx, nav))), 1, 0);
        tiles.add(tile("tile-funds", "tile.funds", () -> nav.go(new FundListScreen(ctx, nav))), 0, 1);
        tiles.add(tile("tile-notices", "tile.notices", () -> nav.go(new NoticeListScreen(ctx, nav))), 1, 1);
        refresh.setCycleCount(Animation.INDEFINITE);
        VBox.setVgrow(tiles, Priority.ALWAYS);

        // Four rows need no virtualized list.
        latest.setId("home-latest");
        // In a scroll pane: in seniors' mode four rows may not fit, and rows must not be squeezed.
        var latestPane = Views.scroll(latest);
        VBox.setVgrow(latestPane, Priority.ALWAYS);
        // Search first in the side column: the tiles keep their size, even in seniors' mode.
        Button search = Views.tile("tile-search", Msg.get("tile.search"), Msg.get("tile.search.hint"), "tile",
                () -> nav.go(new SearchScreen(ctx, nav)));
        search.getStyleClass().add("search-tile");
        VBox side = new VBox(10, search, Views.label(Msg.get("home.latest"), "section-title"), latestPane);
        side.setMinWidth(320);

        VBox main = new VBox(16,
                Views.label("home-title", Msg.get("home.title", ctx.config().areaName()), "screen-title"),
                Views.label(Msg.get("home.subtitle"), "screen-subtitle"),
                tiles);
        HBox.setHgrow(main, Priority.ALWAYS);
        HBox page = new HBox(28, main, side);
        // About a third of the width: the tiles keep room for their titles even in seniors' mode.
        side.prefWidthProperty().bind(page.widthProperty().multiply(0.34));
        page.getStyleClass().add("screen");
        setContent(page);
    }

    private static Button tile(String id, String key, Runnable action) {
        return Views.tile(id, Msg.get(key), Msg.get(key + ".hint"), "tile", action);
    }

    @Override
    public void activate() {
        refresh.play();
        loadLatest();
    }

    @Override
    public void deactivate() {
        refresh.stop();
        super.deactivate();
    }

    private void loadLatest() {
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.config().timeZone()));
        load(() -> ctx.notices().list().stream().filter(n -> n.inForceOn(today)).limit(LATEST).toList(),
                this::showLatest);
    }

    private void showLatest(List<Notice> notices) {
        latest.getChildren().clear();
        int i = 0;
        for (Notice n : notices) {
            latest.getChildren().add(Views.row("home-latest-" + i++, NoticeListScreen.row(n),
                    () -> nav.go(new NoticeScreen(ctx, nav, n))));
        }
    }
}
