package cn.gongkai.kiosk.search;

import java.util.Optional;

/**
 * What to look for: the text as typed (Chinese of any length, full pinyin, initials, mixed,
 * digits), optionally one kind and one domain, and how many results.
 */
public record SearchQuery(String text, Optional<SearchHit.Kind> kind, Optional<String> domain, int limit) {
    public SearchQuery {
        text = text == null ? "" : text;
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be 1 to 200");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), 20);
    }
}
