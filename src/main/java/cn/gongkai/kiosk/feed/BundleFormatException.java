package cn.gongkai.kiosk.feed;

/** Content that cannot be used: the message names the file, the record and the field. */
public class BundleFormatException extends FeedException {
    public BundleFormatException(String message) {
        super(Reason.MALFORMED, message);
    }

    public BundleFormatException(String message, Throwable cause) {
        super(Reason.MALFORMED, message, cause);
    }
}
