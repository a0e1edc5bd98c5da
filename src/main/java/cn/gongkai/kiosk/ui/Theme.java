package cn.gongkai.kiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * Stylesheets and fonts. Seniors' mode is one extra stylesheet on the scene, so every screen
 * follows it without knowing about it. The CJK font is the system's Noto Sans CJK SC when
 * installed (full coverage); otherwise the subset shipped in assets/fonts is loaded, so Chinese
 * renders on a machine with no Chinese font at all.
 */
public final class Theme {
    public static final String CJK_FAMILY = "Noto Sans CJK SC";
    private static final Logger LOG = Logger.getLogger(Theme.class.getName());
    private static final String BASE = Theme.class.getResource("theme/base.css").toExternalForm();
    private static final String SENIORS = Theme.class.getResource("theme/seniors.css").toExternalForm();
    private static final List<String> SHIPPED_FONTS = List.of(
            "/assets/fonts/GongkaiSansSC-Regular.otf", "/assets/fonts/GongkaiSansSC-Bold.otf");

    /** Root text size in standard mode on a screen up to 900 px high; larger screens scale up. */
    public static final double BASE_FONT_PX = 20;

    private final BooleanProperty seniorsMode = new SimpleBooleanProperty(false);
    private final String fontSheet;
    private final String scaleSheet;

    /** A theme for the 1280x800 development window and tests. */
    public Theme() {
        this(800);
    }

    /**
     * @param screenHeight height of the screen the kiosk fills: on a 1920x1080 panel standard
     *                     text is 24 px instead of 20, so it reads the same from the same distance
     */
    public Theme(double screenHeight) {
        this.fontSheet = fontStylesheet(ensureCjkFont());
        this.scaleSheet = dataCss(".root { -fx-font-size: " + rootFontPx(screenHeight) + "px; }\n");
    }

    /** 20 px up to 900 px of screen height, then in proportion, at most 28 px. */
    static long rootFontPx(double screenHeight) {
        return Math.round(Math.max(BASE_FONT_PX, Math.min(28, screenHeight / 45)));
    }

    /** Makes a CJK family available and returns its name. Safe to call more than once. */
    public static synchronized String ensureCjkFont() {
        if (Font.getFamilies().contains(CJK_FAMILY)) {
            return CJK_FAMILY;
        }
        String family = null;
        for (String path : SHIPPED_FONTS) {
            try (InputStream in = Theme.class.getResourceAsStream(path)) {
                Font f = in == null ? null : Font.loadFont(in, 20);
                if (f == null) {
                    LOG.warning("shipped font could not be loaded: " + path);
                } else {
                    family = f.getFamily();
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "shipped font could not be read: " + path, e);
            }
        }
        return family != null ? family : CJK_FAMILY;
    }

    private static String fontStylesheet(String family) {
        return dataCss(".root { -fx-font-family: \"" + family + "\"; }\n");
    }

    private static String dataCss(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    public BooleanProperty seniorsModeProperty() {
        return seniorsMode;
    }

    /** Installs the theme on a scene and keeps it in step with seniors' mode. */
    public void apply(Scene scene) {
        // Order matters: the scale overrides base.css, and seniors.css (added last) overrides both.
        scene.getStylesheets().setAll(fontSheet, BASE, scaleSheet);
        update(scene, seniorsMode.get());
        seniorsMode.addListener((obs, was, on) -> update(scene, on));
    }

    private static void update(Scene scene, boolean seniors) {
        if (seniors && !scene.getStylesheets().contains(SENIORS)) {
            scene.getStylesheets().add(SENIORS);
        } else if (!seniors) {
            scene.getStylesheets().remove(SENIORS);
        }
    }
}
