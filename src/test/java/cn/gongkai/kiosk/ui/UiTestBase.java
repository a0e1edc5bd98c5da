package cn.gongkai.kiosk.ui;

import cn.gongkai.kiosk.testing.TestKiosk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real shell on a real database with the demo content, headless (Monocle), in a
 * 1280x800 window: the size of the smaller kiosk screens in use.
 */
@ExtendWith(ApplicationExtension.class)
abstract class UiTestBase {
    protected TestKiosk kiosk;
    protected Shell shell;
    protected Theme theme;
    protected Path root;

    // TestFX looks for @Start only on the test class itself, so the base class sets the stage up here.
    @BeforeEach
    void start() throws IOException, TimeoutException {
        root = Files.createTempDirectory("kiosk-ui-test");
        kiosk = TestKiosk.start(root);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            theme = new Theme();
            shell = new Shell(kiosk.uiContext(), theme);
            Scene scene = new Scene((Parent) shell.root(), 1280, 800);
            theme.apply(scene);
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assert stage.isShowing();
    }

    @AfterEach
    void stop() throws IOException {
        kiosk.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("UI did not reach the expected state in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cell showing row {@code index} of the list with id {@code listId}, once it is laid out. */
    static ListCell<?> cell(FxRobot robot, String listId, int index) {
        waitUntil(() -> findCell(robot, listId, index) != null);
        return findCell(robot, listId, index);
    }

    private static ListCell<?> findCell(FxRobot robot, String listId, int index) {
        for (Node n : robot.lookup("#" + listId + " .list-cell").queryAll()) {
            if (n instanceof ListCell<?> c && !c.isEmpty() && c.getIndex() == index && c.isVisible()) {
                return c;
            }
        }
        return null;
    }

    /**
     * Taps a node, first scrolling its page so the node is in view (on the kiosk a finger pans
     * the page; the robot cannot send touch events, so the test sets the scroll position).
     */
    static void tap(FxRobot robot, String query) {
        waitUntil(() -> present(robot, query));
        Node node = robot.lookup(query).query();
        ScrollPane pane = enclosingScrollPane(node);
        if (pane != null && !inView(node, pane)) {
            robot.interact(() -> {
                double content = pane.getContent().getLayoutBounds().getHeight();
                double view = pane.getViewportBounds().getHeight();
                double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                pane.setVvalue(Math.max(0, Math.min(1, (y - 20) / Math.max(1, content - view))));
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.clickOn(node);
    }

    private static ScrollPane enclosingScrollPane(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                return sp;
            }
        }
        return null;
    }

    private static boolean inView(Node node, ScrollPane pane) {
        Bounds b = node.localToScreen(node.getLayoutBounds());
        Bounds view = pane.localToScreen(pane.getLayoutBounds());
        return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
    }

    static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }
}
