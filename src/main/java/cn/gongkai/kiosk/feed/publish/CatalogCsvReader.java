package cn.gongkai.kiosk.feed.publish;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.publish.CatalogColumns.Column;
import cn.gongkai.kiosk.feed.publish.CatalogTableReader.Row;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a standard catalog table (基层政务公开标准目录) as counties keep it: a spreadsheet saved as
 * CSV, in UTF-8 or GBK, with a title row naming the domain (or a 领域 column), a one- or two-row
 * header, √ marks, merged cells exported as blanks, notes under the table, and sometimes several
 * tables one below the other. Bad rows are collected, not thrown, so a county fixes a whole file
 * in one pass.
 */
public final class CatalogCsvReader {
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Empty lines are kept as records so that every record's line can be told from its position. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final RegionCode defaultRegion;

    /** defaultRegion: the publisher's --region, used when the file has no region-code column. */
    public CatalogCsvReader(RegionCode defaultRegion) {
        this.defaultRegion = Objects.requireNonNull(defaultRegion, "defaultRegion");
    }

    /**
     * Everything read from one file.
     *
     * @param encoding    UTF-8, or GB18030 for a file that is not UTF-8 (GB18030 reads all of GBK)
     * @param skippedRows rows that are neither items, errors, titles nor headers: notes under a table
     *                    and other text above the first header
     */
    public record Result(Path file, Charset encoding, List<CatalogItem> items, List<RowError> errors,
            int skippedRows) {
        public Result {
            items = List.copyOf(items);
            errors = List.copyOf(errors);
        }
    }

    /**
     * A row that gives no item. row: the 1-based line number in the file where that CSV record
     * starts (what a person sees in a text editor); reason: plain words, Chinese column name first
     * then English, e.g. "公开依据 (legal basis) is empty".
     */
    public record RowError(Path file, int row, String reason) {
        @Override
        public String toString() {
            return file.getFileName() + " row " + row + ": " + reason;
        }
    }

    /** A table found in the file: its header and the rows [dataFrom, dataTo) below it. */
    private record Table(CatalogColumns columns, String titleDomain, int dataFrom, int dataTo) { }

    /** Reads one file. Bad rows do not throw: they are listed in Result.errors(). File-level problems throw. */
    public Result read(Path file) throws CsvFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CsvFileException(name(file) + ": cannot be read (" + e.getMessage() + ")", e);
        }
        Charset encoding = StandardCharsets.UTF_8;
        String text = decode(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            encoding = GB18030;
            text = decode(bytes, GB18030);
        }
        if (text == null || hasControlCharacters(text)) {
            throw new CsvFileException(name(file) + ": not UTF-8 or GBK text; save it from the spreadsheet"
                    + " as \"CSV UTF-8\" or \"CSV\"");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = rows(file, text);
        CatalogTableReader.Tally tally = new CatalogTableReader.Tally();
        for (Table table : tables(file, rows, tally)) {
            CatalogTableReader reader = new CatalogTableReader(file, defaultRegion, table.columns(),
                    table.titleDomain(), tally);
            rows.subList(table.dataFrom(), table.dataTo()).forEach(reader::read);
        }
        return new Result(file, encoding, tally.items, tally.errors, tally.skipped);
    }

    /** Strict decoding: a GBK file read as UTF-8 fails instead of turning into replacement characters. */
    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** GB18030 decodes most byte soups, UTF-16 included (ASCII becomes NUL pairs); text has no controls. */
    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    private static List<Row> rows(Path file, String text) throws CsvFileException {
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                List<String> cells = r.stream().map(CatalogCells::clean).toList();
                rows.add(new Row(lineOf(lineStarts, r.getCharacterPosition()), cells));
            }
        } catch (IOException | UncheckedIOException e) {
            // In practice an unclosed quote: a hand-edited file, since spreadsheets always close them.
            throw new CsvFileException(name(file) + ": broken CSV, check the quotes (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    /** Offsets where lines start; a line ends at \r\n, \n or \r, as text editors count them. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * Splits the file into tables. Each header row starts one. The title above a later header
     * (one cell naming a domain) starts a new table for that domain; a header repeated without a
     * title (a spreadsheet that repeats it on every printed page) keeps the domain of the table
     * above.
     */
    private static List<Table> tables(Path file, List<Row> rows, CatalogTableReader.Tally tally)
            throws CsvFileException {
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (CatalogColumns.isHeader(rows.get(i).cells())) {
                headers.add(i);
            }
        }
        if (headers.isEmpty()) {
            throw new CsvFileException(name(file) + ": no header row found; the table needs a header row with"
                    + " 公开内容 and 一级事项 (or 公开事项)");
        }
        List<Table> tables = new ArrayList<>();
        String domain = null;
        int dataFrom = 0;
        for (int k = 0; k < headers.size(); k++) {
            int header = headers.get(k);
            int title = k == 0 ? firstTitle(rows, header) : laterTitle(rows, dataFrom, header);
            int preambleFrom = k == 0 ? 0 : title >= 0 ? title : header;
            if (k > 0) {
                Table last = tables.remove(tables.size() - 1);
                tables.add(new Table(last.columns(), last.titleDomain(), last.dataFrom(), preambleFrom));
            }
            for (int i = preambleFrom; i < header; i++) {
                if (i != title && !rows.get(i).isBlank()) {
                    tally.skipped++;
                }
            }
            if (title >= 0) {
                domain = CatalogCells.domainInTitle(String.join("", rows.get(title).filled())).orElse(null);
            }
            boolean twoRows = header + 1 < rows.size() && CatalogColumns.isSubHeader(rows.get(header + 1).cells());
            CatalogColumns columns = CatalogColumns.of(rows.get(header).cells(),
                    twoRows ? rows.get(header + 1).cells() : null);
            check(file, rows.get(header), columns, domain);
            dataFrom = header + (twoRows ? 2 : 1);
            tables.add(new Table(columns, domain, dataFrom, rows.size()));
        }
        return tables;
    }

    /** Above the first header anything may stand; the title is the nearest row naming a domain. */
    private static int firstTitle(List<Row> rows, int header) {
        for (int i = header - 1; i >= 0; i--) {
            if (namesDomain(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Above a later header only one-cell rows may belong to the new table (title, subtitle); the
     * nearest one naming a domain is the title. Anything else above belongs to the table before.
     */
    private static int laterTitle(List<Row> rows, int from, int header) {
        for (int i = header - 1; i >= from; i--) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            if (row.filled().size() != 1 || row.isNote()) {
                return -1;
            }
            if (namesDomain(row)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean namesDomain(Row row) {
        return !row.isNote() && CatalogCells.domainInTitle(String.join("", row.filled())).isPresent();
    }

    private static void check(Path file, Row header, CatalogColumns columns, String domain) throws CsvFileException {
        List<Column> missing = columns.missing();
        if (!missing.isEmpty()) {
            throw new CsvFileException(name(file) + ": the header at row " + header.line() + " has no "
                    + missing.stream().map(Column::label).collect(Collectors.joining(", "))
                    + (missing.size() == 1 ? " column" : " columns"));
        }
        if (domain == null && !columns.has(Column.DOMAIN)) {
            throw new CsvFileException(name(file) + ": no domain for the table with the header at row "
                    + header.line() + "; add a title row naming the domain above the header (e.g."
                    + " 安义县就业领域基层政务公开标准目录) or a 领域 column");
        }
    }

    private static String name(Path file) {
        return Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
    }
}
