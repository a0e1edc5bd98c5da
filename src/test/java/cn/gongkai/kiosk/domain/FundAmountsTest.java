package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundAmountsTest {
    @Test
    void totalIsExactSumOfTiers() {
        FundAmounts a = new FundAmounts(new BigDecimal("120.5"), new BigDecimal("30.0"), BigDecimal.ZERO,
                new BigDecimal("10.2"));
        assertThat(a.total()).isEqualByComparingTo("160.7");
        FundAmounts tenths = new FundAmounts(new BigDecimal("0.1"), new BigDecimal("0.2"), null, null);
        assertThat(tenths.total()).isEqualByComparingTo("0.3");
    }

    @Test
    void byTierListsTiersInPublishingOrder() {
        FundAmounts a = new FundAmounts(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"),
                new BigDecimal("4"));
        assertThat(a.byTier()).containsExactly(
                org.assertj.core.api.Assertions.entry("中央", new BigDecimal("1")),
                org.assertj.core.api.Assertions.entry("省级", new BigDecimal("2")),
                org.assertj.core.api.Assertions.entry("市级", new BigDecimal("3")),
                org.assertj.core.api.Assertions.entry("县级", new BigDecimal("4")));
    }

    @Test
    void nullTiersAreZero() {
        FundAmounts a = new FundAmounts(null, null, null, new BigDecimal("5"));
        assertThat(a.central()).isZero();
        assertThat(a.provincial()).isZero();
        assertThat(a.municipal()).isZero();
        assertThat(a.total()).isEqualByComparingTo("5");
    }

    @Test
    void negativeTierIsRejectedNamingTheTier() {
        assertThatThrownBy(() -> new FundAmounts(BigDecimal.ONE, new BigDecimal("-0.01"), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amounts.provincial");
    }
}
