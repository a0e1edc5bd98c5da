package cn.gongkai.kiosk.broadcast;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * One play the schedule makes: an entry at a moment, in the time zone the plan was made in.
 *
 * @param at when it is due (wall-clock time of the plan's zone)
 */
public record PlannedPlay(BroadcastEntry entry, ZonedDateTime at) {
    /** Time order; at the same instant urgent first, then by entry id. */
    public static final Comparator<PlannedPlay> ORDER = Comparator
            .comparing((PlannedPlay p) -> p.at().toInstant())
            .thenComparing(p -> p.entry().priority())
            .thenComparing(p -> p.entry().id());

    public PlannedPlay {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(at, "at");
    }

    public String id() {
        return entry.id();
    }

    public boolean urgent() {
        return entry.urgent();
    }
}
