package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.local.LocalContent;
import cn.gongkai.kiosk.local.LocalContentException;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.screen.BaseScreen;
import cn.gongkai.kiosk.ui.widget.Views;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One local record: every revision with who and when, each restorable; change and withdraw. */
public final class LocalRecordScreen extends BaseScreen {
    private final StaffSession session;
    private final LocalContentDao.Kind kind;
    private final String id;
    private final VBox revisions = new VBox(10);
    private final FlowPane actions = new FlowPane(14, 14);
    private final Label status = new Label();

    public LocalRecordScreen(UiContext ctx, Navigator nav, StaffSession session, LocalContentDao.Kind kind, String id) {
        super(ctx, nav, "screen-local-record", Msg.get("staff.record"));
        this.session = session;
        this.kind = kind;
        this.id = id;
        status.setId("record-status");
        status.getStyleClass().add("form-status");
        revisions.setId("record-revisions");
        VBox page = new VBox(14, actions, status, Views.label(Msg.get("staff.revisions"), "section-title"), revisions);
        page.getStyleClass().add("screen");
        setContent(Views.scroll(page));
    }

    @Override
    public void activate() {
        load(() -> ctx.local().revisions(kind, id), this::show);
    }

    private void show(List<LocalContentDao.Revision> revs) {
        revisions.getChildren().clear();
        actions.getChildren().clear();
        if (revs.isEmpty()) {
            return;
        }
        LocalContentDao.Revision latest = revs.get(revs.size() - 1);
        boolean live = latest.record() != null;
        if (live) {
            Object record = LocalContent.read(kind, latest.record());
            actions.getChildren().add(StaffConsoleScreen.action("record-edit", Msg.get("staff.edit"),
                    () -> nav.go(editor(record))));
        }
        if (live) {
            actions.getChildren().add(StaffConsoleScreen.action("record-withdraw", Msg.get("staff.withdraw"),
                    () -> change(() -> ctx.local().withdraw(session, kind, id))));
        }
        for (int i = revs.size() - 1; i >= 0; i--) {
            LocalContentDao.Revision r = revs.get(i);
            var row = StaffConsoleScreen.row(r, StaffConsoleScreen.zone(ctx));
            Label line = Views.label(row.title() + "\n" + row.detail() + "　" + Msg.get("audit." + r.action()), "body-text");
            HBox box = new HBox(14, line);
            box.setId("revision-" + r.rev());
            if (r != latest && r.record() != null) {
                box.getChildren().add(StaffConsoleScreen.action("restore-" + r.rev(), Msg.get("staff.restore"),
                        () -> change(() -> ctx.local().restore(session, kind, id, r.rev()))));
            }
            revisions.getChildren().add(box);
        }
    }

    /** The form of the record's kind, filled with it: publishing makes a new revision of the same record. */
    private cn.gongkai.kiosk.ui.Screen editor(Object record) {
        if (record instanceof Notice n) {
            return new NoticeFormScreen(ctx, nav, session, n);
        }
        if (record instanceof cn.gongkai.kiosk.domain.BroadcastEntry b) {
            return new BroadcastFormScreen(ctx, nav, session, b);
        }
        if (record instanceof cn.gongkai.kiosk.domain.FundDisclosure f) {
            return new FundFormScreen(ctx, nav, session, f);
        }
        return new CatalogFormScreen(ctx, nav, session, (cn.gongkai.kiosk.domain.CatalogItem) record);
    }

    /** A withdrawal or restore: one transaction, off the FX thread; then the revisions again. */
    private void change(Runnable work) {
        load(() -> {
            try {
                work.run();
                return Msg.get("staff.done");
            } catch (LocalContentException e) {
                return e.getMessage();
            }
        }, text -> {
            status.setText(text);
            activate();
        });
    }
}
