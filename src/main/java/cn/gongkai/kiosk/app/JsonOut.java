package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.domain.Beneficiary;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.InfoTable;
import cn.gongkai.kiosk.domain.Labelled;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.Scope;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The command line's JSON: built field by field so the order and names never change by accident
 * (docs/cli-json.md documents them). Records use the same field names as the bundle format.
 */
final class JsonOut {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private JsonOut() {
    }

    static String print(JsonElement e) {
        return GSON.toJson(e);
    }

    static JsonObject catalogItem(CatalogItem i) {
        JsonObject o = new JsonObject();
        o.addProperty("id", i.id());
        o.addProperty("domain", i.domain());
        o.addProperty("level1", i.level1());
        o.addProperty("level2", i.level2());
        o.addProperty("content", i.content());
        o.addProperty("basis", i.basis());
        o.addProperty("deadline", i.deadline());
        o.addProperty("subject", i.subject());
        o.add("channels", strings(i.channels()));
        o.addProperty("audience", i.audience().label());
        o.addProperty("manner", i.manner().label());
        o.add("levels", labels(i.levels()));
        o.add("fivePublic", labels(i.fivePublic()));
        o.add("scope", scope(i.scope()));
        return o;
    }

    static JsonObject policy(Policy p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", p.id());
        o.addProperty("title", p.title());
        o.addProperty("docNumber", p.docNumber());
        o.addProperty("issuer", p.issuer());
        o.add("issued", date(p.issued()));
        o.add("effective", date(p.effective()));
        o.add("expires", date(p.expires()));
        o.addProperty("domain", p.domain());
        o.addProperty("summary", p.summary());
        o.addProperty("body", p.body());
        o.addProperty("interpretation", p.interpretation());
        JsonArray points = new JsonArray();
        for (Policy.KeyPoint k : p.keyPoints()) {
            JsonObject kp = new JsonObject();
            kp.addProperty("title", k.title());
            kp.addProperty("text", k.text());
            points.add(kp);
        }
        o.add("keyPoints", points);
        JsonArray tables = new JsonArray();
        for (InfoTable t : p.tables()) {
            JsonObject to = new JsonObject();
            to.addProperty("title", t.title());
            to.add("columns", strings(t.columns()));
            JsonArray rows = new JsonArray();
            t.rows().forEach(r -> rows.add(strings(r)));
            to.add("rows", rows);
            tables.add(to);
        }
        o.add("tables", tables);
        o.add("scope", scope(p.scope()));
        return o;
    }

    static JsonObject fund(FundDisclosure f) {
        JsonObject o = new JsonObject();
        o.addProperty("id", f.id());
        o.addProperty("project", f.project());
        o.addProperty("projectCode", f.projectCode());
        o.addProperty("domain", f.domain());
        o.addProperty("fundSource", f.fundSource());
        o.addProperty("sourceDocNumber", f.sourceDocNumber());
        JsonObject amounts = new JsonObject();
        amounts.addProperty("central", f.amounts().central());
        amounts.addProperty("provincial", f.amounts().provincial());
        amounts.addProperty("municipal", f.amounts().municipal());
        amounts.addProperty("county", f.amounts().county());
        amounts.addProperty("total", f.amounts().total());
        o.add("amounts", amounts);
        o.addProperty("responsibleUnit", f.responsibleUnit());
        o.addProperty("beneficiarySummary", f.beneficiarySummary());
        JsonArray list = new JsonArray();
        for (Beneficiary b : f.beneficiaries()) {
            JsonObject bo = new JsonObject();
            bo.addProperty("name", b.name());
            bo.addProperty("idNumber", b.idNumber());
            bo.addProperty("bankAccount", b.bankAccount());
            bo.addProperty("village", b.village());
            bo.addProperty("amount", b.amountYuan());
            bo.addProperty("note", b.note());
            list.add(bo);
        }
        o.add("beneficiaries", list);
        o.addProperty("period", f.period());
        o.add("startDate", date(f.startDate()));
        o.add("published", date(f.published()));
        o.add("postedUntil", date(f.postedUntil()));
        o.addProperty("complaintsPhone", f.complaintsPhone());
        o.addProperty("description", f.description());
        o.add("scope", scope(f.scope()));
        return o;
    }

    static JsonObject notice(Notice n) {
        JsonObject o = new JsonObject();
        o.addProperty("id", n.id());
        o.addProperty("title", n.title());
        o.addProperty("category", n.category());
        o.addProperty("body", n.body());
        o.addProperty("issuer", n.issuer());
        o.add("published", date(n.published()));
        o.add("validFrom", date(n.validFrom()));
        o.add("validUntil", date(n.validUntil()));
        o.addProperty("urgent", n.urgent());
        o.add("scope", scope(n.scope()));
        return o;
    }

    static JsonObject scope(Scope s) {
        JsonObject o = new JsonObject();
        o.addProperty("level", s.level().key());
        o.addProperty("region", s.region().digits());
        return o;
    }

    static JsonArray strings(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static <E extends Enum<E> & Labelled> JsonArray labels(Collection<E> values) {
        JsonArray a = new JsonArray();
        values.stream().sorted().map(Labelled::label).forEach(a::add);
        return a;
    }

    private static JsonElement date(LocalDate d) {
        return d == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(d.toString());
    }
}
