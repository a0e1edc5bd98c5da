package cn.gongkai.kiosk.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A whole set of content as one source delivers it: what a feed version or the demo bundle holds. */
public record ContentSet(List<CatalogItem> catalog, List<Policy> policies, List<FundDisclosure> funds,
                         List<Notice> notices, List<BroadcastEntry> broadcasts) {
    public ContentSet {
        catalog = List.copyOf(catalog);
        policies = List.copyOf(policies);
        funds = List.copyOf(funds);
        notices = List.copyOf(notices);
        broadcasts = List.copyOf(broadcasts);
    }

    /** Counts per kind, in a stable order, for status output and logs. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("catalog", catalog.size());
        m.put("policies", policies.size());
        m.put("funds", funds.size());
        m.put("notices", notices.size());
        m.put("broadcasts", broadcasts.size());
        return m;
    }
}
