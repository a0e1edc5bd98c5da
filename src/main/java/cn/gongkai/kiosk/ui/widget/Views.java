package cn.gongkai.kiosk.ui.widget;

import cn.gongkai.kiosk.domain.InfoTable;
import java.util.Collection;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small builders for the pieces every content screen is made of. */
public final class Views {
    private Views() {
    }

    public static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    public static Label label(String id, String text, String styleClass) {
        Label l = label(text, styleClass);
        l.setId(id);
        return l;
    }

    /** A labelled block of a detail page: heading, then the text, wrapped for reading. */
    public static VBox element(String id, String heading, String text) {
        Label value = label(id + "-value", text, "body-text");
        VBox box = new VBox(label(heading, "element-label"), value);
        box.setId(id);
        box.getStyleClass().add("element");
        return box;
    }

    /** A labelled block whose values are shown as chips (channels, levels). */
    public static VBox chips(String id, String heading, Collection<String> values) {
        FlowPane flow = new FlowPane(10, 10);
        flow.setId(id + "-value");
        for (String v : values) {
            flow.getChildren().add(label(v, "chip"));
        }
        VBox box = new VBox(label(heading, "element-label"), flow);
        box.setId(id);
        box.getStyleClass().add("element");
        return box;
    }

    /** A big tile button: title on top, a hint below. */
    public static Button tile(String id, String title, String hint, String extraStyle, Runnable action) {
        // No wrapping inside a button (it would ask for a very tall one): a title that needs two
        // lines carries its own line break (see DomainsScreen).
        Label t = label(title, "tile-title");
        Label h = label(hint, "tile-hint");
        t.setWrapText(false);
        h.setWrapText(false);
        VBox text = new VBox(6, t, h);
        text.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button();
        b.setId(id);
        b.setGraphic(text);
        b.getStyleClass().setAll(extraStyle == null ? "tile" : extraStyle);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        tapOnly(b);
        return b;
    }

    /**
     * A row of a short, fixed list (the home screen's latest notices), laid out like a TouchList
     * row; a handful of rows needs no virtualized list. It is a plain box that acts on a tap, not
     * a Button, because a button lays wrapped text out on one line.
     */
    public static HBox row(String id, TouchList.Row r, Runnable action) {
        VBox text = new VBox(4, label(r.title(), "row-title"), label(r.detail(), "row-detail"));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(12);
        if (r.badge() != null) {
            Label badge = label(r.badge(), "badge");
            badge.setWrapText(false);
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (r.badgeMuted()) {
                badge.getStyleClass().add("badge-muted");
            }
            box.getChildren().add(badge);
        }
        box.getChildren().addAll(text, label("›", "row-arrow"));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId(id);
        box.getStyleClass().add("row-button");
        box.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        onTap(box, action);
        return box;
    }

    /**
     * Runs {@code action} on a tap: a press and release without moving. A finger that drags to
     * scroll and lifts on the same node does not trigger it. (Buttons use {@link #tapOnly}.)
     */
    public static void onTap(Node node, Runnable action) {
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                action.run();
            }
        });
    }

    /** Only a tap fires: a finger that drags to scroll and lifts on the button does not. */
    static void tapOnly(Button b) {
        // Disarming before the button sees the release stops the action.
        b.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!e.isStillSincePress()) {
                b.disarm();
            }
        });
    }

    /** Vertical scrolling for a page of text; panning by finger is enabled. */
    public static ScrollPane scroll(Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.setPannable(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setFocusTraversable(false);
        // The skin caches its viewport as an image; in the software pipeline (no GPU) those images
        // outlived their screens and the heap grew by 140 % over 1,000 screens (docs/benchmarks.md).
        sp.skinProperty().addListener((obs, old, skin) -> {
            javafx.scene.Node viewport = sp.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return sp;
    }

    /** A graphic-interpretation table laid out as a grid, so every cell wraps instead of clipping. */
    public static GridPane table(String id, InfoTable t) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("info-table");
        for (int c = 0; c < t.columns().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            cc.setPercentWidth(100.0 / t.columns().size());
            grid.getColumnConstraints().add(cc);
            grid.add(cell(t.columns().get(c), "cell-head"), c, 0);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                grid.add(cell(t.rows().get(r).get(c), "cell"), c, r + 1);
            }
        }
        return grid;
    }

    private static Label cell(String text, String style) {
        Label l = label(text, style);
        l.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillHeight(l, true);
        GridPane.setFillWidth(l, true);
        return l;
    }
}
