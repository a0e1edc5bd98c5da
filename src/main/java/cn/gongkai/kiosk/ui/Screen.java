package cn.gongkai.kiosk.ui;

import javafx.scene.Node;

/**
 * One screen of the kiosk. A screen binds and starts what it needs in {@link #activate()} and
 * releases it in {@link #deactivate()}, so a kiosk that runs for months does not pile up
 * listeners, timers or readings from screens nobody looks at.
 */
public interface Screen {
    /** Short title for the breadcrumb. */
    String title();

    /** Stable id for tests and diagnostics, e.g. "screen-home". */
    String id();

    Node node();

    /** Called when the screen becomes visible (also when returning to it with Back). */
    default void activate() {
    }

    /** Called when the screen is hidden or dropped from the back stack. */
    default void deactivate() {
    }

    /**
     * What this screen can read aloud, once its content is loaded; null (the default) for
     * screens with nothing to read. The shell shows the 朗读 button while it holds a value.
     */
    default javafx.beans.value.ObservableValue<ReadAloud> readAloud() {
        return null;
    }
}
