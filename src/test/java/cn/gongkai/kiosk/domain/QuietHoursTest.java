package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    @Test
    void aSpanIncludesItsStartAndExcludesItsEnd() {
        QuietHours q = QuietHours.parse(List.of("12:00-14:00"));
        assertThat(q.contains(LocalTime.of(11, 59))).isFalse();
        assertThat(q.contains(LocalTime.of(12, 0))).isTrue();
        assertThat(q.contains(LocalTime.of(13, 59))).isTrue();
        assertThat(q.contains(LocalTime.of(14, 0))).isFalse();
    }

    @Test
    void aSpanMayCrossMidnight() {
        QuietHours q = QuietHours.parse(List.of("18:00-08:00"));
        assertThat(q.spans().get(0).crossesMidnight()).isTrue();
        assertThat(q.contains(LocalTime.of(17, 59))).isFalse();
        assertThat(q.contains(LocalTime.of(18, 0))).isTrue();
        assertThat(q.contains(LocalTime.MIDNIGHT)).isTrue();
        assertThat(q.contains(LocalTime.of(7, 59))).isTrue();
        assertThat(q.contains(LocalTime.of(8, 0))).isFalse();
    }

    @Test
    void twentyFourHundredEndsASpanAtMidnight() {
        QuietHours q = QuietHours.parse(List.of("22:00-24:00", " 00:00 - 06:00 "));
        assertThat(q.contains(LocalTime.of(23, 59))).isTrue();
        assertThat(q.contains(LocalTime.MIDNIGHT)).isTrue();
        assertThat(q.contains(LocalTime.of(6, 0))).isFalse();
        assertThat(q.contains(LocalTime.of(21, 59))).isFalse();
        assertThat(q.texts()).containsExactly("22:00-24:00", "00:00-06:00");
    }

    @Test
    void noneIsNeverQuiet() {
        assertThat(QuietHours.none().isEmpty()).isTrue();
        assertThat(QuietHours.none().contains(LocalTime.NOON)).isFalse();
    }

    @Test
    void badSpansAreRefusedWithTheText() {
        for (String bad : List.of("12-14", "12:00", "25:00-26:00", "12:60-13:00", "noon-two", "")) {
            assertThatThrownBy(() -> QuietHours.parse(List.of(bad))).as(bad).hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> QuietHours.parse(List.of("12:00-12:00"))).hasMessageContaining("empty");
    }
}
