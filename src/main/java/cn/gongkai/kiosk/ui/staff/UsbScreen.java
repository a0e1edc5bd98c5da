package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.sync.FeedSync;
import cn.gongkai.kiosk.local.RemovableMedia;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.screen.BaseScreen;
import cn.gongkai.kiosk.ui.widget.Views;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The USB stick: import a county feed copy found on it (checked exactly like the network feed;
 * the result says the version and counts, or why it was refused, in plain words) and export
 * this kiosk's own content onto it, signed. One operation at a time, off the FX thread, with a
 * busy indicator; a stick pulled mid-way gives a plain refusal and changes nothing.
 */
public final class UsbScreen extends BaseScreen {
    private final StaffSession session;
    private final RemovableMedia media;
    private final VBox copies = new VBox(10);
    private final FlowPane sticks = new FlowPane(14, 14);
    private final Label result = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private boolean working;

    public UsbScreen(UiContext ctx, Navigator nav, StaffSession session, RemovableMedia media) {
        super(ctx, nav, "screen-usb", Msg.get("usb.title"));
        this.session = session;
        this.media = media;
        result.setId("usb-result");
        result.getStyleClass().add("form-status");
        result.setWrapText(true);
        busy.setId("usb-busy");
        busy.setVisible(false);
        busy.setMaxSize(48, 48);
        copies.setId("usb-copies");
        sticks.setId("usb-sticks");
        Button refresh = StaffConsoleScreen.action("usb-refresh", Msg.get("usb.refresh"), this::activate);
        VBox page = new VBox(14, new HBox(14, refresh, busy), result,
                Views.label(Msg.get("usb.import"), "section-title"), copies,
                Views.label(Msg.get("usb.export"), "section-title"), sticks);
        page.getStyleClass().add("screen");
        setContent(Views.scroll(page));
    }

    @Override
    public void activate() {
        load(() -> new Found(media.feedCopies(), media.sticks()), this::show);
    }

    private record Found(List<Path> copies, List<Path> sticks) { }

    private void show(Found f) {
        copies.getChildren().clear();
        sticks.getChildren().clear();
        if (f.sticks().isEmpty()) {
            copies.getChildren().add(Views.label(Msg.get("usb.none"), "body-text"));
            return;
        }
        if (f.copies().isEmpty()) {
            copies.getChildren().add(Views.label(Msg.get("usb.noCopy"), "body-text"));
        }
        for (int i = 0; i < f.copies().size(); i++) {
            Path p = f.copies().get(i);
            copies.getChildren().add(StaffConsoleScreen.action("usb-copy-" + i, p.toString(), () -> importFrom(p)));
        }
        for (int i = 0; i < f.sticks().size(); i++) {
            Path p = f.sticks().get(i);
            sticks.getChildren().add(StaffConsoleScreen.action("usb-stick-" + i, p.getFileName().toString(),
                    () -> exportTo(p)));
        }
    }

    private void importFrom(Path p) {
        run(() -> {
            try {
                FeedSync.Result r = ctx.feed().importNow(p);
                return r.outcome() == FeedSync.Outcome.APPLIED
                        ? Msg.get("usb.imported", r.version(), r.counts().getOrDefault("catalog", 0),
                        r.counts().getOrDefault("policies", 0), r.counts().getOrDefault("notices", 0))
                        : Msg.get("usb.upToDate", r.version());
            } catch (FeedException e) {
                return Msg.get("usb.refused", e.reason().staffText());
            }
        });
    }

    private void exportTo(Path stick) {
        run(() -> {
            try {
                Path done = ctx.local().export(session, stick);
                return Msg.get("usb.exported", done.getFileName().toString());
            } catch (java.io.IOException | RuntimeException e) {
                return Msg.get("usb.exportFailed");
            }
        });
    }

    private void run(java.util.function.Supplier<String> work) {
        if (working) {
            return;
        }
        working = true;
        busy.setVisible(true);
        result.setText(Msg.get("usb.working"));
        ctx.async().load(work, text -> {
            working = false;
            busy.setVisible(false);
            result.setText(text);
            activate();
        }, e -> {
            working = false;
            busy.setVisible(false);
            result.setText(Msg.get("error.load"));
        });
    }
}
