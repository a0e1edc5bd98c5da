package cn.gongkai.kiosk.ui.widget;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * A virtualized list for fingers: each row is a large title with a detail line, and a tap (a
 * press and release without dragging) opens it. Selection is not shown, because on a kiosk a
 * tapped row is opened, not selected; scrolling by dragging never opens a row.
 */
public final class TouchList<T> extends ListView<T> {

    /**
     * What a row shows.
     *
     * @param badgeStyle  an extra style class for the badge (null: the default, red)
     * @param titleMarks  [start, end) character ranges of the title to highlight (search matches)
     */
    public record Row(String title, String detail, String badge, boolean badgeMuted, String badgeStyle,
                      List<int[]> titleMarks) {
        public Row {
            titleMarks = titleMarks == null ? List.of() : List.copyOf(titleMarks);
        }

        public Row(String title, String detail, String badge, boolean badgeMuted) {
            this(title, detail, badge, badgeMuted, null, List.of());
        }

        public static Row of(String title, String detail) {
            return new Row(title, detail, null, false);
        }
    }

    public TouchList(String id, Function<T, Row> rows, Consumer<T> onTap) {
        setId(id);
        getStyleClass().add("touch-list");
        setFocusTraversable(false);
        setCellFactory(list -> new TouchCell<>(rows, onTap));
        setPlaceholder(new Label(cn.gongkai.kiosk.ui.Msg.get("list.empty")));
    }

    /**
     * Shows {@code items} from the top; when they are what is already shown (returning with
     * Back), nothing changes, so the villager finds the list where they left it.
     */
    public void show(List<T> items) {
        if (getItems().equals(items)) {
            return;
        }
        getItems().setAll(items);
        scrollTo(0);
    }

    private static final class TouchCell<T> extends ListCell<T> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Label badge = new Label();
        private final Label arrow = new Label("›");
        /** The title with highlighted parts, shown instead of {@code title} when there are marks. */
        private final TextFlow marked = new TextFlow();
        private final VBox text;
        private final HBox box;
        private String badgeStyle;
        private final Function<T, Row> rows;

        TouchCell(Function<T, Row> rows, Consumer<T> onTap) {
            this.rows = rows;
            title.getStyleClass().add("row-title");
            title.setWrapText(true);
            detail.getStyleClass().add("row-detail");
            detail.setWrapText(true);
            badge.getStyleClass().add("badge");
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            arrow.getStyleClass().add("row-arrow");
            marked.getStyleClass().addAll("row-title-marked");
            text = new VBox(4, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            box = new HBox(12, badge, text, arrow);
            box.setAlignment(Pos.CENTER_LEFT);
            // The cell must not be wider than the list, or wrapped text would never wrap.
            setPrefWidth(0);
            Views.onTap(this, () -> {
                if (!isEmpty() && getItem() != null) {
                    onTap.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                return;
            }
            Row r = rows.apply(item);
            title.setText(r.title());
            if (r.titleMarks().isEmpty()) {
                text.getChildren().set(0, title);
            } else {
                marked.getChildren().setAll(Highlight.texts(r.title(), r.titleMarks()));
                text.getChildren().set(0, marked);
            }
            detail.setText(r.detail() == null ? "" : r.detail());
            detail.setVisible(r.detail() != null && !r.detail().isEmpty());
            detail.setManaged(detail.isVisible());
            boolean hasBadge = r.badge() != null;
            badge.setText(hasBadge ? r.badge() : "");
            badge.setVisible(hasBadge);
            badge.setManaged(hasBadge);
            badge.getStyleClass().remove("badge-muted");
            if (r.badgeMuted()) {
                badge.getStyleClass().add("badge-muted");
            }
            if (badgeStyle != null) {
                badge.getStyleClass().remove(badgeStyle);
            }
            badgeStyle = r.badgeStyle();
            if (badgeStyle != null) {
                badge.getStyleClass().add(badgeStyle);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
