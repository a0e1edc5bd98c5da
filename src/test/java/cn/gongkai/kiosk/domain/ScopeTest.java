package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopeTest {
    private static final RegionCode KIOSK = RegionCode.of("360123102");

    @Test
    void villageLevelNeedsTwelveDigits() {
        assertThatThrownBy(() -> Scope.of(PublisherLevel.VILLAGE, "360123102"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12-digit");
        assertThatThrownBy(() -> Scope.of(PublisherLevel.VILLAGE, "360123"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Scope.of(PublisherLevel.VILLAGE, "360123102201").region().digits()).isEqualTo("360123102201");
    }

    @Test
    void townshipLevelNeedsAtLeastNineDigits() {
        assertThatThrownBy(() -> Scope.of(PublisherLevel.TOWNSHIP, "360123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9-digit");
        assertThat(Scope.of(PublisherLevel.TOWNSHIP, "360123102").level()).isEqualTo(PublisherLevel.TOWNSHIP);
    }

    @Test
    void countyAndDepartmentAcceptACountyCode() {
        assertThat(Scope.of(PublisherLevel.COUNTY, "360123").region()).isEqualTo(RegionCode.of("360123"));
        assertThat(Scope.of(PublisherLevel.DEPARTMENT, "360123").level()).isEqualTo(PublisherLevel.DEPARTMENT);
    }

    @Test
    void nullPartsAndBadCodesAreRejected() {
        assertThatThrownBy(() -> new Scope(null, KIOSK)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Scope(PublisherLevel.COUNTY, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Scope.of(PublisherLevel.COUNTY, "36012")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void visibleInFollowsRegionOverlap() {
        assertThat(Scope.of(PublisherLevel.COUNTY, "360123").visibleIn(KIOSK)).isTrue();
        assertThat(Scope.of(PublisherLevel.TOWNSHIP, "360123102").visibleIn(KIOSK)).isTrue();
        assertThat(Scope.of(PublisherLevel.VILLAGE, "360123102201").visibleIn(KIOSK)).isTrue();
        assertThat(Scope.of(PublisherLevel.TOWNSHIP, "360123101").visibleIn(KIOSK)).isFalse();
        assertThat(Scope.of(PublisherLevel.COUNTY, "360124").visibleIn(KIOSK)).isFalse();
    }

    @Test
    void publisherLevelKeysRoundTrip() {
        for (PublisherLevel level : PublisherLevel.values()) {
            assertThat(PublisherLevel.fromKey(level.key())).isEqualTo(level);
        }
        assertThat(PublisherLevel.TOWNSHIP.key()).isEqualTo("township");
        assertThatThrownBy(() -> PublisherLevel.fromKey("province"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("province");
    }
}
