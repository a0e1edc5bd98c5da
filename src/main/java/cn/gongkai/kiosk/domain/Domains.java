package cn.gongkai.kiosk.domain;

import java.util.List;
import java.util.Optional;

/**
 * The disclosure domains a township kiosk knows: the 26 pilot domains of the standard catalog and
 * the four village-affairs kinds (党务, 政务, 村务, 财务) of the "4+26" village list. The order is
 * the one county tables use, so screens list domains the way staff are used to.
 */
public final class Domains {
    /** Whether a domain comes from the 26 pilot domains or from the village affairs list. */
    public enum Kind { STANDARD, VILLAGE_AFFAIRS }

    /** One domain: its Chinese name (as in content), a stable ASCII key and its kind. */
    public record Domain(String name, String key, Kind kind) { }

    private static final List<Domain> ALL = List.of(
            std("城乡规划", "chengxiang-guihua"),
            std("征地补偿", "zhengdi-buchang"),
            std("重大建设项目", "zhongda-jianshe"),
            std("公共资源交易", "gonggong-ziyuan"),
            std("财政预决算", "caizheng-yujuesuan"),
            std("安全生产", "anquan-shengchan"),
            std("税收管理", "shuishou-guanli"),
            std("国有土地上房屋征收与补偿", "fangwu-zhengshou"),
            std("农村危房改造", "weifang-gaizao"),
            std("保障性住房", "baozhang-zhufang"),
            std("市政服务", "shizheng-fuwu"),
            std("城市综合执法", "zonghe-zhifa"),
            std("生态环境", "shengtai-huanjing"),
            std("公共文化服务", "gonggong-wenhua"),
            std("公共法律服务", "gonggong-falv"),
            std("乡村振兴", "xiangcun-zhenxing"),
            std("救灾", "jiuzai"),
            std("社会救助", "shehui-jiuzhu"),
            std("养老服务", "yanglao-fuwu"),
            std("户籍管理", "huji-guanli"),
            std("涉农补贴", "shenong-butie"),
            std("义务教育", "yiwu-jiaoyu"),
            std("卫生健康", "weisheng-jiankang"),
            std("食品药品监管", "shipin-yaopin"),
            std("就业", "jiuye"),
            std("社会保险", "shehui-baoxian"),
            village("党务", "dangwu"),
            village("政务", "zhengwu"),
            village("村务", "cunwu"),
            village("财务", "caiwu"));

    private Domains() {
    }

    public static List<Domain> all() {
        return ALL;
    }

    public static Optional<Domain> byName(String name) {
        // 扶贫 was renamed 乡村振兴 in 2021; older county tables still use the old name.
        String wanted = "扶贫".equals(name) || "扶贫/乡村振兴".equals(name) ? "乡村振兴" : name;
        return ALL.stream().filter(d -> d.name().equals(wanted)).findFirst();
    }

    /** Sort position of a domain name; unknown domains sort after the known ones. */
    public static int order(String name) {
        Optional<Domain> d = byName(name);
        return d.map(ALL::indexOf).orElse(ALL.size());
    }

    private static Domain std(String name, String key) {
        return new Domain(name, key, Kind.STANDARD);
    }

    private static Domain village(String name, String key) {
        return new Domain(name, key, Kind.VILLAGE_AFFAIRS);
    }
}
