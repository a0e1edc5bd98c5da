package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BeneficiaryTest {
    @Test
    void constructorMasksPersonalFields() {
        Beneficiary b = new Beneficiary("张三明", "360123199001011234", "6217001234567891234", " 石鼻村 ",
                new BigDecimal("1234.50"), null);
        assertThat(b.name()).isEqualTo("张*明");
        assertThat(b.idNumber()).isEqualTo("3601**********1234");
        assertThat(b.bankAccount()).isEqualTo("***************1234");
        assertThat(b.village()).isEqualTo("石鼻村");
        assertThat(b.note()).isEmpty();
        assertThat(b.amountYuan()).isEqualByComparingTo("1234.5");
        assertThat(b.toString()).doesNotContain("360123199001011234", "6217001234567891234", "张三明");
    }

    @Test
    void alreadyMaskedInputStaysTheSame() {
        Beneficiary b = new Beneficiary("张*明", "3601**********1234", "***************1234", "", BigDecimal.ONE, "");
        Beneficiary again = new Beneficiary(b.name(), b.idNumber(), b.bankAccount(), b.village(), b.amountYuan(),
                b.note());
        assertThat(again).isEqualTo(b);
        assertThat(again.idNumber()).isEqualTo("3601**********1234");
    }

    @Test
    void missingNumbersBecomeEmpty() {
        Beneficiary b = new Beneficiary("李四", null, "  ", null, BigDecimal.ZERO, null);
        assertThat(b.name()).isEqualTo("李*");
        assertThat(b.idNumber()).isEmpty();
        assertThat(b.bankAccount()).isEmpty();
    }

    @Test
    void requiresNameAndNonNegativeAmount() {
        assertThatThrownBy(() -> new Beneficiary(" ", "", "", "", BigDecimal.ONE, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beneficiary.name");
        assertThatThrownBy(() -> new Beneficiary("张三", "", "", "", new BigDecimal("-1"), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> new Beneficiary("张三", "", "", "", null, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
