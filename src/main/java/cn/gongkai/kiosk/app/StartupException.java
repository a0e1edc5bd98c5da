package cn.gongkai.kiosk.app;

/**
 * The kiosk cannot start. Carries one plain line in English (console, log) and one in Chinese
 * (the screen villagers and staff see).
 */
public class StartupException extends Exception {
    private final String chinese;

    public StartupException(String english, String chinese, Throwable cause) {
        super(english, cause);
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
