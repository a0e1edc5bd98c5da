package cn.gongkai.kiosk.ui;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's Chinese text, from messages.properties, so no screen hard-codes a string. */
public final class Msg {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("cn.gongkai.kiosk.ui.messages", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(BUNDLE.getString("date.pattern"));

    private Msg() {
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** 2026年11月26日: how dates are written for villagers. */
    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
