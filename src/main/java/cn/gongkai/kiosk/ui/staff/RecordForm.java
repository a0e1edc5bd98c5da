package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.local.LocalContentException;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.screen.BaseScreen;
import cn.gongkai.kiosk.ui.widget.Views;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A staff form for one kind of local record: labelled fields, required ones marked with
 * 请填写… when empty, a value the record refuses marked at its field with the reason, then a
 * preview (every field as villagers' screens will show it) where only 发布 publishes. Subclasses
 * add their fields and build the record.
 */
abstract class RecordForm extends BaseScreen {
    /** A value that is not right; {@code field} is the key of the field to mark. */
    static final class Invalid extends RuntimeException {
        final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    protected final StaffSession session;
    private final Map<String, TextInputControl> inputs = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Boolean> required = new LinkedHashMap<>();
    private final Map<String, ToggleGroup> choices = new LinkedHashMap<>();
    private final Map<String, String> choiceLabels = new LinkedHashMap<>();
    private final Label status = new Label();
    protected final VBox form = new VBox(10);
    private final PinyinPad pad;
    private final Button preview;

    protected RecordForm(UiContext ctx, Navigator nav, StaffSession session, String id, String title) {
        super(ctx, nav, id, title);
        this.session = session;
        status.setId("form-status");
        status.getStyleClass().add("form-status");
        status.setWrapText(true);
        preview = StaffConsoleScreen.action("form-preview", Msg.get("form.preview"), this::preview);
        pad = new PinyinPad(ctx);
        form.getChildren().add(new HBox(14, preview, pad.toggleButton(), status));
        form.getStyleClass().add("screen");
        setContent(PinyinPad.below(Views.scroll(form), pad));
    }

    /** The record the fields describe; throw {@link Invalid} (or IllegalArgumentException) when a value is not right. */
    protected abstract Object build();

    protected final TextField text(String key, String label, boolean isRequired, String prompt) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        add(key, label, isRequired, f);
        return f;
    }

    protected final TextArea area(String key, String label, boolean isRequired, String prompt) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(4);
        a.setPromptText(prompt);
        add(key, label, isRequired, a);
        return a;
    }

    protected final ToggleGroup choice(String key, String label, List<String> options, int selected) {
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = new FlowPane(10, 10);
        for (int i = 0; i < options.size(); i++) {
            ToggleButton t = new ToggleButton(options.get(i));
            t.setId("form-" + key + "-" + i);
            t.getStyleClass().add("form-choice");
            t.setToggleGroup(group);
            pane.getChildren().add(t);
        }
        group.getToggles().get(selected).setSelected(true);
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        choices.put(key, group);
        choiceLabels.put(key, label);
        form.getChildren().add(new VBox(6, Views.label(label, "form-label"), pane));
        return group;
    }

    private void add(String key, String label, boolean isRequired, TextInputControl input) {
        input.setId("form-" + key);
        Label error = new Label();
        error.setId("form-" + key + "-error");
        error.getStyleClass().add("form-error");
        error.setManaged(false);
        error.setVisible(false);
        inputs.put(key, input);
        pad.watch(input);
        errors.put(key, error);
        labels.put(key, label);
        required.put(key, isRequired);
        form.getChildren().add(new VBox(6, Views.label(label + (isRequired ? " *" : ""), "form-label"), input, error));
    }

    /** Sets a field's value (editing an existing record). */
    protected final void set(String key, String value) {
        inputs.get(key).setText(value == null ? "" : value);
    }

    /** Selects option {@code index} of a choice (editing an existing record). */
    protected final void choose(String key, int index) {
        ToggleGroup g = choices.get(key);
        g.getToggles().get(Math.max(0, Math.min(g.getToggles().size() - 1, index))).setSelected(true);
    }

    /** Names the form's action (预览 by default). */
    protected final void actionLabel(String text) {
        preview.setText(text);
    }

    /** Shows a line under the form's action (a picked file, a refusal). */
    protected final void say(String text) {
        status.setText(text);
    }

    protected final String value(String key) {
        String v = inputs.get(key).getText();
        return v == null ? "" : v.strip();
    }

    protected final int chosen(String key) {
        ToggleGroup g = choices.get(key);
        return g.getToggles().indexOf(g.getSelectedToggle());
    }

    /** The label of the field, for a message. */
    protected final String label(String key) {
        return labels.get(key);
    }

    /** Every field with its value, in form order, for the preview. */
    private List<String[]> shown() {
        List<String[]> out = new java.util.ArrayList<>();
        inputs.forEach((k, v) -> {
            if (!value(k).isEmpty()) {
                out.add(new String[] {labels.get(k), value(k)});
            }
        });
        choices.forEach((k, g) -> out.add(new String[] {choiceLabels.get(k),
                ((ToggleButton) g.getSelectedToggle()).getText()}));
        return out;
    }

    /** Checks required fields and builds the record; null with the fields marked when something is missing or wrong. */
    final Object checked() {
        boolean ok = true;
        for (String key : inputs.keySet()) {
            boolean missing = required.get(key) && value(key).isEmpty();
            mark(key, missing ? Msg.get("form.missing", labels.get(key)) : null);
            ok &= !missing;
        }
        if (!ok) {
            status.setText(Msg.get("form.fix"));
            return null;
        }
        try {
            status.setText("");
            return build(); // null: nothing to preview (the settings form saves here)
        } catch (Invalid e) {
            mark(e.field, e.getMessage());
        } catch (IllegalArgumentException e) {
            // The record's own check (English, names its field first): shown in Chinese at the form's top.
            status.setText(Msg.get("form.invalid", e.getMessage()));
            return null;
        }
        status.setText(Msg.get("form.fix"));
        return null;
    }

    private void mark(String key, String message) {
        Node field = inputs.get(key);
        Label error = errors.get(key);
        field.getStyleClass().remove("field-error");
        if (message != null) {
            field.getStyleClass().add("field-error");
        }
        error.setText(message == null ? "" : message);
        error.setManaged(message != null);
        error.setVisible(message != null);
    }

    private void preview() {
        Object record = checked();
        if (record != null) {
            String first = inputs.keySet().iterator().next();
            nav.go(new Preview(ctx, nav, session, value(first), shown(), record));
        }
    }

    /** Every field as entered, with 发布 and 返回修改. */
    static final class Preview extends BaseScreen {
        Preview(UiContext ctx, Navigator nav, StaffSession session, String title, List<String[]> fields, Object record) {
            super(ctx, nav, "screen-record-preview", Msg.get("form.previewTitle"));
            Label status = new Label();
            status.setId("preview-status");
            status.getStyleClass().add("form-status");
            Button publish = StaffConsoleScreen.action("preview-publish", Msg.get("form.publish"), () -> {
                try {
                    ctx.local().publish(session, record);
                    nav.back();
                    nav.back();
                } catch (LocalContentException e) {
                    status.setText(e.getMessage());
                }
            });
            Button back = StaffConsoleScreen.action("preview-back", Msg.get("form.backToEdit"), nav::back);
            VBox page = new VBox(12, new HBox(14, publish, back), status,
                    Views.label("preview-hint", Msg.get("form.previewHint"), "meta-text"),
                    Views.label("preview-title", title, "screen-title"));
            for (int i = 0; i < fields.size(); i++) {
                page.getChildren().add(Views.element("preview-field-" + i, fields.get(i)[0], fields.get(i)[1]));
            }
            page.getStyleClass().add("screen");
            setContent(Views.scroll(page));
        }
    }
}
