package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.feed.RecordWriter;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

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

    /** A catalog item as the feed writes it, with its domain added after the id. */
    static JsonObject catalogItem(CatalogItem i) {
        JsonObject feed = RecordWriter.catalogItem(i);
        JsonObject o = new JsonObject();
        o.add("id", feed.remove("id"));
        o.addProperty("domain", i.domain());
        feed.entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
        return o;
    }

    static JsonObject policy(Policy p) {
        return RecordWriter.policy(p);
    }

    /**
     * A fund disclosure as the feed writes it, but with amounts as JSON numbers and a total, for
     * scripts that add them up (the feed keeps them as exact decimal strings).
     */
    static JsonObject fund(FundDisclosure f) {
        JsonObject o = RecordWriter.fund(f);
        JsonObject amounts = new JsonObject();
        amounts.addProperty("central", f.amounts().central());
        amounts.addProperty("provincial", f.amounts().provincial());
        amounts.addProperty("municipal", f.amounts().municipal());
        amounts.addProperty("county", f.amounts().county());
        amounts.addProperty("total", f.amounts().total());
        o.add("amounts", amounts);
        var list = o.getAsJsonArray("beneficiaries");
        for (int n = 0; n < list.size(); n++) {
            list.get(n).getAsJsonObject().addProperty("amount", f.beneficiaries().get(n).amountYuan());
        }
        return o;
    }

    static JsonObject notice(Notice n) {
        return RecordWriter.notice(n);
    }
}
