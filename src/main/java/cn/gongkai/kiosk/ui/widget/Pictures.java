package cn.gongkai.kiosk.ui.widget;

import cn.gongkai.kiosk.ui.UiContext;
import java.io.ByteArrayInputStream;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * The pictures of a record (a photo of a posted sheet), loaded off the FX thread and shown one
 * under the other at reading width. A picture that cannot be read is left out, never an error.
 */
public final class Pictures extends VBox {
    private static final double WIDTH = 720;

    public Pictures(UiContext ctx, String id, List<String> names) {
        super(12);
        setId(id);
        for (String name : names) {
            ctx.async().load(() -> ctx.media(name).map(b -> new Image(new ByteArrayInputStream(b))).orElse(null), image -> {
                if (image != null && !image.isError()) {
                    ImageView view = new ImageView(image);
                    view.setPreserveRatio(true);
                    view.setFitWidth(Math.min(WIDTH, image.getWidth()));
                    view.getStyleClass().add("picture");
                    getChildren().add(view);
                }
            }, e -> { });
        }
    }
}
