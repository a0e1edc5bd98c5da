package cn.gongkai.kiosk.ui.widget;

import javafx.scene.Node;
import javafx.scene.layout.HBox;

/**
 * One row of buttons that never clips and never pushes its parent wider: the buttons that do not
 * fit its width are hidden (their order is the order of importance), so those shown are whole.
 */
public final class OneRow extends HBox {
    public OneRow(String id, String styleClass) {
        setId(id);
        getStyleClass().add(styleClass);
        setMinWidth(0);
        setPrefWidth(0);
        setMaxWidth(Double.MAX_VALUE);
    }

    /** Each child at its preferred width, left to right, as long as it fits whole. */
    @Override
    protected void layoutChildren() {
        double limit = getWidth() - snappedRightInset() + 0.5;
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double x = snappedLeftInset();
        boolean full = false;
        for (Node n : getChildren()) {
            double w = Math.max(n.minWidth(-1), n.prefWidth(-1));
            if (n instanceof javafx.scene.control.Label) {
                w = Math.max(0, Math.min(w, limit - x)); // a hint wraps within the row instead
            }
            double h = Math.min(height, Math.max(n.minHeight(w), n.prefHeight(w)));
            full = full || x + w > limit;
            n.setVisible(!full);
            n.resizeRelocate(snapPositionX(x), snapPositionY(top + (height - h) / 2), snapSizeX(w), snapSizeY(h));
            x += w + getSpacing();
        }
    }
}
