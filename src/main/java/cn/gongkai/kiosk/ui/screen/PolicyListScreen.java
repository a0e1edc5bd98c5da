package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.TouchList;
import cn.gongkai.kiosk.ui.widget.Views;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Policies with interpretation, newest first. */
public final class PolicyListScreen extends BaseScreen {
    private final TouchList<Policy> list;

    public PolicyListScreen(UiContext ctx, Navigator nav) {
        super(ctx, nav, "screen-policies", Msg.get("policies.title"));
        list = new TouchList<>("policy-list",
                p -> TouchList.Row.of(p.title(), join(p.issuer(), p.docNumber(), Msg.date(p.issued()))),
                p -> nav.go(new PolicyScreen(ctx, nav, p)));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox page = new VBox(12, Views.label(Msg.get("policies.title"), "screen-title"), list);
        page.getStyleClass().add("screen");
        setContent(page);
    }

    @Override
    public void activate() {
        load(() -> ctx.policies().list(), list::show);
    }

    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : "　").append(p);
            }
        }
        return sb.toString();
    }
}
