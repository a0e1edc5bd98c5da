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
        load(() -> ctx.catalog().domains(), this::show);
    }

    private void show(List<DomainCount> domains) {
        standard.getChildren().clear();
        village.getChildren().clear();
        for (DomainCount d : domains) {
            Domains.Domain info = Domains.byName(d.domain()).orElse(null);
            String key = info == null ? Integer.toHexString(d.domain().hashCode()) : info.key();
            Button tile = Views.tile("domain-" + key, twoLines(d.domain()), Msg.get("catalog.items.count", d.items()),
                    "domain-tile", () -> nav.go(new Level1Screen(ctx, nav, d.domain())));
            boolean isVillage = info != null && info.kind() == Domains.Kind.VILLAGE_AFFAIRS;
            (isVillage ? village : standard).getChildren().add(tile);
        }
        villageSection.setVisible(!village.getChildren().isEmpty());
        villageSection.setManaged(villageSection.isVisible());
    }

    /**
     * Tiles fit about eight characters a line; a longer name (国有土地上房屋征收与补偿) is split in
     * two rather than cut off with an ellipsis.
     */
    static String twoLines(String name) {
        int fits = 8;
        int n = name.length();
        if (n <= fits) {
            return name;
        }
        // Prefer a break after a particle or conjunction, so no word is split (国有土地上|房屋征收与补偿).
        int cut = (n + 1) / 2;
        int best = -1;
        for (int i = 1; i < n; i++) {
            boolean after = "上的与和及、".indexOf(name.charAt(i - 1)) >= 0;
            if (after && i <= fits && n - i <= fits && (best < 0 || Math.abs(i - cut) < Math.abs(best - cut))) {
                best = i;
            }
        }
        int at = best > 0 ? best : cut;
        return name.substring(0, at) + "\n" + name.substring(at);
    }

    private static FlowPane flow(String id) {
        FlowPane f = new FlowPane(16, 16);
        f.setId(id);
        return f;
    }
}
