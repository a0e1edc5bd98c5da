package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.Screen;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.Views;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Common ground of the content screens: a root pane with an id, and loading data off the FX
 * thread each time the screen is shown (content may have changed by a sync in between). A
 * load that finishes after the screen was left is dropped.
 */
public abstract class BaseScreen implements Screen {
    protected final UiContext ctx;
    protected final Navigator nav;
    private final String id;
    private final String title;
    private final StackPane root = new StackPane();
    private Node errorLayer;
    private int generation;
    private final javafx.beans.property.ObjectProperty<cn.gongkai.kiosk.ui.ReadAloud> readAloud =
            new javafx.beans.property.SimpleObjectProperty<>();

    protected BaseScreen(UiContext ctx, Navigator nav, String id, String title) {
        this.ctx = ctx;
        this.nav = nav;
        this.id = id;
        this.title = title;
        root.setId(id);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Node node() {
        return root;
    }

    @Override
    public javafx.beans.value.ObservableValue<cn.gongkai.kiosk.ui.ReadAloud> readAloud() {
        return readAloud;
    }

    /** Offers the shown record to the read-aloud button. */
    protected final void offerReading(String recordId, String text) {
        readAloud.set(new cn.gongkai.kiosk.ui.ReadAloud(java.util.Optional.of(recordId), text));
    }

    protected final void setContent(Node content) {
        root.getChildren().setAll(content);
        if (errorLayer != null) {
            root.getChildren().add(errorLayer);
        }
    }

    @Override
    public void deactivate() {
        generation++;
    }

    /** Runs {@code work} in the background and hands its result to {@code show} on the FX thread. */
    protected final <T> void load(Supplier<T> work, Consumer<T> show) {
        int expected = ++generation;
        ctx.async().load(work, result -> {
            if (expected == generation) {
                clearError();
                show.accept(result);
            }
        }, error -> {
            if (expected == generation) {
                showError();
            }
        });
    }

    /**
     * A failed read puts a notice over the screen instead of replacing it, so the tiles, Back and
     * Home stay usable and the next successful load (the next visit) takes the notice away.
     */
    private void showError() {
        if (errorLayer == null) {
            Label l = Views.label("load-error", Msg.get("error.load"), "load-error");
            l.setMouseTransparent(true);
            StackPane.setAlignment(l, Pos.BOTTOM_CENTER);
            errorLayer = l;
            root.getChildren().add(errorLayer);
        }
    }

    private void clearError() {
        if (errorLayer != null) {
            root.getChildren().remove(errorLayer);
            errorLayer = null;
        }
    }
}
