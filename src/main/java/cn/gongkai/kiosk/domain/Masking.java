package cn.gongkai.kiosk.domain;

/**
 * De-identification of personal data in public lists, as disclosure rules require: names keep
 * their first and last character (张*明), ID and bank numbers keep only their ends
 * (3601**********1234). Applied when a record is built, so a full number never reaches the
 * database or a screen. Masking is idempotent: masked input stays as it is.
 */
public final class Masking {
    private static final char MASK = '*';

    private Masking() {
    }

    /** 张三明 -> 张*明, 李四 -> 李*, 欧阳小明 -> 欧**明. */
    public static String name(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        int len = n.codePointCount(0, n.length());
        if (len <= 1) {
            return n;
        }
        int[] cps = n.codePoints().toArray();
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        if (len == 2) {
            return sb.append(MASK).toString();
        }
        sb.append(String.valueOf(MASK).repeat(len - 2));
        return sb.appendCodePoint(cps[len - 1]).toString();
    }

    /** ID card number: the first 4 (the prefecture) and last 4 characters stay. */
    public static String idNumber(String id) {
        return keepEnds(id, 4, 4);
    }

    /** Bank card or account number: only the last 4 digits stay. */
    public static String bankAccount(String account) {
        return keepEnds(account, 0, 4);
    }

    /** Phone numbers of private persons: 138****5678. */
    public static String mobile(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /**
     * Masks ID-card and bank-number runs (15 to 19 digits, an ID's final X included) inside free
     * text such as a payment note ("代领人身份证360123…"), which lists sometimes carry.
     */
    public static String freeText(String text) {
        if (text == null) {
            return "";
        }
        return NUMBER_RUN.matcher(text).replaceAll(m -> {
            String run = m.group();
            return run.length() == 18 ? idNumber(run) : bankAccount(run);
        });
    }

    private static final java.util.regex.Pattern NUMBER_RUN =
            java.util.regex.Pattern.compile("(?<![0-9])[0-9]{14,18}[0-9Xx](?![0-9])");

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return "";
        }
        String v = value.strip().replace(" ", "");
        if (v.isEmpty()) {
            return "";
        }
        // Whatever the format, at least 4 characters and a third of them are hidden, so a short
        // passport or account number does not stay almost readable (138****5678 is the usual
        // form for a mobile); the last digits are the ones kept first.
        int hidden = Math.max(Math.min(4, v.length()), (v.length() + 2) / 3);
        int visible = Math.max(0, Math.min(head + tail, v.length() - hidden));
        int keepTail = Math.min(tail, visible);
        int keepHead = Math.min(head, visible - keepTail);
        return v.substring(0, keepHead) + String.valueOf(MASK).repeat(v.length() - keepHead - keepTail)
                + v.substring(v.length() - keepTail);
    }
}
