package cn.gongkai.kiosk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A direct-fund (财政直达资金) or subsidy disclosure: what the money is for, where it comes from,
 * who is responsible, who benefits and whom to call with a complaint.
 *
 * @param postedUntil end of the posting (公示) period, null when open-ended
 */
public record FundDisclosure(
        String id,
        String project,
        String projectCode,
        String domain,
        String fundSource,
        String sourceDocNumber,
        FundAmounts amounts,
        String responsibleUnit,
        String beneficiarySummary,
        List<Beneficiary> beneficiaries,
        String period,
        LocalDate startDate,
        LocalDate published,
        LocalDate postedUntil,
        String complaintsPhone,
        String description,
        Scope scope) {

    public FundDisclosure {
        Text.requireId(id);
        project = Text.require(project, "project");
        projectCode = Text.optional(projectCode);
        domain = Text.optional(domain);
        fundSource = Text.require(fundSource, "fundSource");
        sourceDocNumber = Text.optional(sourceDocNumber);
        Objects.requireNonNull(amounts, "amounts");
        responsibleUnit = Text.require(responsibleUnit, "responsibleUnit");
        beneficiarySummary = Masking.freeText(Text.optional(beneficiarySummary));
        beneficiaries = List.copyOf(beneficiaries);
        period = Text.optional(period);
        Objects.requireNonNull(published, "published");
        complaintsPhone = Text.require(complaintsPhone, "complaintsPhone");
        description = Masking.freeText(Text.optional(description));
        Objects.requireNonNull(scope, "scope");
    }
}
