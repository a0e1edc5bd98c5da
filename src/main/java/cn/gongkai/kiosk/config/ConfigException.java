package cn.gongkai.kiosk.config;

/** The configuration cannot be used; the message names the file and the field. */
public class ConfigException extends Exception {
    private final String field;

    public ConfigException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field ("display.screen"), or "" when the whole file is at fault. */
    public String field() {
        return field;
    }
}
