package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.Labelled;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.Views;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.layout.VBox;

/** One catalog item with every element of the standard catalog laid out for reading. */
public final class ItemDetailScreen extends BaseScreen {
    private final String itemId;

    public ItemDetailScreen(UiContext ctx, Navigator nav, String itemId, String title) {
        super(ctx, nav, "screen-item", title);
        this.itemId = itemId;
    }

    @Override
    public void activate() {
        load(() -> ctx.catalog().byId(itemId), this::show);
    }

    private void show(Optional<CatalogItem> found) {
        if (found.isEmpty()) {
            // Withdrawn by a sync while someone was looking at it.
            setContent(Views.label("item-missing", Msg.get("list.empty"), "screen-title"));
            return;
        }
        CatalogItem item = found.get();
        VBox page = new VBox(14,
                Views.label("item-title", item.level2(), "screen-title"),
                Views.label("item-path", item.domain() + " › " + item.level1(), "screen-subtitle"),
                Views.element("element-content", Msg.get("element.content"), item.content()),
                Views.element("element-basis", Msg.get("element.basis"), item.basis()),
                Views.element("element-deadline", Msg.get("element.deadline"), item.deadline()),
                Views.element("element-subject", Msg.get("element.subject"), item.subject()),
                Views.chips("element-channels", Msg.get("element.channels"), item.channels()),
                Views.element("element-audience", Msg.get("element.audience"), item.audience().label()),
                Views.element("element-manner", Msg.get("element.manner"), item.manner().label()),
                Views.chips("element-levels", Msg.get("element.levels"), labels(item.levels())),
                Views.element("element-scope", Msg.get("element.scope"), item.scope().level().label()));
        if (!item.fivePublic().isEmpty()) {
            page.getChildren().add(Views.chips("element-fivePublic", Msg.get("element.fivePublic"),
                    labels(item.fivePublic())));
        }
        page.getStyleClass().add("screen");
        setContent(Views.scroll(page));
        offerReading(item.id(), Spoken.item(item));
    }

    private static <E extends Enum<E> & Labelled> java.util.List<String> labels(Collection<E> values) {
        return values.stream().sorted().map(Labelled::label).collect(Collectors.toList());
    }
}
