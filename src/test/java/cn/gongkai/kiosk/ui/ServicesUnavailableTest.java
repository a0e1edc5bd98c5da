package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.config.ConfigLoader;
import cn.gongkai.kiosk.testing.TestKiosk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window is built while the database opens; when it cannot open, the home screen gives way
 * to the error page with the plain reason.
 */
@ExtendWith(ApplicationExtension.class)
class ServicesUnavailableTest {
    private final CompletableFuture<UiContext.Content> content = new CompletableFuture<>();
    private UiContext ctx;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("kiosk-unavailable");
        TestKiosk.writeConfig(dir, "360123102");
        ctx = new UiContext(ConfigLoader.load(dir), content, Clock.systemUTC(),
                new Async(Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true);
                    return t;
                })));
        Shell shell = new Shell(ctx, new Theme());
        Scene scene = new Scene((Parent) shell.root(), 1280, 800);
        new Theme().apply(scene);
        KioskApplication.errorPageOnFailure(ctx, scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void readingContentOnTheFxThreadBeforeTheDatabaseIsOpenFailsInsteadOfFreezing(FxRobot robot) {
        Throwable[] thrown = new Throwable[1];
        robot.interact(() -> {
            try {
                ctx.catalog();
            } catch (IllegalStateException e) {
                thrown[0] = e;
            }
        });
        assertThat(thrown[0]).isInstanceOf(IllegalStateException.class).hasMessageContaining("FX thread");
    }

    @Test
    void homeShowsFirstThenTheReasonWhenTheDatabaseCannotOpen(FxRobot robot) {
        assertThat(robot.lookup("#tile-catalog").tryQuery()).isPresent();
        content.completeExceptionally(new KioskApplication.Unavailable("数据目录无法写入，请管理员检查磁盘和权限：/x", null));
        UiTestBase.waitUntil(() -> robot.lookup("#error-text").tryQuery().isPresent());
        assertThat(robot.lookup("#error-text").queryLabeled().getText()).startsWith("数据目录无法写入");
    }
}
