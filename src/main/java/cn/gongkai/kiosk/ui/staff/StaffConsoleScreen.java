package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.local.LocalContent;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.screen.BaseScreen;
import cn.gongkai.kiosk.ui.widget.TouchList;
import cn.gongkai.kiosk.ui.widget.Views;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The staff console: who is signed in, a new notice, this kiosk's own content (each with its
 * revisions), the audit log, and for an admin the way out of the kiosk app.
 */
public final class StaffConsoleScreen extends BaseScreen {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StaffSession session;
    private final Runnable exit;
    private final Runnable allowExit;
    private final TouchList<LocalContentDao.Revision> records;
    private final TouchList<LocalContentDao.AuditEntry> audit;

    /** @param exit what an admin's 退出程序 does (the shell lifts the lockdown and closes the window) */
    public StaffConsoleScreen(UiContext ctx, Navigator nav, StaffSession session, Runnable exit) {
        this(ctx, nav, session, exit, () -> { });
    }

    /** @param allowExit lifts the lockdown before an admin's restart (new settings) */
    public StaffConsoleScreen(UiContext ctx, Navigator nav, StaffSession session, Runnable exit, Runnable allowExit) {
        super(ctx, nav, "screen-staff", Msg.get("staff.title"));
        this.session = session;
        this.exit = exit;
        this.allowExit = allowExit;
        Label who = Views.label("staff-who", Msg.get("staff.who", session.staff().name(),
                Msg.get(session.staff().isAdmin() ? "staff.role.admin" : "staff.role.editor")), "screen-title");
        Button newNotice = action("staff-new-notice", Msg.get("staff.newNotice"),
                () -> nav.go(new NoticeFormScreen(ctx, nav, session, null)));
        Button logout = action("staff-logout", Msg.get("staff.logout"), () -> {
            session.close();
            nav.home();
        });
        Button usb = action("staff-usb", Msg.get("staff.usb"),
                () -> nav.go(new UsbScreen(ctx, nav, session, cn.gongkai.kiosk.local.RemovableMedia.system())));
        Button newBroadcast = action("staff-new-broadcast", Msg.get("staff.newBroadcast"),
                () -> nav.go(new BroadcastFormScreen(ctx, nav, session, null)));
        Button newFund = action("staff-new-fund", Msg.get("staff.newFund"),
                () -> nav.go(new FundFormScreen(ctx, nav, session, null)));
        Button newItem = action("staff-new-catalog", Msg.get("staff.newCatalog"),
                () -> nav.go(new CatalogFormScreen(ctx, nav, session, null)));
        FlowPane actions = new FlowPane(14, 14, newNotice, newBroadcast, newFund, newItem, usb, logout);
        if (session.staff().isAdmin()) {
            actions.getChildren().add(action("staff-accounts", Msg.get("accounts.title"),
                    () -> nav.go(new AccountsScreen(ctx, nav, session))));
            actions.getChildren().add(action("staff-settings", Msg.get("settings.title"),
                    () -> nav.go(new SettingsScreen(ctx, nav, session, allowExit))));
            actions.getChildren().add(action("staff-exit", Msg.get("staff.exit"), this::exitApp));
        }
        records = new TouchList<>("staff-records", r -> row(r, zone(ctx)), r -> nav.go(new LocalRecordScreen(ctx, nav,
                session, r.kind(), r.id())));
        records.setPlaceholder(new Label(Msg.get("staff.noRecords")));
        audit = new TouchList<>("staff-audit", a -> TouchList.Row.of(
                Msg.get("staff.auditLine", a.who(), Msg.get("audit." + a.action()), a.detail()),
                WHEN.format(a.at().atZone(zone(ctx)))), a -> { });
        VBox.setVgrow(records, Priority.ALWAYS);
        VBox page = new VBox(14, who, actions, Views.label(Msg.get("staff.records"), "section-title"), records,
                Views.label(Msg.get("staff.audit"), "section-title"), audit);
        page.getStyleClass().add("screen");
        setContent(page);
    }

    @Override
    public void activate() {
        load(() -> new Loaded(ctx.local().current().stream().map(this::withLastRecord).toList(),
                ctx.local().auditLog(50)), l -> {
            records.getItems().setAll(l.records());
            audit.getItems().setAll(l.audit());
        });
    }

    /** A withdrawal holds no record: show it under the title of the last version it had. */
    private LocalContentDao.Revision withLastRecord(LocalContentDao.Revision r) {
        if (r.record() != null) {
            return r;
        }
        List<LocalContentDao.Revision> all = ctx.local().revisions(r.kind(), r.id());
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).record() != null) {
                return new LocalContentDao.Revision(r.kind(), r.id(), r.rev(), r.at(), r.who(), r.action(),
                        all.get(i).record());
            }
        }
        return r;
    }

    private record Loaded(List<LocalContentDao.Revision> records, List<LocalContentDao.AuditEntry> audit) { }

    private void exitApp() {
        if (session.isOpen() && session.staff().isAdmin()) {
            exit.run();
        }
    }

    static ZoneId zone(UiContext ctx) {
        return ctx.config().timeZone();
    }

    static TouchList.Row row(LocalContentDao.Revision r, ZoneId zone) {
        String title = r.record() == null ? r.id() : LocalContent.titleOf(LocalContent.read(r.kind(), r.record()));
        String detail = Msg.get("staff.revisionLine", r.rev(), r.who(), WHEN.format(r.at().atZone(zone)));
        boolean withdrawn = "withdraw".equals(r.action());
        return new TouchList.Row(title, detail, withdrawn ? Msg.get("staff.withdrawn") : Msg.get("staff.kind." + r.kind().key()),
                withdrawn);
    }


    static Button action(String id, String text, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("staff-action");
        b.setOnAction(e -> run.run());
        return b;
    }
}
