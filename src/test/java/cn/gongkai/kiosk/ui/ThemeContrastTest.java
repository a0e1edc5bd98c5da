package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text colour the stylesheet puts on a background reaches WCAG contrast 4.5:1. The pairs
 * are the ones base.css uses; the colours are read from base.css itself, so changing a colour
 * there is checked here.
 */
class ThemeContrastTest {
    private static final Map<String, String> COLOURS = readColours();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "-kiosk-text, -kiosk-bg",
        "-kiosk-text, -kiosk-surface",
        "-kiosk-text, -kiosk-pressed",
        "-kiosk-text, -kiosk-highlight-bg",
        "-kiosk-muted, -kiosk-bg",
        "-kiosk-muted, -kiosk-surface",
        "-kiosk-on-primary, -kiosk-primary",
        "-kiosk-primary, -kiosk-surface",
        "-kiosk-primary, -kiosk-bg",
        "-kiosk-primary, -kiosk-highlight-bg",
        "-kiosk-on-accent, -kiosk-accent",
        "-kiosk-highlight-text, -kiosk-highlight-bg",
        "-kiosk-on-primary, -kiosk-urgent",
        "-kiosk-on-primary, -kiosk-muted",
        "-kiosk-primary, -kiosk-pressed",
        "-kiosk-accent, -kiosk-surface",   // search: topic and suggestion buttons
        "-kiosk-accent, -kiosk-pressed",   // ... while pressed
    })
    void textColourHasEnoughContrast(String text, String background) {
        assertThat(contrast(colour(text), colour(background))).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#ffffff")).isEqualTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    private static String colour(String name) {
        assertThat(COLOURS).as("colour %s defined in base.css", name).containsKey(name);
        return COLOURS.get(name);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Map<String, String> readColours() {
        try (InputStream in = Theme.class.getResourceAsStream("theme/base.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> m = new HashMap<>();
            Matcher matcher = Pattern.compile("(-kiosk-[a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(css);
            while (matcher.find()) {
                m.put(matcher.group(1), matcher.group(2));
            }
            return m;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
