package cn.gongkai.kiosk.local;

/** A change staff asked for that cannot be made; the message is in Chinese, for them. */
public final class LocalContentException extends RuntimeException {
    public LocalContentException(String staffMessage) {
        super(staffMessage);
    }

    public LocalContentException(String staffMessage, Throwable cause) {
        super(staffMessage, cause);
    }
}
