package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The font shipped in assets/fonts is what makes Chinese render on a machine with no Chinese
 * font. Every character of the demo content and of the UI text must be in it; when this fails
 * after content changed, rebuild the subset with tools/make-font-subset.py.
 */
class ShippedFontTest {

    @ParameterizedTest
    @ValueSource(strings = {"/assets/fonts/GongkaiSansSC-Regular.otf", "/assets/fonts/GongkaiSansSC-Bold.otf"})
    void coversEveryCharacterTheKioskShows(String fontPath) throws Exception {
        Font font;
        try (InputStream in = ShippedFontTest.class.getResourceAsStream(fontPath)) {
            assertThat(in).as(fontPath).isNotNull();
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        TreeSet<String> missing = new TreeSet<>();
        String text = allShownText();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .filter(cp -> !font.canDisplay(cp))
                .forEach(cp -> missing.add(new String(Character.toChars(cp))));
        assertThat(missing).as("characters missing from %s", fontPath).isEmpty();
        assertThat(text.length()).isGreaterThan(50_000);
    }

    private static String allShownText() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("assets", "demo"))) {
            files.filter(p -> p.toString().endsWith(".json")).forEach(p -> sb.append(read(p)));
        }
        sb.append(read(Path.of("src/main/resources/cn/gongkai/kiosk/ui/messages.properties")));
        return sb.toString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
