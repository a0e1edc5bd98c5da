package cn.gongkai.kiosk.feed;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/** The one way feed files are written: pretty, UTF-8 characters kept as they are, a final newline. */
public final class FeedJson {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeNulls().create();

    private FeedJson() {
    }

    public static String pretty(JsonElement e) {
        return GSON.toJson(e) + "\n";
    }
}
