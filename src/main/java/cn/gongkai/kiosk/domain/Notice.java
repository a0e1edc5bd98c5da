package cn.gongkai.kiosk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A notice (通知, 公告, 公示) with the period in which it is in force.
 *
 * @param validUntil null when the notice has no end date
 * @param images     pictures shown under the text (a photo of a posted sheet): media names of the
 *                   feed, or local-media/... for those staff attached on the kiosk; at most 9
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
        Scope scope,
        List<String> images) {
    public static final int MAX_IMAGES = 9;

    public Notice(String id, String title, String category, String body, String issuer, LocalDate published,
                  LocalDate validFrom, LocalDate validUntil, boolean urgent, Scope scope) {
        this(id, title, category, body, issuer, published, validFrom, validUntil, urgent, scope, List.of());
    }

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
        images = images == null ? List.of() : List.copyOf(images);
        if (images.size() > MAX_IMAGES) {
            throw new IllegalArgumentException("images: at most " + MAX_IMAGES + ", got " + images.size());
        }
        for (String image : images) {
            Text.requireMediaName(image, "images", "media/360123102/公示栏.jpg");
        }
    }

    /** In force on {@code day}: from validFrom through validUntil, both inclusive. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
