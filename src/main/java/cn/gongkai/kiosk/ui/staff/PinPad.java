package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The staff PIN pad, over the whole screen: first the staff member's name (large buttons), then
 * the PIN on large digit keys, shown only as dots. Wrong PINs say how many tries are left; after
 * five the pad says until when it is locked. PINs are checked off the FX thread (the hash is slow
 * on purpose). Cancel, or the idle reset, takes it away.
 */
public final class PinPad {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final UiContext ctx;
    private final StackPane layer;
    private final Consumer<StaffSession> opened;
    private final Runnable firstRun;
    private final VBox pane = new VBox(18);
    private final Label message = new Label();
    private final Label dots = new Label();
    private final StringBuilder pin = new StringBuilder();
    private String name;

    /** @param firstRun opens the first-run screen, which sets the first admin account */
    public PinPad(UiContext ctx, StackPane layer, Consumer<StaffSession> opened, Runnable firstRun) {
        this.ctx = ctx;
        this.layer = layer;
        this.opened = opened;
        this.firstRun = firstRun;
        pane.setId("pin-pad");
        pane.getStyleClass().add("pin-pad");
        pane.setAlignment(Pos.CENTER);
        pane.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        message.setId("pin-message");
        message.getStyleClass().add("pin-message");
        message.setWrapText(true);
        dots.setId("pin-dots");
        dots.getStyleClass().add("pin-dots");
    }

    public boolean isShown() {
        return layer.getChildren().contains(pane);
    }

    public void show() {
        if (!isShown()) {
            layer.getChildren().add(pane);
        }
        message.setText(Msg.get("pin.loading"));
        pane.getChildren().setAll(title(), message, cancelRow());
        ctx.async().load(() -> ctx.staff().accounts(), this::showNames, e -> message.setText(Msg.get("error.load")));
    }

    public void hide() {
        pin.setLength(0);
        layer.getChildren().remove(pane);
    }

    private Label title() {
        Label t = new Label(Msg.get("pin.title"));
        t.getStyleClass().add("pin-title");
        return t;
    }

    private void showNames(List<StaffAccess.Staff> staff) {
        if (staff.isEmpty()) {
            // A real installation's first run: nobody can sign in until an admin account exists.
            message.setText(Msg.get("pin.noAccounts"));
            Button first = key("pin-first-run", Msg.get("accounts.firstRun"));
            first.setOnAction(e -> {
                hide();
                firstRun.run();
            });
            pane.getChildren().setAll(title(), message, first, cancelRow());
            return;
        }
        message.setText(Msg.get("pin.pickName"));
        FlowPane names = new FlowPane(16, 16);
        names.setAlignment(Pos.CENTER);
        for (StaffAccess.Staff s : staff) {
            Button b = key("pin-name-" + s.name(), s.name());
            b.setOnAction(e -> askPin(s.name()));
            names.getChildren().add(b);
        }
        pane.getChildren().setAll(title(), message, names, cancelRow());
    }

    private void askPin(String who) {
        name = who;
        pin.setLength(0);
        dots.setText("");
        message.setText(Msg.get("pin.enter", who));
        GridPane digits = new GridPane();
        digits.setHgap(14);
        digits.setVgap(14);
        digits.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            digits.add(digitKey(d), (d - 1) % 3, (d - 1) / 3);
        }
        Button delete = key("pin-delete", Msg.get("pin.delete"));
        delete.setOnAction(e -> {
            if (pin.length() > 0) {
                pin.setLength(pin.length() - 1);
                dots.setText("●".repeat(pin.length()));
            }
        });
        Button ok = key("pin-ok", Msg.get("pin.ok"));
        ok.getStyleClass().add("pin-ok");
        ok.setOnAction(e -> check());
        digits.add(delete, 0, 3);
        digits.add(digitKey(0), 1, 3);
        digits.add(ok, 2, 3);
        pane.getChildren().setAll(title(), message, dots, digits, cancelRow());
    }

    private Button digitKey(int d) {
        Button b = key("pin-" + d, Integer.toString(d));
        b.setOnAction(e -> {
            if (pin.length() < 8) {
                pin.append(d);
                dots.setText("●".repeat(pin.length()));
            }
        });
        return b;
    }

    private void check() {
        String entered = pin.toString();
        pin.setLength(0);
        dots.setText("");
        message.setText(Msg.get("pin.checking"));
        String who = name;
        ctx.async().load(() -> ctx.staff().login(who, entered), this::answer, e -> message.setText(Msg.get("error.load")));
    }

    private void answer(StaffAccess.Attempt a) {
        if (a instanceof StaffAccess.Opened o) {
            hide();
            opened.accept(o.session());
        } else if (a instanceof StaffAccess.Wrong w) {
            message.setText(Msg.get("pin.wrong", w.left()));
        } else if (a instanceof StaffAccess.Locked l) {
            message.setText(Msg.get("pin.locked", HH_MM.format(l.until().atZone(zone()))));
        }
    }

    private ZoneId zone() {
        return ctx.config().timeZone();
    }

    private HBox cancelRow() {
        Button cancel = key("pin-cancel", Msg.get("pin.cancel"));
        cancel.setOnAction(e -> hide());
        HBox row = new HBox(cancel);
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private static Button key(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("pin-key");
        b.setFocusTraversable(false);
        return b;
    }
}
