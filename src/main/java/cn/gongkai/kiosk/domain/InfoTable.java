package cn.gongkai.kiosk.domain;

import java.util.List;

/**
 * A table of a graphic interpretation (图解), e.g. subsidy standards by category. Rows are padded or
 * cut to the column count so a screen can lay them out without checks.
 */
public record InfoTable(String title, List<String> columns, List<List<String>> rows) {
    public InfoTable {
        title = Text.optional(title);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + title + "': needs at least one column");
        }
        int width = columns.size();
        rows = rows.stream().map(r -> normalise(r, width)).toList();
    }

    private static List<String> normalise(List<String> row, int width) {
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
            String v = i < row.size() ? row.get(i) : null;
            cells[i] = v == null ? "" : v.strip();
        }
        return List.of(cells);
    }
}
