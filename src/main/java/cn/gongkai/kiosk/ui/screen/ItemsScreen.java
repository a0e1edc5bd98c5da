package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.storage.CatalogDao.ItemSummary;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.TouchList;
import cn.gongkai.kiosk.ui.widget.Views;
import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The level-2 items under one level-1 item. The list is virtualized and holds only summaries,
 * so a level-1 item with ten thousand entries opens as fast as one with five.
 */
public final class ItemsScreen extends BaseScreen {
    private final String domain;
    private final String level1;
    private final TouchList<ItemSummary> list;

    public ItemsScreen(UiContext ctx, Navigator nav, String domain, String level1) {
        super(ctx, nav, "screen-items", level1);
        this.domain = domain;
        this.level1 = level1;
        list = new TouchList<>("items-list", i -> TouchList.Row.of(i.level2(), i.subject()),
                i -> nav.go(new ItemDetailScreen(ctx, nav, i.id(), i.level2())));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox page = new VBox(12, Views.label(domain + " · " + level1, "screen-title"), list);
        page.getStyleClass().add("screen");
        setContent(page);
    }

    /** More than a screenful even in standard mode on a tall screen. */
    private static final int FIRST_PAGE = 60;

    @Override
    public void activate() {
        if (!list.getItems().isEmpty()) {
            // Back from an item: refresh in one read; an unchanged list keeps its scroll position.
            load(() -> ctx.catalog().items(domain, level1), list::show);
            return;
        }
        // Paint the first screenful at once; a long list (thousands of entries) follows.
        load(() -> ctx.catalog().items(domain, level1, FIRST_PAGE), first -> {
            list.show(first);
            if (first.size() == FIRST_PAGE) {
                load(() -> ctx.catalog().items(domain, level1), this::showAll);
            }
        });
    }

    private void showAll(List<ItemSummary> all) {
        List<ItemSummary> shown = list.getItems();
        if (all.size() >= shown.size() && all.subList(0, shown.size()).equals(shown)) {
            // Keep what the villager is looking at: only rows below the first page are added.
            shown.addAll(all.subList(shown.size(), all.size()));
        } else {
            list.show(all); // content changed between the two reads (a sync): start afresh
        }
    }

    /** The list, for tests and benchmarks that measure it. */
    public TouchList<ItemSummary> list() {
        return list;
    }
}
