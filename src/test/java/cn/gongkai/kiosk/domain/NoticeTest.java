package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeTest {
    private static final Scope SCOPE = Scope.of(PublisherLevel.TOWNSHIP, "360123102");
    private static final LocalDate FROM = LocalDate.of(2026, 11, 20);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    private static Notice notice(LocalDate published, LocalDate from, LocalDate until) {
        return new Notice("notice-1", "停水通知", "", "正文", "石鼻镇人民政府", published, from, until, false, SCOPE);
    }

    @Test
    void inForceIncludesBothBounds() {
        Notice n = notice(FROM, FROM, UNTIL);
        assertThat(n.inForceOn(FROM.minusDays(1))).isFalse();
        assertThat(n.inForceOn(FROM)).isTrue();
        assertThat(n.inForceOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(n.inForceOn(UNTIL)).isTrue();
        assertThat(n.inForceOn(UNTIL.plusDays(1))).isFalse();
    }

    @Test
    void noEndDateMeansInForceFromStartOnwards() {
        Notice n = notice(FROM, FROM, null);
        assertThat(n.inForceOn(FROM.minusDays(1))).isFalse();
        assertThat(n.inForceOn(FROM)).isTrue();
        assertThat(n.inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void validFromDefaultsToPublishedAndCategoryToNotice() {
        Notice n = notice(FROM, null, UNTIL);
        assertThat(n.validFrom()).isEqualTo(FROM);
        assertThat(n.category()).isEqualTo("通知");
    }

    @Test
    void sameDayPeriodIsAllowed() {
        assertThat(notice(FROM, FROM, FROM).inForceOn(FROM)).isTrue();
    }

    @Test
    void validUntilBeforeValidFromIsRejected() {
        assertThatThrownBy(() -> notice(FROM, FROM, FROM.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("validUntil");
        // also when validFrom is taken from published
        assertThatThrownBy(() -> notice(FROM, null, FROM.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiredFieldsAreChecked() {
        assertThatThrownBy(() -> new Notice("n", " ", null, "b", "i", FROM, null, null, false, SCOPE))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> new Notice("n", "t", null, "", "i", FROM, null, null, false, SCOPE))
                .hasMessageContaining("body");
        assertThatThrownBy(() -> new Notice("n", "t", null, "b", "i", null, null, null, false, SCOPE))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Notice("bad id", "t", null, "b", "i", FROM, null, null, false, SCOPE))
                .hasMessageContaining("id");
    }
}
