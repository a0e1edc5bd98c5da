package cn.gongkai.kiosk.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Tokens of the search index's 'tags' column, so that filters are part of the FTS5 query (read in
 * rank order, stopped at the limit) instead of a scan of every match: kind (k...), domain (d and a
 * hash, since a domain name is free text), exact region (r...) and every administrative prefix of
 * the region (p...: county 6, township 9, village 12 digits).
 */
final class SearchTags {
    private static final int[] LEVELS = {6, 9, 12};

    private SearchTags() {
    }

    static String of(String kind, String domain, String region) {
        StringBuilder sb = new StringBuilder(kind(kind)).append(' ').append(domain(domain)).append(" r").append(region);
        for (int len : LEVELS) {
            if (region.length() >= len) {
                sb.append(" p").append(region, 0, len);
            }
        }
        return sb.toString();
    }

    static String kind(String kind) {
        return "k" + kind;
    }

    static String domain(String domain) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(domain.getBytes(StandardCharsets.UTF_8));
            return "d" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records of the kiosk's own area: its region and everything under it. */
    static String own(String area) {
        return "p" + area;
    }

    /** Records of the levels above the kiosk (its county for a township kiosk): their exact regions. */
    static List<String> above(String area) {
        List<String> out = new ArrayList<>();
        for (int len : LEVELS) {
            if (len < area.length()) {
                out.add("r" + area.substring(0, len));
            }
        }
        return out;
    }
}
