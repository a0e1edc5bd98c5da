package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.Views;
import javafx.scene.layout.VBox;

/** One notice in full. */
public final class NoticeScreen extends BaseScreen {

    public NoticeScreen(UiContext ctx, Navigator nav, Notice n) {
        super(ctx, nav, "screen-notice", PolicyScreen.shortTitle(n.title()));
        String validity = n.validUntil() == null
                ? Msg.get("notice.meta.validOpen", Msg.date(n.validFrom()))
                : Msg.get("notice.meta.valid", Msg.date(n.validFrom()), Msg.date(n.validUntil()));
        String meta = n.category() + (n.urgent() ? "　" + Msg.get("notice.urgent") : "") + "\n"
                + Msg.get("notice.meta.issuer", n.issuer()) + "\n"
                + Msg.get("notice.meta.published", Msg.date(n.published())) + "　" + validity;
        VBox page = new VBox(14,
                Views.label("notice-title", n.title(), "screen-title"),
                Views.label("notice-meta", meta, "meta-text"),
                Views.label("notice-body", n.body(), "body-text"),
                new cn.gongkai.kiosk.ui.widget.Pictures(ctx, "notice-pictures", n.images()));
        page.getStyleClass().add("screen");
        setContent(Views.scroll(page));
        offerReading(n.id(), Spoken.notice(n));
    }
}
