package cn.gongkai.kiosk.domain;

import java.util.Objects;

/** Who published a record and for which area. Every record carries one. */
public record Scope(PublisherLevel level, RegionCode region) {
    public Scope {
        Objects.requireNonNull(level, "scope level");
        Objects.requireNonNull(region, "scope region");
        if (level == PublisherLevel.VILLAGE && region.level() != RegionCode.RegionLevel.VILLAGE) {
            throw new IllegalArgumentException("a village record needs a 12-digit village code, got " + region);
        }
        if (level == PublisherLevel.TOWNSHIP && region.level() == RegionCode.RegionLevel.COUNTY) {
            throw new IllegalArgumentException("a township record needs a 9-digit township code, got " + region);
        }
    }

    public static Scope of(PublisherLevel level, String region) {
        return new Scope(level, RegionCode.of(region));
    }

    /** True when a kiosk placed in {@code kioskRegion} should show this record. */
    public boolean visibleIn(RegionCode kioskRegion) {
        return kioskRegion.overlaps(region);
    }
}
