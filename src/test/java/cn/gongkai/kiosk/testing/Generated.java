package cn.gongkai.kiosk.testing;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.CatalogItem.Audience;
import cn.gongkai.kiosk.domain.CatalogItem.CatalogLevel;
import cn.gongkai.kiosk.domain.CatalogItem.FivePublic;
import cn.gongkai.kiosk.domain.CatalogItem.Manner;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Generated catalog content of realistic shape, for volume tests. */
public final class Generated {
    private Generated() {
    }

    /** {@code n} items under one domain and one level-1 item, in the given region. */
    public static ContentSet oneLongList(int n, String domain, String level1, String region) {
        List<CatalogItem> items = new ArrayList<>(n);
        Scope scope = Scope.of(region.length() == 6 ? PublisherLevel.COUNTY : PublisherLevel.TOWNSHIP, region);
        for (int i = 0; i < n; i++) {
            items.add(new CatalogItem("gen-" + i, domain, level1, "第" + (i + 1) + "项 村级公共服务事项公开",
                    "事项名称、办理条件、申请材料、办理流程、办理时限、收费标准、咨询电话（示例" + i + "）",
                    "《中华人民共和国政府信息公开条例》",
                    "信息形成或者变更之日起20个工作日内",
                    "石鼻镇人民政府",
                    List.of("政府网站", "便民服务站", "村公示栏(电子屏)"),
                    Audience.PUBLIC, Manner.PROACTIVE, Set.of(CatalogLevel.TOWNSHIP),
                    Set.of(FivePublic.SERVICE), scope));
        }
        return new ContentSet(items, List.of(), List.of(), List.of(), List.of());
    }
}
