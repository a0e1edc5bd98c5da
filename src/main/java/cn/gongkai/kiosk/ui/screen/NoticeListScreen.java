package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.TouchList;
import cn.gongkai.kiosk.ui.widget.Views;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Notices: urgent ones first, then those in force, newest first; expired ones last and marked. */
public final class NoticeListScreen extends BaseScreen {
    private final TouchList<Notice> list;

    public NoticeListScreen(UiContext ctx, Navigator nav) {
        super(ctx, nav, "screen-notices", Msg.get("notices.title"));
        list = new TouchList<>("notice-list", n -> row(n, today(ctx)), n -> nav.go(new NoticeScreen(ctx, nav, n)));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox page = new VBox(12, Views.label(Msg.get("notices.title"), "screen-title"), list);
        page.getStyleClass().add("screen");
        setContent(page);
    }

    @Override
    public void activate() {
        LocalDate today = today(ctx);
        load(() -> ctx.notices().list().stream()
                .sorted(Comparator.comparing((Notice n) -> !n.inForceOn(today))
                        .thenComparing(n -> !n.urgent())
                        .thenComparing(Notice::published, Comparator.reverseOrder()))
                .toList(), (List<Notice> notices) -> list.show(notices));
    }

    static LocalDate today(UiContext ctx) {
        return LocalDate.now(ctx.clock().withZone(ctx.config().timeZone()));
    }

    /** A notice row as the home screen and this list show it; the badge is text, not only colour. */
    static TouchList.Row row(Notice n) {
        return new TouchList.Row(n.title(), n.category() + "　" + Msg.date(n.published()),
                n.urgent() ? Msg.get("notice.urgent") : null, false);
    }

    private static TouchList.Row row(Notice n, LocalDate today) {
        if (!n.inForceOn(today) && n.validUntil() != null && today.isAfter(n.validUntil())) {
            return new TouchList.Row(n.title(), n.category() + "　" + Msg.date(n.published()),
                    Msg.get("notice.expired"), true);
        }
        return row(n);
    }
}
