package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.domain.Beneficiary;
import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.InfoTable;
import cn.gongkai.kiosk.domain.Labelled;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.Scope;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Writes domain records in the feed's JSON form (the inverse of {@link RecordParser}). The
 * publisher writes what it has checked and masked, never the raw input, so personal data leaves
 * the county already de-identified. Field order and set order are fixed, so the same records
 * always give the same bytes and the same object hashes.
 */
public final class RecordWriter {
    private RecordWriter() {
    }

    /** A domain table object: {@code {"domain": ..., "items": [...]}} in the given order. */
    public static JsonObject catalogTable(String domain, List<CatalogItem> items) {
        JsonObject o = new JsonObject();
        o.addProperty("domain", domain);
        JsonArray a = new JsonArray();
        items.forEach(i -> a.add(catalogItem(i)));
        o.add("items", a);
        return o;
    }

    public static JsonObject catalogItem(CatalogItem i) {
        JsonObject o = new JsonObject();
        o.addProperty("id", i.id());
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

    public static JsonObject policy(Policy p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", p.id());
        o.addProperty("title", p.title());
        o.addProperty("docNumber", p.docNumber());
        o.addProperty("issuer", p.issuer());
        o.addProperty("issued", date(p.issued()));
        o.addProperty("effective", date(p.effective()));
        o.addProperty("expires", date(p.expires()));
        o.addProperty("domain", p.domain());
        o.addProperty("summary", p.summary());
        o.addProperty("body", p.body());
        o.addProperty("interpretation", p.interpretation());
        JsonArray points = new JsonArray();
        for (Policy.KeyPoint k : p.keyPoints()) {
            JsonObject ko = new JsonObject();
            ko.addProperty("title", k.title());
            ko.addProperty("text", k.text());
            points.add(ko);
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

    public static JsonObject fund(FundDisclosure f) {
        JsonObject o = new JsonObject();
        o.addProperty("id", f.id());
        o.addProperty("project", f.project());
        o.addProperty("projectCode", f.projectCode());
        o.addProperty("domain", f.domain());
        o.addProperty("fundSource", f.fundSource());
        o.addProperty("sourceDocNumber", f.sourceDocNumber());
        JsonObject amounts = new JsonObject();
        amounts.addProperty("central", money(f.amounts().central()));
        amounts.addProperty("provincial", money(f.amounts().provincial()));
        amounts.addProperty("municipal", money(f.amounts().municipal()));
        amounts.addProperty("county", money(f.amounts().county()));
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
            bo.addProperty("amount", money(b.amountYuan()));
            bo.addProperty("note", b.note());
            list.add(bo);
        }
        o.add("beneficiaries", list);
        o.addProperty("period", f.period());
        o.addProperty("startDate", date(f.startDate()));
        o.addProperty("published", date(f.published()));
        o.addProperty("postedUntil", date(f.postedUntil()));
        o.addProperty("complaintsPhone", f.complaintsPhone());
        o.addProperty("description", f.description());
        o.add("scope", scope(f.scope()));
        return o;
    }

    public static JsonObject notice(Notice n) {
        JsonObject o = new JsonObject();
        o.addProperty("id", n.id());
        o.addProperty("title", n.title());
        o.addProperty("category", n.category());
        o.addProperty("body", n.body());
        o.addProperty("issuer", n.issuer());
        o.addProperty("published", date(n.published()));
        o.addProperty("validFrom", date(n.validFrom()));
        o.addProperty("validUntil", date(n.validUntil()));
        o.addProperty("urgent", n.urgent());
        o.add("scope", scope(n.scope()));
        if (!n.images().isEmpty()) {
            o.add("images", strings(n.images())); // absent when none: feeds without pictures stay as they were
        }
        return o;
    }

    /** A broadcast schedule entry; exactly one of {@code times} and {@code every} is non-null. */
    public static JsonObject broadcast(BroadcastEntry b) {
        JsonObject o = new JsonObject();
        o.addProperty("id", b.id());
        o.addProperty("title", b.title());
        o.addProperty("text", b.text());
        o.addProperty("audio", b.hasAudio() ? b.audio() : null);
        if (b.schedule() instanceof BroadcastEntry.Times t) {
            o.add("times", strings(t.times().stream().map(RecordWriter::time).toList()));
            o.add("every", com.google.gson.JsonNull.INSTANCE);
        } else {
            BroadcastEntry.Every e = (BroadcastEntry.Every) b.schedule();
            o.add("times", com.google.gson.JsonNull.INSTANCE);
            JsonObject every = new JsonObject();
            every.addProperty("minutes", e.minutes());
            every.addProperty("start", time(e.start()));
            every.addProperty("end", time(e.end()));
            o.add("every", every);
        }
        o.add("days", strings(b.dayKeys()));
        o.addProperty("validFrom", date(b.validFrom()));
        o.addProperty("validUntil", date(b.validUntil()));
        o.addProperty("priority", b.priority().key());
        o.addProperty("chime", b.chime());
        o.addProperty("repeat", b.repeat());
        o.add("scope", scope(b.scope()));
        return o;
    }

    /** HH:MM (the schedule's times are whole minutes). */
    private static String time(java.time.LocalTime t) {
        return t.toString();
    }

    private static JsonObject scope(Scope s) {
        JsonObject o = new JsonObject();
        o.addProperty("level", s.level().key());
        o.addProperty("region", s.region().digits());
        return o;
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /** Sets are written in declaration order, so the bytes do not depend on hash iteration. */
    private static <E extends Enum<E> & Labelled> JsonArray labels(Collection<E> values) {
        return strings(values.stream().sorted(Comparator.naturalOrder()).map(Labelled::label).toList());
    }

    /** Money as a string: BigDecimal written exactly, never as a binary floating-point number. */
    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
