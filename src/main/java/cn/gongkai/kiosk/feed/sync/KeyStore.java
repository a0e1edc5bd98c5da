package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.util.StrictJson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The keys a kiosk trusts after following rotations, as kept in the feed_state row. */
final class KeyStore {
    private KeyStore() {
    }

    static String toJson(List<FeedKeys.TrustedKey> keys) {
        JsonArray a = new JsonArray();
        for (FeedKeys.TrustedKey k : keys) {
            JsonObject o = new JsonObject();
            o.addProperty("keyId", k.id());
            o.addProperty("publicKey", k.encoded());
            a.add(o);
        }
        return a.toString();
    }

    static List<FeedKeys.TrustedKey> fromJson(String json) throws IOException {
        List<FeedKeys.TrustedKey> out = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try {
            for (JsonElement e : StrictJson.parse(json).getAsJsonArray()) {
                out.add(FeedKeys.fromEncoded(e.getAsJsonObject().get("publicKey").getAsString()));
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }
}
