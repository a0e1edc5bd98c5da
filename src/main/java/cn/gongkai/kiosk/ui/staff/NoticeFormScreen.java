package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.local.LocalContentException;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.screen.BaseScreen;
import cn.gongkai.kiosk.ui.widget.Views;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A township notice, new or a new version of a local one: title, category, text, how long it is
 * in force, urgent. A missing title or text is marked at its field with the reason in Chinese;
 * 预览 shows the notice as villagers will see it, and only 发布 there publishes it.
 */
public final class NoticeFormScreen extends BaseScreen {
    static final List<String> CATEGORIES = List.of("通知", "公告", "公示", "提醒");
    private static final int[] DAYS = {7, 30, 90, 0};

    private final StaffSession session;
    private final Notice editing;
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Label titleError = error("form-title-error");
    private final Label bodyError = error("form-body-error");
    private final ToggleGroup category = new ToggleGroup();
    private final ToggleGroup validity = new ToggleGroup();
    private final ToggleGroup scope = new ToggleGroup();
    private final CheckBox urgent = new CheckBox(Msg.get("form.urgent"));
    private final Label status = new Label();
    private final VBox form;
    private final java.util.List<String> images = new java.util.ArrayList<>();
    private final VBox attached = new VBox(8);
    private final VBox found = new VBox(8);

    /** @param editing the local notice to change, or null for a new one */
    public NoticeFormScreen(UiContext ctx, Navigator nav, StaffSession session, Notice editing) {
        super(ctx, nav, "screen-notice-form", Msg.get(editing == null ? "form.newNotice" : "form.editNotice"));
        this.session = session;
        this.editing = editing;
        title.setId("form-title");
        title.setPromptText(Msg.get("form.title.prompt"));
        body.setId("form-body");
        body.setWrapText(true);
        body.setPrefRowCount(6);
        urgent.setId("form-urgent");
        status.setId("form-status");
        status.getStyleClass().add("form-status");
        FlowPane categories = toggles("form-category-", CATEGORIES, category);
        FlowPane scopes = toggles("form-scope-", Scopes.labels(ctx), scope);
        FlowPane days = toggles("form-days-", List.of(Msg.get("form.days", 7), Msg.get("form.days", 30),
                Msg.get("form.days", 90), Msg.get("form.days.open")), validity);
        if (editing != null) {
            images.addAll(editing.images());
            title.setText(editing.title());
            body.setText(editing.body());
            urgent.setSelected(editing.urgent());
            select(category, CATEGORIES.indexOf(editing.category()));
            select(validity, editing.validUntil() == null ? 3 : 1);
            select(scope, Scopes.indexOf(ctx, editing.scope()));
        } else {
            select(category, 0);
            select(validity, 1);
            select(scope, 0);
        }
        Button preview = StaffConsoleScreen.action("form-preview", Msg.get("form.preview"), this::preview);
        // The action first: on a touch screen it must not hide below the fold.
        PinyinPad pad = new PinyinPad(ctx);
        pad.watch(title);
        pad.watch(body);
        form = new VBox(10, new HBox(14, preview, pad.toggleButton(), status),
                field(Msg.get("form.title"), title, titleError),
                field(Msg.get("form.scope"), scopes, null),
                field(Msg.get("form.category"), categories, null),
                field(Msg.get("form.body"), body, bodyError),
                field(Msg.get("form.validity"), days, null),
                urgent, Views.label(Msg.get("form.pictures"), "form-label"), attached,
                StaffConsoleScreen.action("form-find-pictures", Msg.get("form.findPictures"), this::findPictures), found);
        attached.setId("form-attached");
        found.setId("form-found");
        showAttached();
        form.getStyleClass().add("screen");
        setContent(PinyinPad.below(Views.scroll(form), pad));
    }

    /** The notice the form describes, or null with the missing fields marked. */
    Notice notice() {
        boolean ok = mark(title, titleError, title.getText(), "form.title.missing");
        ok &= mark(body, bodyError, body.getText(), "form.body.missing");
        if (!ok) {
            return null;
        }
        LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), ctx.config().timeZone());
        int days = DAYS[Math.max(0, validity.getToggles().indexOf(validity.getSelectedToggle()))];
        String id = editing != null ? editing.id() : ctx.local().newId(LocalContentDao.Kind.NOTICE);
        LocalDate published = editing != null ? editing.published() : today;
        return new Notice(id, title.getText().strip(), CATEGORIES.get(Math.max(0,
                category.getToggles().indexOf(category.getSelectedToggle()))), body.getText().strip(),
                ctx.config().areaName().replaceFirst("^.*县", "") + "人民政府", published, today,
                days == 0 ? null : today.plusDays(days), urgent.isSelected(),
                Scopes.of(ctx, scope.getToggles().indexOf(scope.getSelectedToggle())), images);
    }

    /** Lists the pictures on the plugged-in sticks; tapping one copies it into the kiosk and attaches it. */
    private void findPictures() {
        found.getChildren().setAll(Views.label(Msg.get("usb.working"), "meta-text"));
        load(() -> cn.gongkai.kiosk.local.RemovableMedia.system().pictures(), pictures -> {
            found.getChildren().clear();
            if (pictures.isEmpty()) {
                found.getChildren().add(Views.label(Msg.get("form.noPictures"), "body-text"));
            }
            for (int i = 0; i < pictures.size(); i++) {
                java.nio.file.Path p = pictures.get(i);
                found.getChildren().add(StaffConsoleScreen.action("form-picture-" + i, p.getFileName().toString(),
                        () -> attach(p)));
            }
        });
    }

    private void attach(java.nio.file.Path picture) {
        if (images.size() >= Notice.MAX_IMAGES) {
            status.setText(Msg.get("form.tooManyPictures", Notice.MAX_IMAGES));
            return;
        }
        status.setText(Msg.get("usb.working"));
        load(() -> {
            try {
                return new Attached(ctx.local().attach(session, picture), null);
            } catch (LocalContentException e) {
                return new Attached(null, e.getMessage());
            }
        }, r -> {
            if (r.error() != null) {
                status.setText(r.error());
            } else if (!images.contains(r.name())) {
                images.add(r.name());
                status.setText("");
                showAttached();
            }
        });
    }

    /** A picture copied in (its media name) or why it was refused. */
    private record Attached(String name, String error) { }

    private void showAttached() {
        attached.getChildren().clear();
        for (int i = 0; i < images.size(); i++) {
            String name = images.get(i);
            Button remove = StaffConsoleScreen.action("form-remove-picture-" + i, Msg.get("form.removePicture"), () -> {
                images.remove(name);
                showAttached();
            });
            attached.getChildren().add(new HBox(14, new cn.gongkai.kiosk.ui.widget.Pictures(ctx, "form-picture-preview-" + i,
                    List.of(name)), remove));
        }
    }

    private void preview() {
        Notice n = notice();
        if (n == null) {
            status.setText(Msg.get("form.fix"));
            return;
        }
        status.setText("");
        nav.go(new NoticePreviewScreen(ctx, nav, session, n));
    }

    private static boolean mark(Node field, Label error, String text, String key) {
        boolean missing = text == null || text.isBlank();
        field.getStyleClass().remove("field-error");
        if (missing) {
            field.getStyleClass().add("field-error");
            error.setText(Msg.get(key));
        } else {
            error.setText("");
        }
        error.setManaged(missing);
        error.setVisible(missing);
        return !missing;
    }

    private static VBox field(String label, Node input, Label error) {
        VBox box = new VBox(6, Views.label(label, "form-label"), input);
        if (error != null) {
            box.getChildren().add(error);
        }
        return box;
    }

    private static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("form-error");
        l.setManaged(false);
        l.setVisible(false);
        return l;
    }

    private static FlowPane toggles(String idPrefix, List<String> labels, ToggleGroup group) {
        FlowPane pane = new FlowPane(10, 10);
        for (int i = 0; i < labels.size(); i++) {
            ToggleButton t = new ToggleButton(labels.get(i));
            t.setId(idPrefix + i);
            t.getStyleClass().add("form-choice");
            t.setToggleGroup(group);
            pane.getChildren().add(t);
        }
        // Exactly one stays selected: a second tap on the selected one does not clear it.
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        return pane;
    }

    private static void select(ToggleGroup group, int index) {
        group.getToggles().get(Math.max(0, Math.min(group.getToggles().size() - 1, index))).setSelected(true);
    }

    /** The notice as villagers will see it, with 发布 and 返回修改. */
    static final class NoticePreviewScreen extends BaseScreen {
        NoticePreviewScreen(UiContext ctx, Navigator nav, StaffSession session, Notice n) {
            super(ctx, nav, "screen-notice-preview", Msg.get("form.previewTitle"));
            Label status = new Label();
            status.setId("preview-status");
            status.getStyleClass().add("form-status");
            Button publish = StaffConsoleScreen.action("preview-publish", Msg.get("form.publish"), () -> {
                try {
                    ctx.local().publish(session, n);
                    nav.back(); // the form
                    nav.back(); // the console (or the record), which reloads

                } catch (LocalContentException e) {
                    status.setText(e.getMessage());
                }
            });
            Button back = StaffConsoleScreen.action("preview-back", Msg.get("form.backToEdit"), nav::back);
            String validity = n.validUntil() == null ? Msg.get("notice.meta.validOpen", Msg.date(n.validFrom()))
                    : Msg.get("notice.meta.valid", Msg.date(n.validFrom()), Msg.date(n.validUntil()));
            VBox page = new VBox(14, new HBox(14, publish, back), status,
                    Views.label("preview-hint", Msg.get("form.previewHint"), "meta-text"),
                    Views.label("notice-title", n.title(), "screen-title"),
                    Views.label("notice-meta", n.category() + (n.urgent() ? "　" + Msg.get("notice.urgent") : "")
                            + "\n" + Msg.get("notice.meta.issuer", n.issuer()) + "\n" + validity, "meta-text"),
                    Views.label("notice-body", n.body(), "body-text"),
                    new cn.gongkai.kiosk.ui.widget.Pictures(ctx, "notice-pictures", n.images()));
            page.getStyleClass().add("screen");
            setContent(Views.scroll(page));
        }
    }
}
