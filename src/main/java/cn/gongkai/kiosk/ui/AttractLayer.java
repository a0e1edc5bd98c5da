package cn.gongkai.kiosk.ui;

import cn.gongkai.kiosk.domain.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the kiosk shows while nobody uses it: the notices in force (urgent first) and the newest
 * policies, one at a time in very large text, changing every few seconds, with "touch the screen
 * to start" below. Any touch takes it away (see {@link IdleWatcher}).
 */
final class AttractLayer {
    static final javafx.util.Duration EACH = javafx.util.Duration.seconds(8);
    private static final int NOTICES = 5;
    private static final int POLICIES = 3;

    private final UiContext ctx;
    private final StackPane layer;
    private final VBox pane;
    private final Label kind = new Label();
    private final Label title = new Label();
    private final Timeline cycle;
    private final List<String[]> cards = new ArrayList<>();
    private int next;

    AttractLayer(UiContext ctx, StackPane layer) {
        this.ctx = ctx;
        this.layer = layer;
        kind.setId("attract-kind");
        kind.getStyleClass().add("attract-kind");
        title.setId("attract-title");
        title.getStyleClass().add("attract-title");
        title.setWrapText(true);
        Label hint = new Label(Msg.get("attract.hint"));
        hint.getStyleClass().add("attract-hint");
        Label site = new Label(ctx.config().siteName());
        site.getStyleClass().add("attract-site");
        pane = new VBox(site, kind, title, hint);
        pane.setId("attract");
        pane.getStyleClass().add("attract");
        pane.setAlignment(Pos.CENTER);
        pane.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cycle = new Timeline(new KeyFrame(EACH, e -> showNext()));
        cycle.setCycleCount(Timeline.INDEFINITE);
    }

    boolean isShown() {
        return layer.getChildren().contains(pane);
    }

    void show() {
        if (isShown()) {
            return;
        }
        title.setText(ctx.config().areaName() + Msg.get("attract.welcome"));
        kind.setText("");
        layer.getChildren().add(pane);
        ctx.async().load(this::load, loaded -> {
            cards.clear();
            cards.addAll(loaded);
            next = 0;
            if (isShown()) {
                showNext();
                cycle.playFromStart();
            }
        }, e -> { });
    }

    void hide() {
        cycle.stop();
        layer.getChildren().remove(pane);
    }

    private void showNext() {
        if (cards.isEmpty()) {
            return;
        }
        String[] card = cards.get(next++ % cards.size());
        kind.setText(card[0]);
        title.setText(card[1]);
    }

    private List<String[]> load() {
        LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), ctx.config().timeZone());
        List<String[]> out = new ArrayList<>();
        ctx.notices().list().stream().filter(n -> n.inForceOn(today)).limit(NOTICES)
                .forEach(n -> out.add(new String[] {n.urgent() ? Msg.get("notice.urgent") : Msg.get("attract.notice"),
                        n.title()}));
        ctx.policies().list().stream().sorted(Comparator.comparing(Policy::issued).reversed()).limit(POLICIES)
                .forEach(p -> out.add(new String[] {Msg.get("attract.policy"), p.title()}));
        return out;
    }
}
