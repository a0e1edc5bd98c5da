package cn.gongkai.kiosk.storage;

/** A database problem, with a kind the app can act on (recover from corruption, report a full disk). */
public class StorageException extends RuntimeException {
    /** What went wrong, in terms a caller can decide on. */
    public enum Kind { CORRUPT, NOT_WRITABLE, FAILED }

    private final Kind kind;

    public StorageException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
