package cn.gongkai.kiosk.domain;

import java.util.Objects;

/**
 * A statistical region code (统计用区划代码) as written by Chinese administrations: 6 digits for a
 * county, 9 for a township, 12 for a village. A shorter code is a prefix of every code inside it,
 * so "is this record in my area" is a prefix test in either direction.
 */
public final class RegionCode implements Comparable<RegionCode> {
    private final String digits;

    private RegionCode(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a 6-, 9- or 12-digit code. The official tables write every code with 12 digits,
     * padding with zeros (county 360123000000, township 360123102000); no real township or village
     * block is 000, so the padding is dropped and both spellings mean the same region.
     */
    public static RegionCode of(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException(
                    "region code must be 6, 9 or 12 digits (county, township, village), got '" + text + "'");
        }
        String t = text;
        if (t.length() == 12 && t.endsWith("000")) {
            t = t.substring(0, 9);
        }
        if (t.length() == 9 && t.endsWith("000")) {
            t = t.substring(0, 6);
        }
        return new RegionCode(t);
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        int n = text.length();
        if (n != 6 && n != 9 && n != 12) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public String digits() {
        return digits;
    }

    public RegionLevel level() {
        return switch (digits.length()) {
            case 6 -> RegionLevel.COUNTY;
            case 9 -> RegionLevel.TOWNSHIP;
            default -> RegionLevel.VILLAGE;
        };
    }

    /** True when {@code other} lies inside this region or is this region. */
    public boolean contains(RegionCode other) {
        return other.digits.startsWith(digits);
    }

    /**
     * True when a record published for {@code recordRegion} concerns a kiosk placed in this region:
     * the county's and township's records reach their villages, and a township kiosk shows its
     * villages' records, but nothing from a sibling township or village.
     */
    public boolean overlaps(RegionCode recordRegion) {
        return contains(recordRegion) || recordRegion.contains(this);
    }

    public RegionCode county() {
        return new RegionCode(digits.substring(0, 6));
    }

    @Override
    public int compareTo(RegionCode o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode r && r.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return digits;
    }

    /** The administrative tier a code denotes by its length. */
    public enum RegionLevel { COUNTY, TOWNSHIP, VILLAGE }
}
