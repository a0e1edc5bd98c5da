package cn.gongkai.kiosk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the hall's broadcast schedule (定时广播): what is read aloud or played, and when.
 * Times are wall-clock times of the kiosk's time zone; the plays an entry makes are worked out by
 * {@code broadcast.BroadcastPlanner}.
 *
 * @param text       what is read aloud; empty only when {@code audio} is given (then it is what
 *                   is read if the recording cannot be played)
 * @param audio      a media name of the feed (media/..., e.g. media/360123102/办公时间.wav) played
 *                   instead of synthesis; empty for none
 * @param schedule   times of day, or every N minutes within a window
 * @param days       days of the week it plays on; empty for every day
 * @param validFrom  first day it plays on; null for no start
 * @param validUntil last day it plays on (inclusive); null for no end
 * @param priority   urgent interrupts a reading and plays in quiet hours; normal waits
 * @param chime      play the chime before it
 * @param repeat     how many times the text is read in one play, 1 to 5
 */
public record BroadcastEntry(
        String id,
        String title,
        String text,
        String audio,
        Schedule schedule,
        Set<DayOfWeek> days,
        LocalDate validFrom,
        LocalDate validUntil,
        Priority priority,
        boolean chime,
        int repeat,
        Scope scope) {

    public static final int MAX_REPEAT = 5;

    public BroadcastEntry {
        Text.requireId(id);
        title = Text.require(title, "title");
        audio = Text.optional(audio);
        if (!audio.isEmpty()) {
            Text.requireMediaName(audio, "audio", "media/360123102/办公时间.wav");
        }
        text = audio.isEmpty() ? Text.require(text, "text") : Text.optional(text);
        Objects.requireNonNull(schedule, "schedule: must be given (times, or every N minutes in a window)");
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil: " + validUntil + " is before validFrom " + validFrom);
        }
        Objects.requireNonNull(priority, "priority");
        if (repeat < 1 || repeat > MAX_REPEAT) {
            throw new IllegalArgumentException("repeat: must be 1 to " + MAX_REPEAT + ", got " + repeat);
        }
        Objects.requireNonNull(scope, "scope");
    }

    /** True when the entry plays on {@code day}: within its dates and on one of its days of the week. */
    public boolean playsOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom))
                && (validUntil == null || !day.isAfter(validUntil))
                && (days.isEmpty() || days.contains(day.getDayOfWeek()));
    }

    public boolean urgent() {
        return priority == Priority.URGENT;
    }

    public boolean hasAudio() {
        return !audio.isEmpty();
    }

    /** Days of the week as written in JSON and the database: mon, tue, wed, thu, fri, sat, sun. */
    public static String dayKey(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    public static DayOfWeek dayFromKey(String key) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (dayKey(d).equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("days: '" + key + "' is not one of mon, tue, wed, thu, fri, sat, sun");
    }

    /** The days in week order (Monday first), as keys. */
    public List<String> dayKeys() {
        return days.stream().sorted().map(BroadcastEntry::dayKey).toList();
    }

    private static void requireWholeMinute(LocalTime t, String field) {
        if (t.getSecond() != 0 || t.getNano() != 0) {
            throw new IllegalArgumentException(field + ": " + t + " is not a whole minute (HH:MM)");
        }
    }

    /** Urgent entries interrupt a reading and play in quiet hours; normal ones wait and are skipped in quiet hours. */
    public enum Priority {
        URGENT, NORMAL;

        /** The lowercase name used in JSON and the database. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Priority fromKey(String key) {
            for (Priority p : values()) {
                if (p.key().equals(key)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("priority: '" + key + "' is not urgent or normal");
        }
    }

    /** When in a day an entry plays. */
    public sealed interface Schedule permits Times, Every {
        /** The wall-clock times it plays at on a day it plays, ascending. */
        List<LocalTime> timesOfDay();
    }

    /** At fixed times of day (08:30 and 14:00). */
    public record Times(List<LocalTime> times) implements Schedule {
        public Times {
            if (times == null || times.isEmpty()) {
                throw new IllegalArgumentException("times: at least one time of day");
            }
            Set<LocalTime> seen = new HashSet<>();
            for (LocalTime t : times) {
                Objects.requireNonNull(t, "times: a time is missing");
                requireWholeMinute(t, "times");
                if (!seen.add(t)) {
                    throw new IllegalArgumentException("times: " + t + " appears twice");
                }
            }
            times = times.stream().sorted().toList();
        }

        @Override
        public List<LocalTime> timesOfDay() {
            return times;
        }
    }

    /**
     * Every {@code minutes} minutes from {@code start} through {@code end} (both inclusive when a
     * step lands on it), aligned to the window's start: every 60 minutes 09:00-17:00 plays at
     * 09:00, 10:00, ... 17:00. The window lies within one day.
     */
    public record Every(int minutes, LocalTime start, LocalTime end) implements Schedule {
        public static final int MIN_MINUTES = 5;
        public static final int MAX_MINUTES = 720;

        public Every {
            if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                throw new IllegalArgumentException("every.minutes: must be " + MIN_MINUTES + " to " + MAX_MINUTES
                        + ", got " + minutes);
            }
            Objects.requireNonNull(start, "every.start");
            Objects.requireNonNull(end, "every.end");
            requireWholeMinute(start, "every.start");
            requireWholeMinute(end, "every.end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("every.end: " + end + " is before start " + start
                        + " (a window cannot cross midnight; use two entries)");
            }
        }

        @Override
        public List<LocalTime> timesOfDay() {
            List<LocalTime> out = new java.util.ArrayList<>();
            long span = java.time.Duration.between(start, end).toMinutes();
            for (long k = 0; k * minutes <= span; k++) {
                out.add(start.plusMinutes(k * minutes));
            }
            return out;
        }
    }
}
