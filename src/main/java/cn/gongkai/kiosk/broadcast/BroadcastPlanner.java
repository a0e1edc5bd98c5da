package cn.gongkai.kiosk.broadcast;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.QuietHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hall's broadcast schedule as a pure function of (entries, quiet hours, time): no clock, no
 * state, no I/O, so the player, the command line and the tests get the same answer.
 *
 * <p>Rules:
 * <ul>
 *   <li>An entry plays on a day when the day lies within its dates (both inclusive) and is one of
 *       its days of the week (none given: every day).</li>
 *   <li>Times are wall-clock times in the zone of the plan's start. Every-N-minutes entries play at
 *       the window's start and every N minutes after it, through the window's end (inclusive when
 *       a step lands on it): aligned to the window start, not to the hour.</li>
 *   <li>A normal play due in quiet hours is skipped (listed in {@link Plan#skipped()}, so the player
 *       can log it); an urgent play ignores quiet hours. A quiet span includes its start and
 *       excludes its end (12:00-14:00 skips 12:00, plays 14:00).</li>
 *   <li>Plays are in time order; at the same instant urgent first, then by entry id.</li>
 *   <li>Zones with daylight saving: a time that does not exist on a day (the spring gap) plays
 *       when the clock has jumped (shifted by the gap's length); a time that occurs twice (the
 *       autumn overlap) plays once, at the earlier. One entry never plays twice at one instant.
 *       Asia/Shanghai has no daylight saving.</li>
 * </ul>
 */
public final class BroadcastPlanner {
    /** Every day of a week, plus one, is enough to find the next play of an entry without an end date. */
    private static final int SEARCH_DAYS = 8;

    /**
     * A plan with what it left out.
     *
     * @param plays   what plays, in order
     * @param skipped normal plays that fell in quiet hours, in the same order
     */
    public record Plan(List<PlannedPlay> plays, List<PlannedPlay> skipped) {
        public Plan {
            plays = List.copyOf(plays);
            skipped = List.copyOf(skipped);
        }
    }

    private BroadcastPlanner() {
    }

    /** Every play from {@code from} (inclusive) to {@code to} (exclusive), in order, in {@code from}'s zone. */
    public static List<PlannedPlay> plan(List<BroadcastEntry> entries, QuietHours quiet, ZonedDateTime from,
                                         ZonedDateTime to) {
        return fullPlan(entries, quiet, from, to).plays();
    }

    /** Like {@link #plan}, with the normal plays that quiet hours left out. */
    public static Plan fullPlan(List<BroadcastEntry> entries, QuietHours quiet, ZonedDateTime from,
                                ZonedDateTime to) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(quiet, "quiet");
        ZoneId zone = from.getZone();
        Instant start = from.toInstant();
        Instant end = to.toInstant();
        List<PlannedPlay> plays = new ArrayList<>();
        List<PlannedPlay> skipped = new ArrayList<>();
        if (!end.isAfter(start)) {
            return new Plan(plays, skipped);
        }
        // One day either side: a daylight-saving shift can move a slot across midnight.
        LocalDate firstDay = from.toLocalDate().minusDays(1);
        LocalDate lastDay = to.withZoneSameInstant(zone).toLocalDate().plusDays(1);
        for (BroadcastEntry e : entries) {
            LocalDate first = e.validFrom() != null && e.validFrom().isAfter(firstDay) ? e.validFrom() : firstDay;
            LocalDate last = e.validUntil() != null && e.validUntil().isBefore(lastDay) ? e.validUntil() : lastDay;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                for (ZonedDateTime at : slots(e, day, zone)) {
                    Instant i = at.toInstant();
                    if (!i.isBefore(start) && i.isBefore(end)) {
                        (skippedByQuiet(e, at, quiet) ? skipped : plays).add(new PlannedPlay(e, at));
                    }
                }
            }
        }
        plays.sort(PlannedPlay.ORDER);
        skipped.sort(PlannedPlay.ORDER);
        return new Plan(plays, skipped);
    }

    /**
     * The first play strictly after {@code after}, in its zone, or empty when the schedule makes no
     * more plays (every entry has ended, or every time left falls in quiet hours). Several plays
     * may be due at that instant; {@code plan(at, at.plusNanos(1))} lists them all, this returns
     * the first of them in plan order.
     */
    public static Optional<PlannedPlay> next(List<BroadcastEntry> entries, QuietHours quiet, ZonedDateTime after) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(quiet, "quiet");
        ZoneId zone = after.getZone();
        Instant t = after.toInstant();
        PlannedPlay best = null;
        for (BroadcastEntry e : entries) {
            LocalDate first = after.toLocalDate().minusDays(1);
            if (e.validFrom() != null && e.validFrom().isAfter(first)) {
                first = e.validFrom();
            }
            LocalDate last = first.plusDays(SEARCH_DAYS);
            if (e.validUntil() != null && e.validUntil().isBefore(last)) {
                last = e.validUntil();
            }
            PlannedPlay found = null;
            for (LocalDate day = first; found == null && !day.isAfter(last); day = day.plusDays(1)) {
                for (ZonedDateTime at : slots(e, day, zone)) {
                    if (at.toInstant().isAfter(t) && !skippedByQuiet(e, at, quiet)) {
                        found = new PlannedPlay(e, at);
                        break;
                    }
                }
            }
            if (found != null && (best == null || PlannedPlay.ORDER.compare(found, best) < 0)) {
                best = found;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The moments an entry plays on one day, ascending, each once. */
    private static List<ZonedDateTime> slots(BroadcastEntry e, LocalDate day, ZoneId zone) {
        if (!e.playsOn(day)) {
            return List.of();
        }
        Set<Instant> seen = new LinkedHashSet<>();
        List<ZonedDateTime> out = new ArrayList<>();
        for (LocalTime time : e.schedule().timesOfDay()) {
            ZonedDateTime at = ZonedDateTime.of(day, time, zone); // gap: shifted later; overlap: earlier offset
            if (seen.add(at.toInstant())) {
                out.add(at);
            }
        }
        out.sort(java.util.Comparator.comparing(ZonedDateTime::toInstant));
        return out;
    }

    private static boolean skippedByQuiet(BroadcastEntry e, ZonedDateTime at, QuietHours quiet) {
        return !e.urgent() && quiet.contains(at.toLocalTime());
    }
}
