package cn.gongkai.kiosk.feed.publish;

/**
 * A catalog CSV file that cannot be read as a whole (not text, broken CSV, no header, no domain).
 * The message names the file and says what to change; problems of single rows are not thrown but
 * listed in {@link CatalogCsvReader.Result#errors()}.
 */
public final class CsvFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public CsvFileException(String message) {
        super(message);
    }

    public CsvFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
