package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MaskingTest {
    @ParameterizedTest
    @CsvSource({"张三明, 张*明", "李四, 李*", "欧阳小明, 欧**明", "' 王五 ', 王*"})
    void namesKeepFirstAndLastCharacter(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void idNumberKeepsPrefectureAndLastFour() {
        assertThat(Masking.idNumber("360123199001011234")).isEqualTo("3601**********1234");
        assertThat(Masking.idNumber("36012319650312569X")).isEqualTo("3601**********569X");
        assertThat(Masking.idNumber("360123 199001011234")).isEqualTo("3601**********1234");
    }

    @Test
    void bankAccountKeepsOnlyLastFour() {
        String masked = Masking.bankAccount("6217001234567891234");
        assertThat(masked).hasSize(19).endsWith("1234").startsWith("*");
        assertThat(masked.substring(0, 15)).matches("\\*{15}");
        assertThat(masked.replace("*", "")).isEqualTo("1234");
    }

    @Test
    void mobileKeepsThreeAndFour() {
        assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void shortNumbersStillHideAtLeastFourCharactersAndAThird() {
        assertThat(Masking.bankAccount("1234")).isEqualTo("****");
        assertThat(Masking.bankAccount("123456")).isEqualTo("****56");
        assertThat(Masking.idNumber("12345678")).isEqualTo("****5678");
        assertThat(Masking.idNumber("E12345678")).isEqualTo("E****5678");
        assertThat(Masking.idNumber("12")).isEqualTo("**");
    }

    @Test
    void numberRunsInFreeTextAreMasked() {
        assertThat(Masking.freeText("代领人张三，身份证360123199001011234，卡号6217001234567891234。"))
                .isEqualTo("代领人张三，身份证3601**********1234，卡号***************1234。");
        assertThat(Masking.freeText("监督电话0791-83421234，共512户")).isEqualTo("监督电话0791-83421234，共512户");
        assertThat(Masking.freeText("36012319900101123X")).isEqualTo("3601**********123X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三明", "李四", "欧阳小明", "王"})
    void nameMaskingIsIdempotent(String name) {
        String once = Masking.name(name);
        assertThat(Masking.name(once)).isEqualTo(once);
    }

    @ParameterizedTest
    @ValueSource(strings = {"360123199001011234", "6217001234567891234", "1234", "12", "1"})
    void numberMaskingIsIdempotent(String number) {
        String id = Masking.idNumber(number);
        assertThat(Masking.idNumber(id)).isEqualTo(id);
        String bank = Masking.bankAccount(number);
        assertThat(Masking.bankAccount(bank)).isEqualTo(bank);
        assertThat(Masking.idNumber("3601**********1234")).isEqualTo("3601**********1234");
        assertThat(Masking.bankAccount("***************1234")).isEqualTo("***************1234");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nullAndBlankBecomeEmpty(String value) {
        assertThat(Masking.name(value)).isEmpty();
        assertThat(Masking.idNumber(value)).isEmpty();
        assertThat(Masking.bankAccount(value)).isEmpty();
        assertThat(Masking.mobile(value)).isEmpty();
    }
}
