package cn.gongkai.kiosk.feed.publish;

import cn.gongkai.kiosk.domain.CatalogItem.Audience;
import cn.gongkai.kiosk.domain.CatalogItem.Manner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a county catalog table holds what, worked out from its one- or two-row header.
 * Header names are compared without spaces and line breaks and by "contains", because every
 * county words and brackets them a little differently (公开内容（要素）, 公开内容(要素), 公开内容).
 */
final class CatalogColumns {
    /** The columns the reader knows, with the names used in messages: Chinese first, then English. */
    enum Column {
        DOMAIN("领域", "domain"),
        LEVEL1("一级事项", "level-1 item"),
        LEVEL2("二级事项", "level-2 item"),
        CONTENT("公开内容", "content"),
        BASIS("公开依据", "legal basis"),
        DEADLINE("公开时限", "deadline"),
        SUBJECT("公开主体", "responsible body"),
        CHANNELS("公开渠道和载体", "channels"),
        AUDIENCE("公开对象", "audience"),
        MANNER("公开方式", "manner"),
        LEVELS("公开层级", "level"),
        REGION("区划代码", "region code"),
        FIVE_PUBLIC("五公开", "five publics");

        private final String chinese;
        private final String english;

        Column(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        String label() {
            return chinese + " (" + english + ")";
        }
    }

    /** A √ sub-column such as 特定群体 under 公开对象: where it is, its header, the value a mark selects. */
    record Mark(int index, String header, Enum<?> value) { }

    private static final List<Column> REQUIRED = List.of(Column.LEVEL1, Column.CONTENT, Column.BASIS,
            Column.DEADLINE, Column.SUBJECT, Column.CHANNELS, Column.AUDIENCE, Column.MANNER, Column.LEVELS);
    /** Longer than any header name; keeps a data cell that happens to quote a header name from counting. */
    private static final int LONGEST_HEADER = 12;

    private final Map<Column, Integer> text = new EnumMap<>(Column.class);
    private final Map<Column, List<Mark>> marks = new EnumMap<>(Column.class);

    private CatalogColumns() {
    }

    /** A header row names 公开内容 and the item (一级事项, or 公开事项 above it in a two-row header). */
    static boolean isHeader(List<String> cells) {
        boolean content = false;
        boolean item = false;
        for (String cell : cells) {
            String h = CatalogCells.squeeze(cell);
            if (h.length() <= LONGEST_HEADER) {
                content |= h.contains("公开内容");
                item |= h.contains("一级事项") || h.contains("公开事项");
            }
        }
        return content && item;
    }

    /** The second header row holds only sub-column names: 一级事项, 二级事项, 全社会, 主动, 县级 ... */
    static boolean isSubHeader(List<String> cells) {
        boolean any = false;
        for (String cell : cells) {
            String h = CatalogCells.squeeze(cell);
            if (h.isEmpty()) {
                continue;
            }
            if (!h.contains("一级事项") && !h.contains("二级事项") && option(h) == null) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Maps a header; {@code sub} is the second header row, or null for a one-row header. */
    static CatalogColumns of(List<String> top, List<String> sub) {
        CatalogColumns columns = new CatalogColumns();
        int width = Math.max(top.size(), sub == null ? 0 : sub.size());
        String group = "";
        for (int i = 0; i < width; i++) {
            String t = CatalogCells.squeeze(cellAt(top, i));
            String s = sub == null ? "" : CatalogCells.squeeze(cellAt(sub, i));
            if (!t.isEmpty()) {
                group = t;
            } else if (!s.isEmpty()) {
                t = group; // a merged group header (公开对象) is exported once, over its first sub-column
            }
            String name = s.isEmpty() ? t : s;
            if (!name.isEmpty()) {
                columns.add(i, name);
            }
        }
        return columns;
    }

    private void add(int index, String name) {
        Enum<?> option = option(name);
        if (option != null) {
            Column group = option instanceof Audience ? Column.AUDIENCE
                    : option instanceof Manner ? Column.MANNER : Column.LEVELS;
            marks.computeIfAbsent(group, g -> new ArrayList<>()).add(new Mark(index, name, option));
            return;
        }
        Column column = textColumn(name);
        if (column != null) {
            text.putIfAbsent(column, index);
        }
    }

    private static Column textColumn(String name) {
        if (name.contains("一级事项") || name.contains("公开事项")) {
            return Column.LEVEL1; // a one-row header may have only 公开事项: then level 2 is level 1
        }
        if (name.contains("二级事项")) {
            return Column.LEVEL2;
        }
        if (name.contains("领域")) {
            return Column.DOMAIN;
        }
        if (name.contains("区划代码") || name.contains("区域代码")) {
            return Column.REGION;
        }
        if (name.contains("五公开")) {
            return Column.FIVE_PUBLIC;
        }
        if (name.contains("公开内容")) {
            return Column.CONTENT;
        }
        if (name.contains("公开依据")) {
            return Column.BASIS;
        }
        if (name.contains("公开时限")) {
            return Column.DEADLINE;
        }
        if (name.contains("公开主体")) {
            return Column.SUBJECT;
        }
        if (name.contains("渠道") || name.contains("载体")) {
            return Column.CHANNELS;
        }
        if (name.contains("公开对象")) {
            return Column.AUDIENCE;
        }
        if (name.contains("公开方式")) {
            return Column.MANNER;
        }
        return name.contains("公开层级") ? Column.LEVELS : null;
    }

    /** The value a sub-column name stands for (全社会, 依申请, 镇级 ...), or null. */
    private static Enum<?> option(String name) {
        Enum<?> value = CatalogCells.audience(name);
        if (value == null) {
            value = CatalogCells.manner(name);
        }
        return value != null ? value : CatalogCells.level(name);
    }

    /** Required columns the header lacks. */
    List<Column> missing() {
        return REQUIRED.stream().filter(c -> !has(c)).toList();
    }

    boolean has(Column column) {
        return text.containsKey(column) || marks.containsKey(column);
    }

    /** True when the column is split into √ sub-columns rather than holding its value as text. */
    boolean isMarked(Column column) {
        return marks.containsKey(column);
    }

    List<Mark> marks(Column column) {
        return marks.getOrDefault(column, List.of());
    }

    /** The cleaned text of a text column in a row; empty when the table has no such column. */
    String text(List<String> row, Column column) {
        Integer i = text.get(column);
        return i == null ? "" : CatalogCells.clean(cellAt(row, i));
    }

    static String cellAt(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
