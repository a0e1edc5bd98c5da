package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import com.google.gson.JsonObject;

/**
 * One record as JSON in the feed's record format, for what keeps single records outside a
 * bundle: the staff console's revisions and the kiosk's export to the county. A catalog item
 * carries its domain (in a bundle the domain table does).
 */
public final class RecordJson {
    /**
     * Ids of records staff create on a kiosk start with this; a feed bundle may not use it (its
     * records would collide with a kiosk's own, which a sync must never touch).
     */
    public static final String LOCAL_ID_PREFIX = "local-";

    private RecordJson() {
    }

    public static JsonObject write(Object record) {
        if (record instanceof CatalogItem i) {
            JsonObject o = RecordWriter.catalogItem(i);
            o.addProperty("domain", i.domain());
            return o;
        }
        if (record instanceof Notice n) {
            return RecordWriter.notice(n);
        }
        if (record instanceof FundDisclosure f) {
            return RecordWriter.fund(f);
        }
        if (record instanceof BroadcastEntry b) {
            return RecordWriter.broadcast(b);
        }
        throw new IllegalArgumentException("not a local record kind: " + record.getClass().getSimpleName());
    }

    /** Reads a record written by {@link #write}; IllegalArgumentException when it is not valid. */
    public static <T> T read(Class<T> type, JsonObject o) {
        JsonFields f = new JsonFields(o);
        Object r;
        if (type == CatalogItem.class) {
            String domain = f.requiredString("domain");
            r = RecordParser.catalogItem(Domains.byName(domain)
                    .orElseThrow(() -> new IllegalArgumentException("domain: not a known domain: " + domain)).name(), f);
        } else if (type == Notice.class) {
            r = RecordParser.notice(f);
        } else if (type == FundDisclosure.class) {
            r = RecordParser.fund(f);
        } else if (type == BroadcastEntry.class) {
            r = RecordParser.broadcast(f);
        } else {
            throw new IllegalArgumentException("not a local record kind: " + type.getSimpleName());
        }
        return type.cast(r);
    }
}
