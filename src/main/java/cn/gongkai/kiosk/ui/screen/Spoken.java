package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.ui.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * What each content screen reads aloud: the same facts as on screen, in the order a person
 * would read them out, with the headings spoken. Payment lists are never read (personal data,
 * even masked, is not for the whole hall to hear).
 */
final class Spoken {
    private Spoken() {
    }

    static String item(CatalogItem i) {
        return join(i.level2(),
                Msg.get("element.content") + "：" + i.content(),
                Msg.get("element.basis") + "：" + i.basis(),
                Msg.get("element.deadline") + "：" + i.deadline(),
                Msg.get("element.subject") + "：" + i.subject(),
                Msg.get("element.channels") + "：" + String.join("、", i.channels()));
    }

    static String policy(Policy p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.title());
        if (!p.docNumber().isBlank()) {
            parts.add(p.issuer() + "，" + p.docNumber());
        }
        if (!p.summary().isBlank()) {
            parts.add(p.summary());
        }
        if (!p.keyPoints().isEmpty()) {
            parts.add(Msg.get("policy.keyPoints"));
            p.keyPoints().forEach(k -> parts.add(k.title() + "。" + k.text()));
        }
        if (!p.interpretation().isBlank()) {
            parts.add(Msg.get("policy.interpretation") + "。" + p.interpretation());
        }
        parts.add(Msg.get("policy.body") + "。" + p.body());
        return join(parts.toArray(String[]::new));
    }

    static String fund(FundDisclosure f) {
        return join(f.project(),
                Msg.get("fund.meta.source") + "：" + f.fundSource() + " " + f.sourceDocNumber(),
                Msg.get("fund.total", f.amounts().total().stripTrailingZeros().toPlainString()),
                Msg.get("fund.meta.unit") + "：" + f.responsibleUnit(),
                f.beneficiarySummary(),
                f.description(),
                Msg.get("fund.meta.phone") + "：" + f.complaintsPhone());
    }

    static String notice(Notice n) {
        return join(n.title(), n.body(), n.issuer() + "，" + Msg.date(n.published()));
    }

    /** Joins parts as sentences, adding a full stop where a part does not end with one. */
    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) {
                continue;
            }
            String t = p.strip();
            b.append(t);
            if (!t.matches("(?s).*[。！？；.!?]$")) {
                b.append("。");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
