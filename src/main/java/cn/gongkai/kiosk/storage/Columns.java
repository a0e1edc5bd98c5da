package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.Labelled;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.Scope;
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Conversions between column values and domain values that every DAO needs. */
final class Columns {
    /** Built on first use: a Gson instance loads ~100 classes, which the home screen does not need. */
    private static final class Holder {
        static final Gson GSON = new Gson();
    }

    /** Rows bound before a batch of inserts is run (bounds the memory a batch holds). */
    static final int BATCH = 500;

    /**
     * SQL condition "this row's region concerns the kiosk's area" (a prefix test either way, see
     * RegionCode.overlaps); bind the area code twice with {@link #bindArea}.
     */
    static final String IN_AREA = "(instr(?, region) = 1 OR instr(region, ?) = 1)";

    private Columns() {
    }

    static Gson gson() {
        return Holder.GSON;
    }

    static int bindArea(PreparedStatement ps, int index, String area) throws SQLException {
        ps.setString(index, area);
        ps.setString(index + 1, area);
        return index + 2;
    }

    static String stringList(Collection<String> values) {
        return gson().toJson(List.copyOf(values));
    }

    static List<String> stringList(String json) {
        return gson().fromJson(json, new TypeToken<List<String>>() { }.getType());
    }

    static <E extends Enum<E> & Labelled> String labels(Collection<E> values) {
        return gson().toJson(values.stream().sorted().map(Labelled::label).toList());
    }

    static <E extends Enum<E> & Labelled> Set<E> labels(Class<E> type, String json) {
        Set<E> set = EnumSet.noneOf(type);
        for (String label : stringList(json)) {
            set.add(Labelled.fromLabel(type, label));
        }
        return set;
    }

    static Scope scope(ResultSet rs) throws SQLException {
        return Scope.of(PublisherLevel.fromKey(rs.getString("scope_level")), rs.getString("region"));
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }
}
