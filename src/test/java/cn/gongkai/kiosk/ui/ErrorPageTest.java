package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** When the kiosk cannot start, the screen says why in one Chinese sentence and nothing technical. */
@ExtendWith(ApplicationExtension.class)
class ErrorPageTest {
    @Start
    void start(Stage stage) {
        Parent page = KioskApplication.errorPage("配置文件 kiosk.json 有误（regionCode），请管理员检查配置。");
        Scene scene = new Scene(page, 1280, 800);
        new Theme().apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsThePlainReasonAndWhomToAsk(FxRobot robot) {
        assertThat(robot.lookup("#error-title").queryLabeled().getText()).isEqualTo("暂时无法使用");
        assertThat(robot.lookup("#error-text").queryLabeled().getText()).contains("kiosk.json").contains("regionCode")
                .doesNotContain("Exception").doesNotContain("at cn.");
    }
}
