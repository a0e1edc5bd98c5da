package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.feed.sync.AutoSync;
import cn.gongkai.kiosk.feed.sync.FeedStatus;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.Views;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * 内容更新状态: which content version is on screen, whether the last update worked and why not,
 * and since when the content is out of date, in plain Chinese for township staff. Opened from
 * the footer. "Check now" asks the background sync to run at once.
 */
public final class FeedStatusScreen extends BaseScreen {
    private final VBox details = new VBox(10);
    private final Button syncNow;
    private final PauseTransition recheck = new PauseTransition(Duration.seconds(4));

    public FeedStatusScreen(UiContext ctx, Navigator nav) {
        super(ctx, nav, "screen-feed-status", Msg.get("feedStatus.title"));
        syncNow = Views.tile("feed-sync-now", Msg.get("feedStatus.syncNow"), "", null, this::syncNow);
        syncNow.setVisible(false);
        syncNow.setManaged(false);
        VBox page = new VBox(14, Views.label(Msg.get("feedStatus.title"), "screen-title"), details, syncNow);
        page.getStyleClass().add("screen");
        setContent(Views.scroll(page));
        recheck.setOnFinished(e -> activate());
    }

    @Override
    public void activate() {
        load(() -> new Loaded(ctx.feed().status(), ctx.feed().enabled()), this::show);
    }

    @Override
    public void deactivate() {
        recheck.stop();
        super.deactivate();
    }

    private record Loaded(FeedStatus status, boolean networkEnabled) { }

    private void show(Loaded l) {
        FeedStatus s = l.status();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ctx.config().timeZone());
        details.getChildren().setAll(
                Views.label("feed-summary", s.staffSummary(ctx.config().timeZone()), "body-text"),
                Views.element("feed-version", Msg.get("feedStatus.version"), s.version() == 0 ? "—" : Long.toString(s.version())),
                Views.element("feed-source", Msg.get("feedStatus.source"), s.source()
                        .map(src -> "demo".equals(src) ? Msg.get("footer.demo") : src).orElse("—")),
                Views.element("feed-issued", Msg.get("feedStatus.issued"), time(s.issued(), f)),
                Views.element("feed-expires", Msg.get("feedStatus.expires"), time(s.expires(), f)),
                Views.element("feed-last-success", Msg.get("feedStatus.lastSuccess"), time(s.lastSuccess(), f)),
                Views.element("feed-last-error", Msg.get("feedStatus.lastError"), s.lastErrorReason()
                        .map(r -> r.staffText() + s.lastAttempt().map(t -> "（" + f.format(t) + "）").orElse(""))
                        .orElse(Msg.get("feedStatus.noError"))));
        if (!l.networkEnabled()) {
            details.getChildren().add(Views.label("feed-usb-only", Msg.get("feedStatus.usbOnly"), "meta-text"));
        }
        syncNow.setVisible(l.networkEnabled());
        syncNow.setManaged(l.networkEnabled());
    }

    private void syncNow() {
        ctx.async().load(() -> {
            AutoSync feed = ctx.feed();
            feed.syncNow();
            return feed;
        }, feed -> recheck.playFromStart(), e -> { });
    }

    private static String time(Optional<Instant> t, DateTimeFormatter f) {
        return t.map(f::format).orElse("—");
    }
}
