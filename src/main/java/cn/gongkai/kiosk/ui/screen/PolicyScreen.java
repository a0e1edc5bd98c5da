package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.domain.InfoTable;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.Views;
import javafx.scene.layout.VBox;

/**
 * One policy. The key points (划重点) come first in a box of their own, because most readers want
 * only them; then the graphic interpretation, the interpretation, and the full text last.
 */
public final class PolicyScreen extends BaseScreen {
    private final Policy policy;

    public PolicyScreen(UiContext ctx, Navigator nav, Policy policy) {
        super(ctx, nav, "screen-policy", shortTitle(policy.title()));
        this.policy = policy;
        setContent(Views.scroll(build()));
        offerReading(policy.id(), Spoken.policy(policy));
    }

    private VBox build() {
        Policy p = policy;
        VBox page = new VBox(14);
        page.getStyleClass().add("screen");
        page.getChildren().add(Views.label("policy-title", p.title(), "screen-title"));
        page.getChildren().add(Views.label("policy-meta", meta(p), "meta-text"));
        if (!p.summary().isEmpty()) {
            page.getChildren().add(Views.label("policy-summary", p.summary(), "body-text"));
        }
        if (!p.keyPoints().isEmpty()) {
            VBox points = new VBox();
            points.setId("policy-key-points");
            points.getStyleClass().add("key-points");
            points.getChildren().add(Views.label(Msg.get("policy.keyPoints"), "section-title"));
            int n = 1;
            for (Policy.KeyPoint k : p.keyPoints()) {
                points.getChildren().add(Views.label("key-point-" + n, n + ". " + k.title(), "key-point-title"));
                if (!k.text().isEmpty()) {
                    points.getChildren().add(Views.label(k.text(), "key-point-text"));
                }
                n++;
            }
            page.getChildren().add(points);
        }
        if (!p.tables().isEmpty()) {
            page.getChildren().add(Views.label(Msg.get("policy.tables"), "section-title"));
            int n = 1;
            for (InfoTable t : p.tables()) {
                if (!t.title().isEmpty()) {
                    page.getChildren().add(Views.label(t.title(), "element-label"));
                }
                page.getChildren().add(Views.table("policy-table-" + n++, t));
            }
        }
        if (!p.interpretation().isEmpty()) {
            page.getChildren().add(Views.label(Msg.get("policy.interpretation"), "section-title"));
            page.getChildren().add(Views.label("policy-interpretation", p.interpretation(), "body-text"));
        }
        page.getChildren().add(Views.label(Msg.get("policy.body"), "section-title"));
        page.getChildren().add(Views.label("policy-body", p.body(), "body-text"));
        return page;
    }

    private static String meta(Policy p) {
        StringBuilder sb = new StringBuilder(Msg.get("policy.meta.issuer", p.issuer()));
        if (!p.docNumber().isEmpty()) {
            sb.append('\n').append(Msg.get("policy.meta.number", p.docNumber()));
        }
        sb.append('\n').append(Msg.get("policy.meta.issued", Msg.date(p.issued())));
        if (!p.effective().equals(p.issued())) {
            sb.append('　').append(Msg.get("policy.meta.effective", Msg.date(p.effective())));
        }
        if (p.expires() != null) {
            sb.append('　').append(Msg.get("policy.meta.expires", Msg.date(p.expires())));
        }
        return sb.toString();
    }

    /** Breadcrumbs have little room: long titles are cut, the page itself shows the full title. */
    static String shortTitle(String title) {
        String t = title.replace("《", "").replace("》", "");
        return t.length() <= 12 ? t : t.substring(0, 11) + "…";
    }
}
