package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.domain.Beneficiary;
import cn.gongkai.kiosk.domain.FundAmounts;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A village's fund or subsidy disclosure: project, source, amount, responsible unit, and the
 * payment list, one person a line ("姓名 身份证号 银行账号 村 金额"). Names, ID and account numbers
 * are masked the moment the record is built (domain.Beneficiary): the full numbers are never
 * stored, shown or exported.
 */
final class FundFormScreen extends RecordForm {
    private final FundDisclosure editing;

    FundFormScreen(UiContext ctx, Navigator nav, StaffSession session, FundDisclosure editing) {
        super(ctx, nav, session, "screen-fund-form", Msg.get(editing == null ? "form.newFund" : "form.edit"));
        this.editing = editing;
        choice("scope", Msg.get("form.scope"), Scopes.labels(ctx), 0);
        text("project", Msg.get("form.fund.project"), true, Msg.get("form.fund.project.prompt"));
        text("source", Msg.get("form.fund.source"), true, Msg.get("form.fund.source.prompt"));
        text("doc", Msg.get("form.fund.doc"), false, "安财农〔2026〕12号");
        text("amount", Msg.get("form.fund.amount"), true, "12.5");
        text("unit", Msg.get("form.fund.unit"), true, Msg.get("form.fund.unit.prompt"));
        text("summary", Msg.get("form.fund.summary"), false, Msg.get("form.fund.summary.prompt"));
        area("list", Msg.get("form.fund.list"), false, Msg.get("form.fund.list.prompt"));
        text("phone", Msg.get("form.fund.phone"), true, "0791-8346xxxx");
        choice("domain", Msg.get("form.fund.domain"), DOMAINS, 0);
        if (editing != null) {
            choose("scope", Scopes.indexOf(ctx, editing.scope()));
            set("project", editing.project());
            set("source", editing.fundSource());
            set("doc", editing.sourceDocNumber());
            set("amount", editing.amounts().county().toPlainString());
            set("unit", editing.responsibleUnit());
            set("summary", editing.beneficiarySummary());
            set("phone", editing.complaintsPhone());
            choose("domain", Math.max(0, DOMAINS.indexOf(editing.domain())));
            // The stored list is masked: it is kept as it is unless a new one is typed.
            say(Msg.get("form.fund.keepList", editing.beneficiaries().size()));
        }
    }

    /** The domains a township's or village's funds are disclosed under. */
    static final List<String> DOMAINS = List.of("涉农补贴", "社会救助", "财务", "乡村振兴", "农村危房改造", "养老服务");

    @Override
    protected Object build() {
        BigDecimal wan;
        try {
            wan = new BigDecimal(value("amount"));
        } catch (NumberFormatException e) {
            throw new Invalid("amount", Msg.get("form.fund.amount.bad"));
        }
        if (wan.signum() < 0) {
            throw new Invalid("amount", Msg.get("form.fund.amount.bad"));
        }
        List<Beneficiary> people = new ArrayList<>();
        if (editing != null && value("list").isEmpty()) {
            people.addAll(editing.beneficiaries());
        }
        int line = 0;
        for (String row : value("list").split("\\R")) {
            line++;
            if (row.isBlank()) {
                continue;
            }
            String[] cells = row.strip().split("[\\s,，]+");
            if (cells.length < 2) {
                throw new Invalid("list", Msg.get("form.fund.list.bad", line));
            }
            try {
                BigDecimal yuan = new BigDecimal(cells[cells.length - 1]);
                String id = "";
                String bank = "";
                String village = "";
                // Between name and amount, in any order: an ID number, an account number, a village.
                for (int i = 1; i < cells.length - 1; i++) {
                    if (cells[i].matches("[0-9]{17}[0-9Xx]")) {
                        id = cells[i];
                    } else if (cells[i].matches("[0-9]{10,23}")) {
                        bank = cells[i];
                    } else {
                        village = cells[i];
                    }
                }
                people.add(new Beneficiary(cells[0], id, bank, village, yuan, ""));
            } catch (IllegalArgumentException e) {
                throw new Invalid("list", Msg.get("form.fund.list.bad", line));
            }
        }
        LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), ctx.config().timeZone());
        String id = editing != null ? editing.id() : ctx.local().newId(LocalContentDao.Kind.FUND);
        LocalDate published = editing != null ? editing.published() : today;
        return new FundDisclosure(id, value("project"), "", DOMAINS.get(chosen("domain")),
                value("source"), value("doc"), new FundAmounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, wan),
                value("unit"), value("summary"), people, "", null, published, today.plusDays(7), value("phone"), "",
                Scopes.of(ctx, chosen("scope")));
    }
}
