package cn.gongkai.kiosk.feed;

/** A bundle that cannot be used: the message names the file, the record and the field. */
public class BundleFormatException extends Exception {
    public BundleFormatException(String message) {
        super(message);
    }

    public BundleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
