package cn.gongkai.kiosk.feed.publish;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.CatalogItem.Audience;
import cn.gongkai.kiosk.domain.CatalogItem.CatalogLevel;
import cn.gongkai.kiosk.domain.CatalogItem.FivePublic;
import cn.gongkai.kiosk.domain.CatalogItem.Manner;
import cn.gongkai.kiosk.domain.Labelled;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.feed.publish.CatalogColumns.Column;
import cn.gongkai.kiosk.feed.publish.CatalogCsvReader.RowError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns the data rows of one table (below its header) into catalog items and row errors. */
final class CatalogTableReader {
    /** One CSV record with the file line it starts on; cells are already {@link CatalogCells#clean}ed. */
    record Row(int line, List<String> cells) {
        List<String> filled() {
            return cells.stream().filter(c -> !c.isEmpty()).toList();
        }

        boolean isBlank() {
            return filled().isEmpty();
        }

        /** A note under a table: one cell, starting with 注, 备注 or 说明. */
        boolean isNote() {
            List<String> f = filled();
            return f.size() == 1 && (f.get(0).startsWith("注") || f.get(0).startsWith("备注")
                    || f.get(0).startsWith("说明"));
        }
    }

    /** What the tables of one file add up to; ids are shared so a repeat in a later table is caught. */
    static final class Tally {
        final List<CatalogItem> items = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        final Map<String, Integer> rowOfId = new HashMap<>();
        int skipped;
    }

    private final Path file;
    private final RegionCode defaultRegion;
    private final CatalogColumns columns;
    private final Tally tally;
    /** The 领域 in force: the title's domain until a 领域 cell names another; blank cells carry it down. */
    private String domainCell;
    /** The 一级事项 in force: a merged cell is exported in its first row only. */
    private String level1;

    CatalogTableReader(Path file, RegionCode defaultRegion, CatalogColumns columns, String titleDomain,
            Tally tally) {
        this.file = file;
        this.defaultRegion = defaultRegion;
        this.columns = columns;
        this.domainCell = titleDomain;
        this.tally = tally;
    }

    void read(Row row) {
        if (row.isBlank()) {
            return;
        }
        if (row.isNote()) {
            tally.skipped++;
            return;
        }
        List<String> empty = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String domain = domain(row, empty, problems);
        String l1 = text(row, Column.LEVEL1);
        if (!l1.isEmpty()) {
            level1 = l1;
        } else if (level1 != null) {
            l1 = level1;
        } else {
            empty.add(Column.LEVEL1.label());
        }
        String l2 = text(row, Column.LEVEL2);
        String content = required(row, Column.CONTENT, empty);
        String basis = required(row, Column.BASIS, empty);
        String deadline = required(row, Column.DEADLINE, empty);
        String subject = required(row, Column.SUBJECT, empty);
        List<String> channels = CatalogCells.channels(required(row, Column.CHANNELS, empty));
        Set<Audience> audience = values(row, Column.AUDIENCE, Audience.class, CatalogCells::audience, false,
                empty, problems);
        Set<Manner> manner = values(row, Column.MANNER, Manner.class, CatalogCells::manner, false, empty, problems);
        Set<CatalogLevel> levels = values(row, Column.LEVELS, CatalogLevel.class, CatalogCells::level, true,
                empty, problems);
        Set<FivePublic> fivePublic = fivePublic(row, problems);
        RegionCode region = region(row, problems);
        if (!empty.isEmpty()) {
            problems.add(0, String.join(", ", empty) + (empty.size() == 1 ? " is empty" : " are empty"));
        }
        if (!problems.isEmpty()) {
            error(row, String.join("; ", problems));
            return;
        }
        if (l2.isEmpty()) {
            l2 = l1; // the level-1 item is not split: it is its own level-2 item
        }
        String id = id(region, domain, l1, l2);
        Integer first = tally.rowOfId.putIfAbsent(id, row.line());
        if (first != null) {
            error(row, "same item as row " + first + " (" + domain + " / " + l1 + " / " + l2 + ")");
            return;
        }
        try {
            tally.items.add(new CatalogItem(id, domain, l1, l2, content, basis, deadline, subject, channels,
                    audience.iterator().next(), manner.iterator().next(), levels, fivePublic,
                    new Scope(publisher(region), region)));
        } catch (IllegalArgumentException e) {
            error(row, e.getMessage()); // the checks above should leave nothing for the record to reject
        }
    }

    /**
     * Stable id, so publishing the same file twice gives the same records: "cat-" + region +
     * first 12 hex digits of SHA-256 over domain, level 1 and level 2.
     */
    static String id(RegionCode region, String domain, String level1, String level2) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((domain + "\u0000" + level1 + "\u0000" + level2).getBytes(StandardCharsets.UTF_8));
            return "cat-" + region.digits() + "-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private String domain(Row row, List<String> empty, List<String> problems) {
        String cell = text(row, Column.DOMAIN);
        if (!cell.isEmpty() && !cell.equals(domainCell)) {
            domainCell = cell;
            level1 = null; // a merged 一级事项 never spans two domains
        }
        if (domainCell == null) {
            empty.add(Column.DOMAIN.label());
            return null;
        }
        String domain = CatalogCells.domain(domainCell).orElse(null);
        if (domain == null) {
            problems.add(Column.DOMAIN.label() + " '" + domainCell + "' is not a known domain");
        }
        return domain;
    }

    /**
     * The values a row selects in 公开对象, 公开方式 or 公开层级: by √ under the sub-columns, or
     * from the text of a single column. Only 公开层级 may hold more than one.
     */
    private <E extends Enum<E> & Labelled> Set<E> values(Row row, Column column, Class<E> type,
            Function<String, E> parse, boolean several, List<String> empty, List<String> problems) {
        Set<E> chosen = EnumSet.noneOf(type);
        int before = problems.size();
        List<String> marked = new ArrayList<>();
        if (columns.isMarked(column)) {
            for (CatalogColumns.Mark m : columns.marks(column)) {
                String cell = CatalogCells.clean(CatalogColumns.cellAt(row.cells(), m.index()));
                Boolean isMark = CatalogCells.mark(cell).orElse(null);
                if (isMark == null) {
                    problems.add(column.label() + ": '" + cell + "' under " + m.header() + " is not a √ mark");
                } else if (isMark) {
                    chosen.add(type.cast(m.value()));
                    marked.add(m.header());
                }
            }
            if (chosen.isEmpty() && problems.size() == before) {
                problems.add(column.label() + " has no √ mark");
            }
        } else {
            String cell = text(row, column);
            if (cell.isEmpty()) {
                empty.add(column.label());
                return chosen;
            }
            for (String part : several ? CatalogCells.split(cell) : List.of(cell)) {
                E value = parse.apply(part);
                if (value == null) {
                    problems.add(column.label() + " '" + part + "' is not one of " + Labelled.labels(type));
                } else {
                    chosen.add(value);
                    marked.add(part);
                }
            }
        }
        if (!several && marked.size() > 1) {
            problems.add(column.label() + " has more than one value (" + String.join(", ", marked) + ")");
        }
        return chosen;
    }

    private Set<FivePublic> fivePublic(Row row, List<String> problems) {
        Set<FivePublic> tags = EnumSet.noneOf(FivePublic.class);
        for (String part : CatalogCells.split(text(row, Column.FIVE_PUBLIC))) {
            FivePublic tag = CatalogCells.fivePublic(part);
            if (tag == null) {
                problems.add(Column.FIVE_PUBLIC.label() + " '" + part + "' is not one of "
                        + Labelled.labels(FivePublic.class));
            } else {
                tags.add(tag);
            }
        }
        return tags;
    }

    /**
     * The row's region: its 区划代码 cell, else the publisher's region. A region outside the
     * publisher's is refused, so a county cannot publish for another county by a typing slip.
     */
    private RegionCode region(Row row, List<String> problems) {
        String cell = text(row, Column.REGION);
        if (cell.startsWith("'")) {
            cell = cell.substring(1); // the spreadsheet's "keep as text" prefix
        }
        if (cell.isEmpty()) {
            return defaultRegion;
        }
        if (!RegionCode.isValid(cell)) {
            String hint = cell.matches(".*[Ee][+].*") ? " (the spreadsheet turned it into a number: format the"
                    + " column as text)" : "";
            problems.add(Column.REGION.label() + " '" + cell + "' is not 6, 9 or 12 digits" + hint);
            return defaultRegion;
        }
        RegionCode region = RegionCode.of(cell);
        if (!defaultRegion.contains(region)) {
            problems.add(Column.REGION.label() + " " + region + " is outside " + defaultRegion);
        }
        return region;
    }

    private static PublisherLevel publisher(RegionCode region) {
        return switch (region.level()) {
            case COUNTY -> PublisherLevel.COUNTY;
            case TOWNSHIP -> PublisherLevel.TOWNSHIP;
            case VILLAGE -> PublisherLevel.VILLAGE;
        };
    }

    private String required(Row row, Column column, List<String> empty) {
        String value = text(row, column);
        if (value.isEmpty() || (column == Column.CHANNELS && CatalogCells.channels(value).isEmpty())) {
            empty.add(column.label());
        }
        return value;
    }

    private String text(Row row, Column column) {
        return columns.text(row.cells(), column);
    }

    private void error(Row row, String reason) {
        tally.errors.add(new RowError(file, row.line(), reason));
    }
}
