package cn.gongkai.kiosk.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The split of a fund by government tier, in 万元, as direct-fund notices publish it. */
public record FundAmounts(BigDecimal central, BigDecimal provincial, BigDecimal municipal, BigDecimal county) {
    public FundAmounts {
        central = nonNegative(central, "central");
        provincial = nonNegative(provincial, "provincial");
        municipal = nonNegative(municipal, "municipal");
        county = nonNegative(county, "county");
    }

    public BigDecimal total() {
        return central.add(provincial).add(municipal).add(county);
    }

    /** Tier label (中央, 省级, 市级, 县级) to amount, in publishing order. */
    public Map<String, BigDecimal> byTier() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("中央", central);
        m.put("省级", provincial);
        m.put("市级", municipal);
        m.put("县级", county);
        return m;
    }

    private static BigDecimal nonNegative(BigDecimal v, String field) {
        if (v == null) {
            return BigDecimal.ZERO;
        }
        if (v.signum() < 0) {
            throw new IllegalArgumentException("amounts." + field + ": must be zero or more");
        }
        return v;
    }
}
