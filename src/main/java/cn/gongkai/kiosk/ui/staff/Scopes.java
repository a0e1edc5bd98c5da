package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.UiContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where staff publish: the township itself, or one of its villages (kiosk.json "villages"). */
final class Scopes {
    private Scopes() {
    }

    /** The choices in order: 本镇, then each village by name. */
    static List<String> labels(UiContext ctx) {
        List<String> out = new ArrayList<>();
        out.add(Msg.get("form.scope.township"));
        out.addAll(ctx.config().villages().values());
        return out;
    }

    /** The scope of choice {@code index} of {@link #labels}. */
    static Scope of(UiContext ctx, int index) {
        if (index <= 0) {
            return ctx.local().townshipScope();
        }
        List<Map.Entry<String, String>> villages = new ArrayList<>(ctx.config().villages().entrySet());
        return Scope.of(PublisherLevel.VILLAGE, villages.get(Math.min(index, villages.size()) - 1).getKey());
    }

    /** The choice index of {@code scope} (0 for the township, or for a village not configured). */
    static int indexOf(UiContext ctx, Scope scope) {
        List<String> codes = new ArrayList<>(ctx.config().villages().keySet());
        int i = codes.indexOf(scope.region().digits());
        return i < 0 ? 0 : i + 1;
    }
}
