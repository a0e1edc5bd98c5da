package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.local.StaffAccess;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.screen.BaseScreen;
import cn.gongkai.kiosk.ui.widget.Views;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Staff accounts, for an admin: add one (name, role, PIN twice) or remove one. Without a session
 * it is the first-run screen of a real installation, which has no account yet: it only adds the
 * first admin, and only while there is none.
 */
public final class AccountsScreen extends BaseScreen {
    private final StaffSession session;
    private final VBox list = new VBox(10);
    private final TextField name = new TextField();
    private final PasswordField pin = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final ToggleGroup role = new ToggleGroup();
    private final Label status = new Label();

    /** @param session an admin's session, or null for the first run (no account at all) */
    public AccountsScreen(UiContext ctx, Navigator nav, StaffSession session) {
        super(ctx, nav, "screen-accounts", Msg.get(session == null ? "accounts.firstRun" : "accounts.title"));
        this.session = session;
        name.setId("account-name");
        pin.setId("account-pin");
        again.setId("account-pin-again");
        status.setId("account-status");
        status.getStyleClass().add("form-status");
        status.setWrapText(true);
        list.setId("account-list");
        FlowPane roles = new FlowPane(10, 10);
        for (StaffAccess.Role r : session == null ? List.of(StaffAccess.Role.ADMIN)
                : List.of(StaffAccess.Role.EDITOR, StaffAccess.Role.ADMIN)) {
            ToggleButton t = new ToggleButton(Msg.get(r == StaffAccess.Role.ADMIN ? "staff.role.admin" : "staff.role.editor"));
            t.setId("account-role-" + r.name().toLowerCase(java.util.Locale.ROOT));
            t.getStyleClass().add("form-choice");
            t.setUserData(r);
            t.setToggleGroup(role);
            roles.getChildren().add(t);
        }
        role.getToggles().get(0).setSelected(true);
        Button save = StaffConsoleScreen.action("account-save", Msg.get("accounts.save"), this::save);
        VBox page = new VBox(12, new HBox(14, save, status),
                Views.label(Msg.get("accounts.name"), "form-label"), name,
                Views.label(Msg.get("accounts.role"), "form-label"), roles,
                Views.label(Msg.get("accounts.pin"), "form-label"), pin,
                Views.label(Msg.get("accounts.pinAgain"), "form-label"), again);
        if (session != null) {
            // The few existing accounts first, where they are seen without scrolling; the form below.
            page.getChildren().addAll(1, List.of(Views.label(Msg.get("accounts.existing"), "section-title"), list,
                    Views.label(Msg.get("accounts.add"), "section-title")));
        } else {
            page.getChildren().add(0, Views.label("accounts-hint", Msg.get("accounts.firstRunHint"), "meta-text"));
        }
        page.getStyleClass().add("screen");
        PinyinPad pad = new PinyinPad(ctx);
        pad.watch(name);
        ((HBox) page.getChildren().get(session == null ? 1 : 0)).getChildren().add(1, pad.toggleButton());
        setContent(PinyinPad.below(Views.scroll(page), pad));
    }

    @Override
    public void activate() {
        if (session != null) {
            load(() -> ctx.staff().accounts(), this::show);
        }
    }

    private void show(List<StaffAccess.Staff> accounts) {
        list.getChildren().clear();
        for (StaffAccess.Staff s : accounts) {
            Label l = Views.label(s.name() + "（" + Msg.get(s.isAdmin() ? "staff.role.admin" : "staff.role.editor") + "）",
                    "body-text");
            HBox row = new HBox(14, l);
            if (!s.name().equals(session.staff().name())) {
                row.getChildren().add(StaffConsoleScreen.action("account-remove-" + s.name(), Msg.get("accounts.remove"),
                        () -> {
                            if (session.isOpen()) {
                                ctx.staff().remove(s.name(), session.staff().name());
                                activate();
                            }
                        }));
            }
            list.getChildren().add(row);
        }
    }

    /** Checks and saves off the FX thread: the PIN hash is slow on purpose (about 0.3 s). */
    private void save() {
        String newPin = pin.getText();
        boolean same = newPin.equals(again.getText());
        pin.clear();
        again.clear();
        if (!same) {
            status.setText(Msg.get("accounts.pinsDiffer"));
            return;
        }
        if (session != null && (!session.isOpen() || !session.staff().isAdmin())) {
            status.setText(Msg.get("accounts.adminOnly"));
            return;
        }
        StaffAccess.Role r = (StaffAccess.Role) role.getSelectedToggle().getUserData();
        String who = session == null ? "first-run" : session.staff().name();
        String newName = name.getText();
        status.setText(Msg.get("staff.working"));
        load(() -> {
            if (session == null && !ctx.staff().accounts().isEmpty()) {
                return Msg.get("accounts.alreadySet");
            }
            try {
                ctx.staff().save(newName, r, newPin, who);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, refused -> {
            if (refused != null) {
                status.setText(refused);
                return;
            }
            status.setText(Msg.get("accounts.saved", newName.strip()));
            name.clear();
            if (session == null) {
                nav.home();
            } else {
                activate();
            }
        });
    }
}
