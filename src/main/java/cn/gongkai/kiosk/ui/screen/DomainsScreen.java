package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.storage.CatalogDao.DomainCount;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.Views;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The catalog's first level: one tile per domain, the 26 domains first, then village affairs. */
public final class DomainsScreen extends BaseScreen {
    private final FlowPane standard = flow("domains-standard");
    private final FlowPane village = flow("domains-village");
    private final VBox villageSection;

    public DomainsScreen(UiContext ctx, Navigator nav) {
        super(ctx, nav, "screen-domains", Msg.get("catalog.title"));
        villageSection = new VBox(8, Views.label(Msg.get("catalog.village"), "section-title"), village);
        VBox page = new VBox(12,
                Views.label(Msg.get("catalog.title"), "screen-title"),
                Views.label(Msg.get("catalog.domains.hint"), "screen-subtitle"),
                Views.label(Msg.get("catalog.standard"), "section-title"),
                standard,
                villageSection);
        page.getStyleClass().add("screen");
        setContent(Views.scroll(page));
    }

    @Override
    public void activate() {
        load(ctx.catalog()::domains, this::show);
    }

    private void show(List<DomainCount> domains) {
        standard.getChildren().clear();
        village.getChildren().clear();
        for (DomainCount d : domains) {
            Domains.Domain info = Domains.byName(d.domain()).orElse(null);
            String key = info == null ? Integer.toHexString(d.domain().hashCode()) : info.key();
            Button tile = Views.tile("domain-" + key, d.domain(), Msg.get("catalog.items.count", d.items()),
                    "domain-tile", () -> nav.go(new Level1Screen(ctx, nav, d.domain())));
            boolean isVillage = info != null && info.kind() == Domains.Kind.VILLAGE_AFFAIRS;
            (isVillage ? village : standard).getChildren().add(tile);
        }
        villageSection.setVisible(!village.getChildren().isEmpty());
        villageSection.setManaged(villageSection.isVisible());
    }

    private static FlowPane flow(String id) {
        FlowPane f = new FlowPane(16, 16);
        f.setId(id);
        return f;
    }
}
