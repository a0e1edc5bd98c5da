package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.RegionCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hall's broadcast schedule, limited to the kiosk's area, and the play log (proof of play):
 * every planned play with what became of it.
 */
public final class BroadcastDao {
    private final Database db;
    private final String area;

    /** What became of a planned play. */
    public enum Outcome {
        /** Played to the end. */
        COMPLETED,
        /** Started, then stopped before the end (an urgent broadcast, staff, shutdown). */
        CUT,
        /** A normal play due in quiet hours, not played. */
        SKIPPED_QUIET,
        /** Could not be played (no audio device, synthesis failed ...); the reason says why. */
        FAILED;

        /** As stored and printed: completed, cut, skipped-quiet, failed. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Outcome fromKey(String key) {
            for (Outcome o : values()) {
                if (o.key().equals(key)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("outcome: '" + key + "' is not completed, cut, skipped-quiet or failed");
        }
    }

    /**
     * One line of the play log.
     *
     * @param planned when the play was due (stored to the whole second)
     * @param started when it started; empty when it never did (skipped, or failed before starting)
     * @param ended   when it ended; empty when it never started
     * @param reason  why it was cut, skipped or failed; may be empty when completed
     */
    public record Play(String entryId, String title, Instant planned, Optional<Instant> started,
                       Optional<Instant> ended, Outcome outcome, String reason) {
        public Play {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(title, "title");
            planned = planned.truncatedTo(ChronoUnit.SECONDS);
            Objects.requireNonNull(started, "started");
            Objects.requireNonNull(ended, "ended");
            Objects.requireNonNull(outcome, "outcome");
            reason = reason == null ? "" : reason.strip();
            if ((outcome == Outcome.COMPLETED || outcome == Outcome.CUT) && (started.isEmpty() || ended.isEmpty())) {
                throw new IllegalArgumentException("a " + outcome.key() + " play needs started and ended times");
            }
            if (outcome == Outcome.SKIPPED_QUIET && (started.isPresent() || ended.isPresent())) {
                throw new IllegalArgumentException("a skipped play has no started or ended time");
            }
            if (ended.isPresent() && started.isEmpty()) {
                throw new IllegalArgumentException("ended: a play that never started cannot have ended");
            }
            if (ended.isPresent() && ended.get().isBefore(started.get())) {
                throw new IllegalArgumentException("ended: " + ended.get() + " is before started " + started.get());
            }
        }
    }

    public BroadcastDao(Database db, RegionCode area) {
        this.db = db;
        this.area = area.digits();
    }

    /** Every schedule entry concerning the kiosk's area (its county, township and villages), by id. */
    public List<BroadcastEntry> list() {
        return db.read(c -> query(c, "SELECT * FROM broadcast WHERE " + Columns.IN_AREA + " ORDER BY id", null));
    }

    public Optional<BroadcastEntry> byId(String id) {
        return db.read(c -> query(c, "SELECT * FROM broadcast WHERE " + Columns.IN_AREA + " AND id = ?", id))
                .stream().findFirst();
    }

    /** Appends one line to the play log, in its own transaction. */
    public void log(Play p) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO broadcast_play (entry_id, title, planned,"
                    + " started, ended, outcome, reason) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, p.entryId());
                ps.setString(2, p.title());
                ps.setString(3, p.planned().toString());
                ps.setString(4, p.started().map(Instant::toString).orElse(null));
                ps.setString(5, p.ended().map(Instant::toString).orElse(null));
                ps.setString(6, p.outcome().key());
                ps.setString(7, p.reason());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The plays planned on one day of the kiosk's calendar ({@code zone}), in planned order. */
    public List<Play> playsOn(LocalDate day, ZoneId zone) {
        return plays(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The plays planned from {@code from} (inclusive) to {@code to} (exclusive), in planned order. */
    public List<Play> plays(Instant from, Instant to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT entry_id, title, planned, started, ended, outcome,"
                    + " reason FROM broadcast_play WHERE planned >= ? AND planned < ? ORDER BY planned, seq")) {
                // Whole-second ISO instants of four-digit years sort as text.
                ps.setString(1, ceilSecond(from).toString());
                ps.setString(2, ceilSecond(to).toString());
                List<Play> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Play(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                                instant(rs.getString(4)), instant(rs.getString(5)), Outcome.fromKey(rs.getString(6)),
                                rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    private static Instant ceilSecond(Instant t) {
        Instant s = t.truncatedTo(ChronoUnit.SECONDS);
        return s.equals(t) ? s : s.plusSeconds(1);
    }

    private static Optional<Instant> instant(String s) {
        return s == null ? Optional.empty() : Optional.of(Instant.parse(s));
    }

    private List<BroadcastEntry> query(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = Columns.bindArea(ps, 1, area);
            if (id != null) {
                ps.setString(i, id);
            }
            List<BroadcastEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    private static BroadcastEntry map(ResultSet rs) throws SQLException {
        BroadcastEntry.Schedule schedule;
        String times = rs.getString("times");
        if (times != null) {
            schedule = new BroadcastEntry.Times(Columns.stringList(times).stream().map(LocalTime::parse).toList());
        } else {
            schedule = new BroadcastEntry.Every(rs.getInt("every_minutes"), LocalTime.parse(rs.getString("window_start")),
                    LocalTime.parse(rs.getString("window_end")));
        }
        Set<java.time.DayOfWeek> days = EnumSet.noneOf(java.time.DayOfWeek.class);
        Columns.stringList(rs.getString("days")).forEach(d -> days.add(BroadcastEntry.dayFromKey(d)));
        return new BroadcastEntry(
                rs.getString("id"),
                rs.getString("title"),
                rs.getString("text"),
                rs.getString("audio"),
                schedule,
                days,
                Columns.date(rs.getString("valid_from")),
                Columns.date(rs.getString("valid_until")),
                BroadcastEntry.Priority.fromKey(rs.getString("priority")),
                rs.getInt("chime") != 0,
                rs.getInt("repeat_count"),
                Columns.scope(rs));
    }

    /** Inserts within the caller's transaction (see Database.write). */
    static void insert(Connection c, BroadcastEntry e, String origin) throws SQLException {
        try (Inserter rows = new Inserter(c, origin)) {
            rows.add(e);
            rows.finish();
        }
    }

    /** Inserts many entries within the caller's transaction through one prepared statement, in batches. */
    static final class Inserter implements AutoCloseable {
        private final PreparedStatement ps;
        private final String origin;
        private int pending;

        Inserter(Connection c, String origin) throws SQLException {
            this.ps = c.prepareStatement("INSERT INTO broadcast (id, origin, title, text, audio, times, every_minutes,"
                    + " window_start, window_end, days, valid_from, valid_until, priority, chime, repeat_count,"
                    + " scope_level, region) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            this.origin = origin;
        }

        void add(BroadcastEntry e) throws SQLException {
            int i = 1;
            ps.setString(i++, e.id());
            ps.setString(i++, origin);
            ps.setString(i++, e.title());
            ps.setString(i++, e.text());
            ps.setString(i++, e.audio());
            if (e.schedule() instanceof BroadcastEntry.Times t) {
                ps.setString(i++, Columns.stringList(t.times().stream().map(LocalTime::toString).toList()));
                ps.setNull(i++, Types.INTEGER);
                ps.setNull(i++, Types.VARCHAR);
                ps.setNull(i++, Types.VARCHAR);
            } else {
                BroadcastEntry.Every every = (BroadcastEntry.Every) e.schedule();
                ps.setNull(i++, Types.VARCHAR);
                ps.setInt(i++, every.minutes());
                ps.setString(i++, every.start().toString());
                ps.setString(i++, every.end().toString());
            }
            ps.setString(i++, Columns.stringList(e.dayKeys()));
            ps.setString(i++, Columns.date(e.validFrom()));
            ps.setString(i++, Columns.date(e.validUntil()));
            ps.setString(i++, e.priority().key());
            ps.setInt(i++, e.chime() ? 1 : 0);
            ps.setInt(i++, e.repeat());
            ps.setString(i++, e.scope().level().key());
            ps.setString(i, e.scope().region().digits());
            ps.addBatch();
            if (++pending == Columns.BATCH) {
                finish();
            }
        }

        /** Runs what is still batched; call before the transaction commits. */
        void finish() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }
}
