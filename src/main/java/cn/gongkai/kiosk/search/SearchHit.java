package cn.gongkai.kiosk.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result as the screen and the command line show it.
 *
 * @param id            the record's id (open it with the DAO of its kind)
 * @param title         the record's title (catalog items: level 2, with domain and level 1 in {@code context})
 * @param titleMatches  where the query matched in {@code title}, as [start, end) character ranges, for highlighting
 * @param context       one line under the title: domain and level 1, document number, or a snippet of the body
 * @param date          the record's date (published/issued), or null for catalog items
 * @param until         the last day a notice or policy is in force, or null when it has no end
 * @param region        the record's region code (the kiosk's own township ranks before the county on ties)
 */
public record SearchHit(Kind kind, String id, String title, List<int[]> titleMatches, String context, String domain,
                        LocalDate date, LocalDate until, String region) {
    /** What a result is. */
    public enum Kind { CATALOG, POLICY, FUND, NOTICE }

    /** True when the record was no longer in force on {@code day}: results show it marked, as the lists do. */
    public boolean expiredOn(LocalDate day) {
        return until != null && day.isAfter(until);
    }
}
