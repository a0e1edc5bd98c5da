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

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return "";
        }
        String v = value.strip().replace(" ", "");
        if (v.isEmpty()) {
            return "";
        }
        if (v.length() <= head + tail) {
            // Too short to keep both ends and still hide something: hide all but the last 2.
            int keep = Math.min(2, Math.max(0, v.length() - 2));
            return String.valueOf(MASK).repeat(v.length() - keep) + v.substring(v.length() - keep);
        }
        return v.substring(0, head) + String.valueOf(MASK).repeat(v.length() - head - tail)
                + v.substring(v.length() - tail);
    }
}
