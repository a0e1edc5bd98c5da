package cn.gongkai.kiosk.domain;

import java.math.BigDecimal;

/**
 * One line of a subsidy list (一卡通 list). The constructor masks the personal fields, so an
 * instance never holds a full name, ID or bank number, whatever the source sent.
 *
 * @param amountYuan amount paid, in 元
 */
public record Beneficiary(String name, String idNumber, String bankAccount, String village,
                          BigDecimal amountYuan, String note) {
    public Beneficiary {
        name = Masking.name(Text.require(name, "beneficiary.name"));
        idNumber = Masking.idNumber(idNumber);
        bankAccount = Masking.bankAccount(bankAccount);
        village = Masking.freeText(Text.optional(village));
        if (amountYuan == null || amountYuan.signum() < 0) {
            throw new IllegalArgumentException("beneficiary.amount: must be zero or more");
        }
        note = Masking.freeText(Text.optional(note));
    }
}
