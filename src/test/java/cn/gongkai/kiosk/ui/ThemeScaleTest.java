package cn.gongkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Standard text grows with the panel, so a 1080p kiosk reads like the 800 px development window. */
class ThemeScaleTest {
    @ParameterizedTest
    @CsvSource({"600, 20", "800, 20", "900, 20", "1080, 24", "1200, 27", "2160, 28"})
    void rootFontFollowsScreenHeightWithinBounds(double height, long px) {
        assertThat(Theme.rootFontPx(height)).isEqualTo(px);
    }
}
