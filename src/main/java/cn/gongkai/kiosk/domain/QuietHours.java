package cn.gongkai.kiosk.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the hall must stay quiet (lunch break, night): normal broadcasts due then are skipped;
 * urgent ones still play. Configured per kiosk (kiosk.json, {@code broadcast.quietHours}).
 */
public record QuietHours(List<Span> spans) {
    private static final Pattern SPAN = Pattern.compile("(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})");

    public QuietHours {
        spans = List.copyOf(spans);
    }

    public static QuietHours none() {
        return new QuietHours(List.of());
    }

    /** Parses spans written as "12:00-14:00" or "18:00-08:00" (crossing midnight); "24:00" ends a span at midnight. */
    public static QuietHours parse(List<String> texts) {
        List<Span> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Span.parse(t));
        }
        return new QuietHours(out);
    }

    /** True when a wall-clock time lies in any quiet span. */
    public boolean contains(LocalTime time) {
        return spans.stream().anyMatch(s -> s.contains(time));
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** The spans as written in kiosk.json. */
    public List<String> texts() {
        return spans.stream().map(Span::toString).toList();
    }

    /**
     * From {@code start} (inclusive) to {@code end} (exclusive). An end before the start crosses
     * midnight: 18:00-08:00 is quiet from 18:00 to 08:00 the next morning.
     */
    public record Span(LocalTime start, LocalTime end) {
        public Span {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (start.equals(end)) {
                throw new IllegalArgumentException("quiet hours " + start + "-" + end + " are empty (start and end"
                        + " are the same time)");
            }
        }

        public static Span parse(String text) {
            Matcher m = SPAN.matcher(text == null ? "" : text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a span of time like 12:00-14:00");
            }
            try {
                LocalTime start = LocalTime.parse(m.group(1));
                LocalTime end = "24:00".equals(m.group(2)) ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2));
                return new Span(start, end);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a span of time like 12:00-14:00 (hours 00"
                        + " to 23, minutes 00 to 59)");
            }
        }

        public boolean crossesMidnight() {
            return end.isBefore(start);
        }

        public boolean contains(LocalTime t) {
            return crossesMidnight()
                    ? !t.isBefore(start) || t.isBefore(end)
                    : !t.isBefore(start) && t.isBefore(end);
        }

        @Override
        public String toString() {
            return start + "-" + (end.equals(LocalTime.MIDNIGHT) && start.isAfter(end) ? "24:00" : end.toString());
        }
    }
}
