package cn.gongkai.kiosk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A policy document released with its interpretation (三同步): the text, a plain-language
 * interpretation, key points (划重点) and graphic interpretation as tables.
 *
 * @param expires null when the policy has no end date
 */
public record Policy(
        String id,
        String title,
        String docNumber,
        String issuer,
        LocalDate issued,
        LocalDate effective,
        LocalDate expires,
        String domain,
        String summary,
        String body,
        String interpretation,
        List<KeyPoint> keyPoints,
        List<InfoTable> tables,
        Scope scope) {

    public Policy {
        Text.requireId(id);
        title = Text.require(title, "title");
        docNumber = Text.optional(docNumber);
        issuer = Text.require(issuer, "issuer");
        Objects.requireNonNull(issued, "issued");
        effective = effective == null ? issued : effective;
        domain = Text.optional(domain);
        summary = Text.optional(summary);
        body = Text.require(body, "body");
        interpretation = Text.optional(interpretation);
        keyPoints = List.copyOf(keyPoints);
        tables = List.copyOf(tables);
        Objects.requireNonNull(scope, "scope");
    }

    /** One 划重点 entry: a short headline and the plain explanation under it. */
    public record KeyPoint(String title, String text) {
        public KeyPoint {
            title = Text.require(title, "keyPoint.title");
            text = Text.optional(text);
        }
    }
}
