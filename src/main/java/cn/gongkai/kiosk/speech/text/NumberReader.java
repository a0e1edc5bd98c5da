package cn.gongkai.kiosk.speech.text;

/**
 * How a string of ASCII digits is said in Mandarin, without any context: as an amount (万/亿
 * grouping with 零), as a decimal, or digit by digit. The context (is it a year, a phone number,
 * money?) is decided by {@link NumberNormalizer}.
 */
final class NumberReader {
    private static final char[] DIGIT = "零一二三四五六七八九".toCharArray();
    /** Markers of the 4-digit groups, lowest first: Chinese counts in 万 (10^4), not in thousands. */
    private static final String[] GROUP = {"", "万", "亿"};
    /**
     * Longer digit runs are identifiers (ID cards, 16- to 19-digit bank cards), never amounts;
     * 12 digits reach 九千九百九十九亿, beyond anything a county publishes.
     */
    static final int MAX_AMOUNT_DIGITS = 12;

    private NumberReader() {
    }

    /**
     * Digit by digit. With {@code yao}, 1 is 幺 as in phone, ID and account numbers (yi1 is easily
     * confused with qi1 over a loudspeaker); years keep 一.
     */
    static String digits(CharSequence s, boolean yao) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(yao && c == '1' ? '幺' : DIGIT[c - '0']);
            }
        }
        return sb.toString();
    }

    /**
     * An integer as an amount: 10086 → 一万零八十六, 250000000 → 两亿五千万. Leading zeros or more
     * than {@link #MAX_AMOUNT_DIGITS} digits mean a code, read digit by digit with 幺.
     *
     * <p>两 or 二: 2 is 两 where spoken Mandarin requires it, at the start of a group before 千
     * (两千, 一万两千, 一亿两千万) and for a leading 2 before 万/亿 (两万, 两亿). Everywhere else
     * it is 二 (十二, 二十, 二百, 一千零二): 二百 is standard and 两 inside 十 or in the ones place
     * is wrong. A bare 2 before a measure word (两个) is the caller's business.
     */
    static String integer(CharSequence digits) {
        int n = digits.length();
        if (n == 0) {
            return "";
        }
        if (n > MAX_AMOUNT_DIGITS || (n > 1 && digits.charAt(0) == '0')) {
            return digits(digits, true);
        }
        if (n == 1) {
            return String.valueOf(DIGIT[digits.charAt(0) - '0']);
        }
        StringBuilder sb = new StringBuilder(n * 2);
        int groups = (n + 3) / 4;
        boolean pendingZero = false;
        for (int g = groups - 1; g >= 0; g--) {
            int end = n - g * 4;
            int begin = Math.max(0, end - 4);
            int value = Integer.parseInt(digits, begin, end, 10);
            if (value == 0) {
                pendingZero = sb.length() > 0;
                continue;
            }
            boolean top = sb.length() == 0;
            // A group below 1000 after a higher one is said with 零: 10086 → 一万零八十六.
            if (!top && (pendingZero || value < 1000)) {
                sb.append('零');
            }
            pendingZero = false;
            group(sb, value, top, g > 0);
            sb.append(GROUP[g]);
        }
        return sb.toString();
    }

    private static void group(StringBuilder sb, int value, boolean top, boolean marked) {
        if (top && marked && value == 2) {
            sb.append('两');
            return;
        }
        int[] d = {value / 1000, value / 100 % 10, value / 10 % 10, value % 10};
        String[] unit = {"千", "百", "十", ""};
        boolean started = false;
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            if (d[i] == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            if (i == 0 && d[i] == 2) {
                sb.append('两');
            } else if (i == 2 && d[i] == 1 && top && !started) {
                // 十二, not 一十二, but only at the very start: 112 → 一百一十二.
            } else {
                sb.append(DIGIT[d[i]]);
            }
            sb.append(unit[i]);
            started = true;
        }
    }

    /**
     * A decimal: 29.7 → 二十九点七, 0.5 → 零点五. The fraction is read digit by digit; with
     * {@code trimZeros} trailing zeros go (money: 1234.50元 → 一千二百三十四点五元, 12.00元 → 十二元).
     */
    static String decimal(CharSequence intPart, CharSequence fraction, boolean trimZeros) {
        int end = fraction.length();
        if (trimZeros) {
            while (end > 0 && fraction.charAt(end - 1) == '0') {
                end--;
            }
        }
        String whole = intPart.length() == 0 ? "零" : integerNoCode(intPart);
        return end == 0 ? whole : whole + "点" + digits(fraction.subSequence(0, end), false);
    }

    /** The integer part of a decimal is an amount even with a leading zero (0.5, 00.5). */
    private static String integerNoCode(CharSequence intPart) {
        int i = 0;
        while (i < intPart.length() - 1 && intPart.charAt(i) == '0') {
            i++;
        }
        return integer(intPart.subSequence(i, intPart.length()));
    }
}
