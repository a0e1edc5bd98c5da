package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Labelled;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kiosk show ID}: one record with every element, as the kiosk shows it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one catalog item, policy, fund disclosure or notice with every element.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Record id, as listed by 'kiosk catalog'.")
    String id;

    @Option(names = "--json", description = "Print JSON: {\"kind\": ..., \"record\": {...}} (see docs/cli-json.md).")
    boolean json;

    @Override
    public Integer call() throws StartupException {
        try (KioskServices s = main.openServices(main.loadConfig())) {
            PrintWriter out = spec.commandLine().getOut();
            Optional<CatalogItem> item = s.catalog().byId(id);
            Optional<Policy> policy = item.isPresent() ? Optional.empty() : s.policies().byId(id);
            Optional<FundDisclosure> fund = item.isPresent() || policy.isPresent() ? Optional.empty() : s.funds().byId(id);
            Optional<Notice> notice = item.isPresent() || policy.isPresent() || fund.isPresent()
                    ? Optional.empty() : s.notices().byId(id);
            String kind;
            JsonObject record;
            String text;
            if (item.isPresent()) {
                kind = "catalog";
                record = JsonOut.catalogItem(item.get());
                text = text(item.get());
            } else if (policy.isPresent()) {
                kind = "policy";
                record = JsonOut.policy(policy.get());
                text = text(policy.get());
            } else if (fund.isPresent()) {
                kind = "fund";
                record = JsonOut.fund(fund.get());
                text = text(fund.get());
            } else if (notice.isPresent()) {
                kind = "notice";
                record = JsonOut.notice(notice.get());
                text = text(notice.get());
            } else {
                spec.commandLine().getErr().println("kiosk: no record with id '" + id + "' on this kiosk");
                return Main.EXIT_NOT_FOUND;
            }
            if (json) {
                JsonObject o = new JsonObject();
                o.addProperty("kind", kind);
                o.add("record", record);
                out.println(JsonOut.print(o));
            } else {
                out.print(text);
            }
            out.flush();
            return 0;
        }
    }

    static String text(CatalogItem i) {
        return line("编号", i.id()) + line("领域", i.domain()) + line("一级事项", i.level1())
                + line("二级事项", i.level2()) + line("公开内容", i.content()) + line("公开依据", i.basis())
                + line("公开时限", i.deadline()) + line("公开主体", i.subject())
                + line("公开渠道和载体", String.join("、", i.channels()))
                + line("公开对象", i.audience().label()) + line("公开方式", i.manner().label())
                + line("公开层级", labels(i.levels())) + line("五公开", labels(i.fivePublic()))
                + line("发布范围", i.scope().level().label() + " " + i.scope().region());
    }

    static String text(Policy p) {
        StringBuilder sb = new StringBuilder(line("编号", p.id()) + line("标题", p.title())
                + line("文号", p.docNumber()) + line("发布机关", p.issuer()) + line("发布日期", p.issued().toString())
                + line("摘要", p.summary()));
        int n = 1;
        for (Policy.KeyPoint k : p.keyPoints()) {
            sb.append(line("划重点" + n++, k.title() + (k.text().isEmpty() ? "" : "：" + k.text())));
        }
        return sb + line("解读", p.interpretation()) + line("原文", p.body());
    }

    static String text(FundDisclosure f) {
        StringBuilder sb = new StringBuilder(line("编号", f.id()) + line("项目", f.project())
                + line("项目编码", f.projectCode()) + line("资金来源", f.fundSource()) + line("资金文号", f.sourceDocNumber())
                + line("金额（万元）", f.amounts().total().toPlainString() + "  " + f.amounts().byTier())
                + line("责任单位", f.responsibleUnit()) + line("受益对象", f.beneficiarySummary())
                + line("监督电话", f.complaintsPhone()));
        f.beneficiaries().forEach(b -> sb.append(line("发放", b.name() + " " + b.village() + " " + b.idNumber()
                + " " + b.bankAccount() + " " + b.amountYuan().toPlainString() + "元")));
        return sb.toString();
    }

    static String text(Notice n) {
        return line("编号", n.id()) + line("标题", n.title()) + line("类别", n.category() + (n.urgent() ? "（紧急）" : ""))
                + line("发布单位", n.issuer()) + line("发布日期", n.published().toString())
                + line("有效期", n.validFrom() + " 至 " + (n.validUntil() == null ? "长期" : n.validUntil().toString()))
                + line("正文", n.body());
    }

    private static String line(String label, String value) {
        return value == null || value.isEmpty() ? "" : label + "：" + value + System.lineSeparator();
    }

    private static <E extends Enum<E> & Labelled> String labels(Collection<E> values) {
        return values.stream().sorted().map(Labelled::label).collect(Collectors.joining("、"));
    }
}
