package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.domain.Beneficiary;
import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.CatalogItem.Audience;
import cn.gongkai.kiosk.domain.CatalogItem.CatalogLevel;
import cn.gongkai.kiosk.domain.CatalogItem.FivePublic;
import cn.gongkai.kiosk.domain.CatalogItem.Manner;
import cn.gongkai.kiosk.domain.FundAmounts;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.InfoTable;
import cn.gongkai.kiosk.domain.Labelled;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.Scope;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns the JSON records of a bundle (see assets/demo/content/FORMAT.md) into domain records. */
final class RecordParser {
    private RecordParser() {
    }

    static CatalogItem catalogItem(String domain, JsonFields f) {
        return new CatalogItem(
                f.requiredString("id"),
                domain,
                f.requiredString("level1"),
                f.requiredString("level2"),
                f.requiredString("content"),
                f.requiredString("basis"),
                f.requiredString("deadline"),
                f.requiredString("subject"),
                f.strings("channels"),
                JsonFields.field("audience", () -> Labelled.fromLabel(Audience.class, f.requiredString("audience"))),
                JsonFields.field("manner", () -> manner(f.requiredString("manner"))),
                JsonFields.field("levels", () -> catalogLevels(f.strings("levels"))),
                JsonFields.field("fivePublic", () -> labels(FivePublic.class, f.strings("fivePublic"))),
                scope(f));
    }

    static Policy policy(JsonFields f) {
        List<Policy.KeyPoint> keyPoints = new ArrayList<>();
        for (JsonElement e : f.array("keyPoints")) {
            JsonFields k = JsonFields.of(e, "keyPoints");
            keyPoints.add(new Policy.KeyPoint(k.requiredString("title"), k.string("text")));
        }
        List<InfoTable> tables = new ArrayList<>();
        for (JsonElement e : f.array("tables")) {
            JsonFields t = JsonFields.of(e, "tables");
            List<List<String>> rows = new ArrayList<>();
            for (JsonElement row : t.array("rows")) {
                if (!row.isJsonArray()) {
                    throw new IllegalArgumentException("tables.rows: each row must be a list");
                }
                List<String> cells = new ArrayList<>();
                row.getAsJsonArray().forEach(cell -> cells.add(cell.isJsonNull() ? "" : cell.getAsString()));
                rows.add(cells);
            }
            tables.add(new InfoTable(t.string("title"), t.strings("columns"), rows));
        }
        return new Policy(
                f.requiredString("id"),
                f.requiredString("title"),
                f.string("docNumber"),
                f.requiredString("issuer"),
                f.requiredDate("issued"),
                f.date("effective"),
                f.date("expires"),
                f.string("domain"),
                f.string("summary"),
                f.requiredString("body"),
                f.string("interpretation"),
                keyPoints,
                tables,
                scope(f));
    }

    static FundDisclosure fund(JsonFields f) {
        JsonFields a = f.object("amounts");
        List<Beneficiary> beneficiaries = new ArrayList<>();
        for (JsonElement e : f.array("beneficiaries")) {
            JsonFields b = JsonFields.of(e, "beneficiaries");
            beneficiaries.add(new Beneficiary(b.requiredString("name"), b.string("idNumber"),
                    b.string("bankAccount"), b.string("village"), b.decimal("amount"), b.string("note")));
        }
        return new FundDisclosure(
                f.requiredString("id"),
                f.requiredString("project"),
                f.string("projectCode"),
                f.string("domain"),
                f.requiredString("fundSource"),
                f.string("sourceDocNumber"),
                new FundAmounts(a.decimal("central"), a.decimal("provincial"), a.decimal("municipal"),
                        a.decimal("county")),
                f.requiredString("responsibleUnit"),
                f.string("beneficiarySummary"),
                beneficiaries,
                f.string("period"),
                f.date("startDate"),
                f.requiredDate("published"),
                f.date("postedUntil"),
                f.requiredString("complaintsPhone"),
                f.string("description"),
                scope(f));
    }

    static Notice notice(JsonFields f) {
        return new Notice(
                f.requiredString("id"),
                f.requiredString("title"),
                f.string("category"),
                f.requiredString("body"),
                f.requiredString("issuer"),
                f.requiredDate("published"),
                f.date("validFrom"),
                f.date("validUntil"),
                f.bool("urgent"),
                scope(f),
                f.strings("images"));
    }

    static BroadcastEntry broadcast(JsonFields f) {
        JsonElement times = f.raw().get("times");
        JsonElement every = f.raw().get("every");
        boolean hasTimes = times != null && !times.isJsonNull();
        boolean hasEvery = every != null && !every.isJsonNull();
        if (hasTimes == hasEvery) {
            throw new IllegalArgumentException(hasTimes ? "times, every: give one of them, not both"
                    : "times: missing (give times of day, or every with minutes, start and end)");
        }
        BroadcastEntry.Schedule schedule;
        if (hasTimes) {
            schedule = JsonFields.field("times", () -> {
                List<java.time.LocalTime> list = new ArrayList<>();
                for (String t : f.strings("times")) {
                    list.add(timeOfDay("times", t));
                }
                return new BroadcastEntry.Times(list);
            });
        } else {
            JsonFields e = f.object("every");
            schedule = inside("every", () -> new BroadcastEntry.Every(clampedInt(e.requiredLong("minutes")),
                    timeOfDay("start", e.requiredString("start")), timeOfDay("end", e.requiredString("end"))));
        }
        Set<java.time.DayOfWeek> days = EnumSet.noneOf(java.time.DayOfWeek.class);
        for (String d : f.strings("days")) {
            days.add(BroadcastEntry.dayFromKey(d));
        }
        String priority = f.string("priority");
        JsonElement chime = f.raw().get("chime");
        JsonElement repeat = f.raw().get("repeat");
        return new BroadcastEntry(
                f.requiredString("id"),
                f.requiredString("title"),
                f.string("text"),
                f.string("audio"),
                schedule,
                days,
                f.date("validFrom"),
                f.date("validUntil"),
                priority == null || priority.isBlank() ? BroadcastEntry.Priority.NORMAL
                        : BroadcastEntry.Priority.fromKey(priority.strip()),
                chime == null || chime.isJsonNull() || f.bool("chime"),
                repeat == null || repeat.isJsonNull() ? 1 : clampedInt(f.requiredLong("repeat")),
                scope(f));
    }

    /** A time of day as the schedule writes it: H:MM or HH:MM. */
    private static java.time.LocalTime timeOfDay(String field, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})").matcher(text.strip());
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h < 24 && min < 60) {
                return java.time.LocalTime.of(h, min);
            }
        }
        throw new IllegalArgumentException(field + ": expected a time of day as HH:MM (00:00 to 23:59), got '"
                + text + "'");
    }

    /** A whole number kept in int range, so the record's own range check reports it. */
    private static int clampedInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** Reads fields of a nested object; errors name them as parent.field. */
    private static <T> T inside(String parent, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException ex) {
            String m = String.valueOf(ex.getMessage());
            throw new IllegalArgumentException(m.startsWith(parent + ".") ? m : parent + "." + m, ex);
        }
    }

    static Scope scope(JsonFields f) {
        return JsonFields.field("scope", () -> {
            JsonFields s = f.object("scope");
            return Scope.of(PublisherLevel.fromKey(s.requiredString("level")), s.requiredString("region"));
        });
    }

    private static Manner manner(String text) {
        // County tables write both 依申请 and 依申请公开.
        return Labelled.fromLabel(Manner.class, "依申请公开".equals(text) ? "依申请" : text);
    }

    private static Set<CatalogLevel> catalogLevels(List<String> labels) {
        Set<CatalogLevel> set = EnumSet.noneOf(CatalogLevel.class);
        for (String l : labels) {
            // 镇级 is how towns (镇) write 乡级.
            set.add(Labelled.fromLabel(CatalogLevel.class, "镇级".equals(l) ? "乡级" : l));
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("levels: at least one of " + Labelled.labels(CatalogLevel.class));
        }
        return set;
    }

    private static <E extends Enum<E> & Labelled> Set<E> labels(Class<E> type, List<String> labels) {
        Set<E> set = EnumSet.noneOf(type);
        for (String l : labels) {
            set.add(Labelled.fromLabel(type, l));
        }
        return set;
    }
}
