package cn.gongkai.kiosk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A notice (通知, 公告, 公示) with the period in which it is in force.
 *
 * @param validUntil null when the notice has no end date
 */
public record Notice(
        String id,
        String title,
        String category,
        String body,
        String issuer,
        LocalDate published,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean urgent,
        Scope scope) {

    public Notice {
        Text.requireId(id);
        title = Text.require(title, "title");
        category = Text.optional(category).isEmpty() ? "通知" : category.strip();
        body = Text.require(body, "body");
        issuer = Text.require(issuer, "issuer");
        Objects.requireNonNull(published, "published");
        validFrom = validFrom == null ? published : validFrom;
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil: " + validUntil + " is before validFrom " + validFrom);
        }
        Objects.requireNonNull(scope, "scope");
    }

    /** In force on {@code day}: from validFrom through validUntil, both inclusive. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
