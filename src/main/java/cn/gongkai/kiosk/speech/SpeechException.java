package cn.gongkai.kiosk.speech;

/** Speech could not be produced: the engine is missing or failed, or a recording is unreadable. */
public class SpeechException extends Exception {
    public SpeechException(String message) {
        super(message);
    }

    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }
}
