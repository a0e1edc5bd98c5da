package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.storage.CatalogDao.Level1Count;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.TouchList;
import cn.gongkai.kiosk.ui.widget.Views;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The level-1 items of one domain. */
public final class Level1Screen extends BaseScreen {
    private final String domain;
    private final TouchList<Level1Count> list;

    public Level1Screen(UiContext ctx, Navigator nav, String domain) {
        super(ctx, nav, "screen-level1", domain);
        this.domain = domain;
        list = new TouchList<>("level1-list",
                l -> TouchList.Row.of(l.level1(), Msg.get("catalog.items.count", l.items())),
                l -> nav.go(new ItemsScreen(ctx, nav, domain, l.level1())));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox page = new VBox(12, Views.label(domain, "screen-title"), list);
        page.getStyleClass().add("screen");
        setContent(page);
    }

    @Override
    public void activate() {
        load(() -> ctx.catalog().level1(domain), list::show);
    }
}
