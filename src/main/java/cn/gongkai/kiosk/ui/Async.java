package cn.gongkai.kiosk.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The one place where work leaves the FX thread and results come back to it: database reads run
 * on a background executor, and their results (or errors) are handed to the FX thread here.
 */
public final class Async {
    private static final Logger LOG = Logger.getLogger(Async.class.getName());
    private final Executor background;

    public Async(Executor background) {
        this.background = background;
    }

    public <T> void load(Supplier<T> work, Consumer<T> onFx, Consumer<Throwable> onError) {
        try {
            run(work, onFx, onError);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The application is closing (its executor shut down): a timer's late load is dropped.
            LOG.fine("background load after shutdown dropped");
        }
    }

    private <T> void run(Supplier<T> work, Consumer<T> onFx, Consumer<Throwable> onError) {
        background.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onFx.accept(result));
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "background load failed", e);
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }
}
