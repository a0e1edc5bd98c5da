package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A township or village catalog item with every element of the standard catalog. */
final class CatalogFormScreen extends RecordForm {
    /** The village-affairs domains and those a township most often adds to. */
    static final List<String> DOMAINS = List.of("村务", "财务", "党务", "政务", "社会救助", "涉农补贴");

    private final CatalogItem editing;

    CatalogFormScreen(UiContext ctx, Navigator nav, StaffSession session, CatalogItem editing) {
        super(ctx, nav, session, "screen-catalog-form", Msg.get(editing == null ? "form.newCatalog" : "form.edit"));
        this.editing = editing;
        choice("domain", Msg.get("form.catalog.domain"), DOMAINS, 0);
        choice("scope", Msg.get("form.scope"), Scopes.labels(ctx), 0);
        text("level1", Msg.get("form.catalog.level1"), true, Msg.get("form.catalog.level1.prompt"));
        text("level2", Msg.get("form.catalog.level2"), true, Msg.get("form.catalog.level2.prompt"));
        area("content", Msg.get("form.catalog.content"), true, "");
        text("basis", Msg.get("form.catalog.basis"), true, "《中华人民共和国村民委员会组织法》");
        text("deadline", Msg.get("form.catalog.deadline"), true, "信息形成之日起20个工作日内");
        text("subject", Msg.get("form.catalog.subject"), true, Msg.get("form.catalog.subject.prompt"));
        text("channels", Msg.get("form.catalog.channels"), true, "村务公开栏 政务公开一体机");
        choice("audience", Msg.get("form.catalog.audience"), List.of("全社会", "特定群体"), 0);
        choice("manner", Msg.get("form.catalog.manner"), List.of("主动", "依申请"), 0);
        if (editing != null) {
            choose("scope", Scopes.indexOf(ctx, editing.scope()));
            choose("domain", Math.max(0, DOMAINS.indexOf(editing.domain())));
            set("level1", editing.level1());
            set("level2", editing.level2());
            set("content", editing.content());
            set("basis", editing.basis());
            set("deadline", editing.deadline());
            set("subject", editing.subject());
            set("channels", String.join(" ", editing.channels()));
            choose("audience", editing.audience() == CatalogItem.Audience.PUBLIC ? 0 : 1);
            choose("manner", editing.manner() == CatalogItem.Manner.PROACTIVE ? 0 : 1);
        }
    }

    @Override
    protected Object build() {
        String domain = Domains.byName(DOMAINS.get(chosen("domain"))).orElseThrow().name();
        List<String> channels = List.of(value("channels").split("[\\s,，、；;]+"));
        cn.gongkai.kiosk.domain.Scope scope = Scopes.of(ctx, chosen("scope"));
        Set<CatalogItem.CatalogLevel> levels = EnumSet.of(scope.level() == cn.gongkai.kiosk.domain.PublisherLevel.VILLAGE
                ? CatalogItem.CatalogLevel.VILLAGE : CatalogItem.CatalogLevel.TOWNSHIP);
        String id = editing != null ? editing.id() : ctx.local().newId(LocalContentDao.Kind.CATALOG);
        return new CatalogItem(id, domain, value("level1"), value("level2"),
                value("content"), value("basis"), value("deadline"), value("subject"), channels,
                chosen("audience") == 0 ? CatalogItem.Audience.PUBLIC : CatalogItem.Audience.SPECIFIC_GROUP,
                chosen("manner") == 0 ? CatalogItem.Manner.PROACTIVE : CatalogItem.Manner.ON_APPLICATION,
                levels, Set.of(), scope);
    }
}
