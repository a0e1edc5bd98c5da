package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {
    private static final RegionCode COUNTY = RegionCode.of("360123");
    private static final RegionCode TOWNSHIP = RegionCode.of("360123102");
    private static final RegionCode OWN_VILLAGE = RegionCode.of("360123102201");
    private static final RegionCode SIBLING_TOWNSHIP = RegionCode.of("360123101");
    private static final RegionCode OTHER_COUNTY = RegionCode.of("360124");

    @ParameterizedTest
    @ValueSource(strings = {"360123", "360123102", "360123102201", "000000"})
    void acceptsSixNineAndTwelveDigits(String text) {
        assertThat(RegionCode.isValid(text)).isTrue();
        assertThat(RegionCode.of(text).digits()).isEqualTo(text);
        assertThat(RegionCode.of(text)).hasToString(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"36012", "3601231", "36012310", "3601231020", "36012310220", "3601231022011",
            "36012a", "36012310 ", " 360123", "３６０１２３", "-36012", "360123102201360"})
    void rejectsOtherLengthsAndNonDigits(String text) {
        assertThat(RegionCode.isValid(text)).isFalse();
        assertThatThrownBy(() -> RegionCode.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6, 9 or 12 digits");
    }

    @Test
    void levelFollowsLength() {
        assertThat(COUNTY.level()).isEqualTo(RegionCode.RegionLevel.COUNTY);
        assertThat(TOWNSHIP.level()).isEqualTo(RegionCode.RegionLevel.TOWNSHIP);
        assertThat(OWN_VILLAGE.level()).isEqualTo(RegionCode.RegionLevel.VILLAGE);
        assertThat(OWN_VILLAGE.county()).isEqualTo(COUNTY);
    }

    @Test
    void containsIsAPrefixTestDownwardsOnly() {
        assertThat(COUNTY.contains(TOWNSHIP)).isTrue();
        assertThat(COUNTY.contains(OWN_VILLAGE)).isTrue();
        assertThat(TOWNSHIP.contains(OWN_VILLAGE)).isTrue();
        assertThat(TOWNSHIP.contains(TOWNSHIP)).isTrue();
        assertThat(TOWNSHIP.contains(COUNTY)).isFalse();
        assertThat(OWN_VILLAGE.contains(TOWNSHIP)).isFalse();
        assertThat(TOWNSHIP.contains(SIBLING_TOWNSHIP)).isFalse();
    }

    @Test
    void countyRecordIsVisibleInTownshipKiosk() {
        assertThat(TOWNSHIP.overlaps(COUNTY)).isTrue();
    }

    @Test
    void villageRecordIsVisibleToItsTownship() {
        assertThat(TOWNSHIP.overlaps(OWN_VILLAGE)).isTrue();
        assertThat(OWN_VILLAGE.overlaps(TOWNSHIP)).isTrue();
    }

    @Test
    void siblingTownshipAndOtherCountyAreNotVisible() {
        assertThat(TOWNSHIP.overlaps(SIBLING_TOWNSHIP)).isFalse();
        assertThat(TOWNSHIP.overlaps(RegionCode.of("360123101201"))).isFalse();
        assertThat(TOWNSHIP.overlaps(OTHER_COUNTY)).isFalse();
        assertThat(TOWNSHIP.overlaps(RegionCode.of("360124102"))).isFalse();
        assertThat(OWN_VILLAGE.overlaps(RegionCode.of("360123102202"))).isFalse();
    }

    @Test
    void equalityAndOrderingAreByDigits() {
        assertThat(RegionCode.of("360123102")).isEqualTo(TOWNSHIP).hasSameHashCodeAs(TOWNSHIP);
        assertThat(TOWNSHIP).isNotEqualTo(COUNTY);
        assertThat(COUNTY.compareTo(TOWNSHIP)).isNegative();
        assertThat(SIBLING_TOWNSHIP.compareTo(TOWNSHIP)).isNegative();
    }

    @org.junit.jupiter.api.Test
    void officialTwelveDigitPaddingMeansTheSameRegion() {
        assertThat(RegionCode.of("360123000000")).isEqualTo(RegionCode.of("360123"));
        assertThat(RegionCode.of("360123102000")).isEqualTo(RegionCode.of("360123102"));
        assertThat(RegionCode.of("360123102201").digits()).isEqualTo("360123102201");
        assertThat(RegionCode.of("360123102").overlaps(RegionCode.of("360123000000"))).isTrue();
    }
}
