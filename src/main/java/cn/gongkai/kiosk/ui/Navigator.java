package cn.gongkai.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The back stack. The first screen is home and never leaves; the stack is also the breadcrumb, so
 * the path shown is always the way back. Screens dropped from the stack are deactivated.
 */
public final class Navigator {
    private final ObservableList<Screen> stack = FXCollections.observableArrayList();
    private final ObservableList<Screen> readOnly = FXCollections.unmodifiableObservableList(stack);
    private final Consumer<Screen> show;

    /** @param show puts a screen's node on the stage; called after every change */
    public Navigator(Consumer<Screen> show) {
        this.show = show;
    }

    /** Shows the home screen; called once, after the screens that need this navigator exist. */
    public void start(Screen home) {
        if (!stack.isEmpty()) {
            throw new IllegalStateException("navigator already started");
        }
        stack.add(home);
        home.activate();
        show.accept(home);
    }

    public void go(Screen next) {
        current().deactivate();
        stack.add(next);
        next.activate();
        show.accept(next);
    }

    public void back() {
        if (stack.size() > 1) {
            popTo(stack.size() - 2);
        }
    }

    public void home() {
        popTo(0);
    }

    /** Returns to the screen at {@code index} in the breadcrumb. */
    public void popTo(int index) {
        if (index < 0 || index >= stack.size() - 1) {
            return;
        }
        current().deactivate();
        List<Screen> dropped = new ArrayList<>(stack.subList(index + 1, stack.size()));
        stack.remove(index + 1, stack.size());
        dropped.forEach(s -> {
            if (s instanceof AutoCloseable c) {
                closeQuietly(c);
            }
        });
        Screen target = current();
        target.activate();
        show.accept(target);
    }

    public Screen current() {
        return stack.get(stack.size() - 1);
    }

    public boolean atHome() {
        return stack.size() == 1;
    }

    /** The breadcrumb, home first. */
    public ObservableList<Screen> path() {
        return readOnly;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            java.util.logging.Logger.getLogger(Navigator.class.getName())
                    .log(java.util.logging.Level.WARNING, "closing a screen failed", e);
        }
    }
}
