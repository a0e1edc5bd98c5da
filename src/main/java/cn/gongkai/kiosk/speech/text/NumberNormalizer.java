package cn.gongkai.kiosk.speech.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every digit in a sentence with the hanzi it is read as, deciding from the context what
 * the number is. The passes run from the most specific form to the least (an ISO date before a
 * range, a phone number before an amount), each on the output of the one before; a pass writes
 * hanzi only, so later passes never see its digits again. Input is folded to half-width first
 * ({@link TextNormalizer}). All patterns are compiled once.
 */
final class NumberNormalizer {
    private NumberNormalizer() {
    }

    @FunctionalInterface
    private interface Rule {
        /** The replacement for the match, or null to leave it as it is. */
        String apply(Matcher m, String in);
    }

    // Ranges written with a wave or dash (not the ASCII hyphen, which dates and phones use too):
    // 1～3, 16—24岁, 8:30—12:00, 2026年3月—2026年10月.
    private static final Pattern WAVE_RANGE = Pattern.compile(
            "(?<=[0-9%]|[0-9][年月日号时点分])\\s*[~—–〜]\\s*(?=[0-9¥$])");
    private static final Pattern THOUSANDS = Pattern.compile("(?<![0-9.,])[0-9]{1,3}(?:,[0-9]{3}){1,4}(?![0-9]|,[0-9])");
    private static final Pattern ISO_DATE = Pattern.compile(
            "(?<![0-9./-])((?:19|20)[0-9]{2})([-/.])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9]|[-/.][0-9])");
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "(?<![0-9./-])((?:19|20)[0-9]{2})[-/]([0-9]{1,2})(?![0-9]|[-/.][0-9])");
    // 国办发〔2019〕54号: the year digit by digit, the serial number as a number.
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[〔\\[【(（]\\s*([0-9]{4})\\s*[〕\\]】)）]\\s*(?:第\\s*)?([0-9]{1,6})\\s*号");
    private static final Pattern BRACKET_YEAR = Pattern.compile(
            "(?<=〔\\s{0,2})[0-9]{4}(?=\\s{0,2}〕)|(?<=[\\[【(（]\\s{0,2})(?:19|20)[0-9]{2}(?=\\s{0,2}[\\]】)）])");
    // The rule: a 4-digit number before 年 is a year (2023年, 2019-2021年, 2026年度).
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9.])([0-9]{4})(?:\\s*(?:-|至|到)\\s*([0-9]{4}))?(?=\\s*年)");
    private static final String CLOCK = "([01]?[0-9]|2[0-4]):([0-5][0-9])(?::([0-5][0-9]))?";
    private static final Pattern TIME = Pattern.compile(
            "(?<![0-9:.])" + CLOCK + "(?:\\s*(?:-|至|到)\\s*" + CLOCK + ")?(?![0-9:])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9-])[(（]?(0[0-9]{2,3})(?:[)）]\\s*|-|\\s)([0-9]{7,8})(?:-([0-9]{1,6}))?(?![0-9-])");
    private static final Pattern SERVICE = Pattern.compile("(?<![0-9-])([48]00)-?([0-9]{3})-?([0-9]{4})(?![0-9-])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])([- ]?)([0-9]{4})\\2([0-9]{4})(?![0-9])");
    private static final Pattern PHONE_CONTEXT = Pattern.compile(
            "(?<=(?:电话|手机|热线|拨打|致电|号码|传真|座机|求助)[:\\s]{0,2})[0-9]{3,12}(?![0-9.])"
                    + "|(?<![0-9.])[0-9]{3,6}(?=热线|报警|急救|火警|求助|服务热线)");
    // 12xxx are the government's hotlines (12345, 12333, 12366), 95xxx the banks' and insurers';
    // a round number (12000, 95500) or one followed by a unit (12345元) is an amount.
    private static final Pattern HOTLINE = Pattern.compile("(?<![0-9.])(?:12|95)[0-9](?!00)[0-9]{2}(?![0-9.%])");
    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z0-9.-])(?=[A-Za-z-]*[0-9])[A-Za-z0-9]{1,20}(?:-[A-Za-z0-9]{1,20}){2,6}(?![A-Za-z0-9]|-[A-Za-z0-9])");
    private static final Pattern HYPHEN_RANGE = Pattern.compile("(?<=[0-9%])\\s*-\\s*(?=[0-9¥$])");
    private static final Pattern BELOW_ZERO = Pattern.compile("(?<![0-9A-Za-z])-([0-9]+)(?:\\.([0-9]+))?(?=\\s*(?:摄氏度|度))");
    private static final Pattern NEGATIVE = Pattern.compile("(?<![0-9A-Za-z])-(?=[0-9])");
    private static final Pattern PERCENT = Pattern.compile("(?<![0-9.])([0-9]+)(?:\\.([0-9]+))?\\s*([%‰])");
    private static final Pattern MONEY = Pattern.compile("([¥$])\\s*([0-9]+)(?:\\.([0-9]+))?(\\s*(?:万元|亿元|元|万|亿|千))?");
    private static final Pattern UNIT = Pattern.compile(
            "(?<=[0-9])\\s*(km|KM|Km|kg|KG|Kg|cm|mm|ml|mL|kWh|kwh|kW|kw|m²|m2|m³|m3|min|m|g|t|h|L)(?![A-Za-z0-9²³])");
    private static final Pattern FRACTION = Pattern.compile("(?<![0-9/.])([0-9]{1,4})/([0-9]{1,4})(?![0-9/]|\\.[0-9])");
    private static final Pattern DECIMAL = Pattern.compile("(?<![0-9.])([0-9]+)\\.([0-9]+)(?![0-9]|\\.[0-9])");
    private static final Pattern INTEGER = Pattern.compile("[0-9]+");

    /** Measure words after which 2 is 两 (两个, 两年, 两万); not 月, 日, 号, 级, 层: 二月, 二号. */
    private static final Set<String> MEASURES = Set.of("个", "人", "次", "年", "天", "周", "周岁", "岁", "名", "位",
            "家", "户", "件", "条", "项", "种", "类", "本", "张", "台", "辆", "头", "只", "元", "块", "角", "分钟",
            "小时", "所", "座", "栋", "间", "套", "处", "批", "份", "亩", "公里", "千米", "千克", "公斤", "斤", "米",
            "厘米", "吨", "倍", "万", "亿", "千", "轮", "趟", "遍", "场", "节", "点", "分", "克", "升", "平方米",
            "立方米", "毛", "门", "笔", "支", "枚", "根", "双", "对", "片", "句", "篇", "封", "首", "股", "成", "道");
    /** What follows an amount of money or a count: a hotline number is never followed by these. */
    private static final String AMOUNT_FOLLOWERS = "元万亿千百年月日号%";

    static String apply(String s) {
        s = replace(WAVE_RANGE, s, (m, in) -> "至");
        s = replace(THOUSANDS, s, (m, in) -> m.group().replace(",", ""));
        s = replace(ISO_DATE, s, (m, in) -> date(m.group(1), m.group(3), m.group(4)));
        s = replace(YEAR_MONTH, s, (m, in) -> date(m.group(1), m.group(2), null));
        s = replace(DOC_NUMBER, s, (m, in) ->
                NumberReader.digits(m.group(1), false) + " " + NumberReader.integer(m.group(2)) + "号");
        s = replace(BRACKET_YEAR, s, (m, in) -> NumberReader.digits(m.group(), false));
        s = replace(YEAR, s, (m, in) -> NumberReader.digits(m.group(1), false)
                + (m.group(2) == null ? "" : "至" + NumberReader.digits(m.group(2), false)));
        s = replace(TIME, s, NumberNormalizer::time);
        s = replace(LANDLINE, s, (m, in) -> yao(m.group(1)) + " " + yao(m.group(2))
                + (m.group(3) == null ? "" : "转" + yao(m.group(3))));
        s = replace(SERVICE, s, (m, in) -> yao(m.group(1)) + " " + yao(m.group(2)) + " " + yao(m.group(3)));
        s = replace(MOBILE, s, (m, in) -> yao(m.group(1)) + " " + yao(m.group(3)) + " " + yao(m.group(4)));
        s = replace(PHONE_CONTEXT, s, (m, in) -> yao(m.group()));
        s = replace(HOTLINE, s, (m, in) -> amountFollows(in, m.end()) ? null : yao(m.group()));
        s = replace(CODE, s, (m, in) -> replace(INTEGER, m.group().replace('-', ' '), (d, x) -> yao(d.group())));
        s = replace(HYPHEN_RANGE, s, (m, in) -> "至");
        s = replace(BELOW_ZERO, s, (m, in) -> "零下" + amount(m.group(1), m.group(2), false));
        s = replace(NEGATIVE, s, (m, in) -> "负");
        s = replace(PERCENT, s, (m, in) ->
                (m.group(3).equals("%") ? "百分之" : "千分之") + amount(m.group(1), m.group(2), false));
        s = replace(MONEY, s, NumberNormalizer::money);
        s = replace(UNIT, s, (m, in) -> unit(m.group(1)));
        s = replace(FRACTION, s, (m, in) ->
                NumberReader.integer(m.group(2)) + "分之" + NumberReader.integer(m.group(1)));
        s = replace(DECIMAL, s, (m, in) -> NumberReader.decimal(m.group(1), m.group(2), moneyFollows(in, m.end())));
        return replace(INTEGER, s, NumberNormalizer::integer);
    }

    private static String date(String year, String month, String day) {
        int mo = Integer.parseInt(month);
        int d = day == null ? 1 : Integer.parseInt(day);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return null;
        }
        String ym = NumberReader.digits(year, false) + "年" + NumberReader.integer(String.valueOf(mo)) + "月";
        return day == null ? ym : ym + NumberReader.integer(String.valueOf(d)) + "日";
    }

    private static String time(Matcher m, String in) {
        String first = clock(m.group(1), m.group(2), m.group(3));
        return m.group(4) == null ? first : first + "至" + clock(m.group(4), m.group(5), m.group(6));
    }

    /** 9:00 → 九点, 14:30 → 十四点三十分, 8:05 → 八点零五分, 2:00 → 两点. */
    private static String clock(String hour, String minute, String second) {
        int h = Integer.parseInt(hour);
        int min = Integer.parseInt(minute);
        StringBuilder sb = new StringBuilder(h == 2 ? "两" : NumberReader.integer(String.valueOf(h))).append('点');
        if (min > 0 || (second != null && Integer.parseInt(second) > 0)) {
            sb.append(min < 10 ? "零" : "").append(NumberReader.integer(String.valueOf(min))).append('分');
        }
        if (second != null && Integer.parseInt(second) > 0) {
            sb.append(NumberReader.integer(String.valueOf(Integer.parseInt(second)))).append('秒');
        }
        return sb.toString();
    }

    /** ¥1234.50 → 一千二百三十四点五元; ¥29.7亿 → 二十九点七亿元; $100 → 一百美元. */
    private static String money(Matcher m, String in) {
        String unit = m.group(4) == null ? "" : m.group(4).strip();
        String currency = m.group(1).equals("$") ? "美元" : "元";
        String suffix = unit.endsWith("元") ? (currency.equals("元") ? unit : unit.replace("元", "美元"))
                : unit + currency;
        return amount(m.group(2), m.group(3), true) + suffix;
    }

    private static String amount(String intPart, String fraction, boolean money) {
        return fraction == null ? NumberReader.integer(stripZeros(intPart))
                : NumberReader.decimal(intPart, fraction, money);
    }

    /** An amount with a leading zero (¥05, 05%) is still an amount, unlike a code. */
    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static String unit(String u) {
        return switch (u) {
            case "km", "KM", "Km" -> "公里";
            case "kg", "KG", "Kg" -> "千克";
            case "cm" -> "厘米";
            case "mm" -> "毫米";
            case "ml", "mL" -> "毫升";
            case "kWh", "kwh" -> "千瓦时";
            case "kW", "kw" -> "千瓦";
            case "m²", "m2" -> "平方米";
            case "m³", "m3" -> "立方米";
            case "min" -> "分钟";
            case "m" -> "米";
            case "g" -> "克";
            case "t" -> "吨";
            case "h" -> "小时";
            case "L" -> "升";
            default -> u;
        };
    }

    private static String integer(Matcher m, String in) {
        String digits = m.group();
        if (digits.equals("2") && measureFollows(in, m.end()) && !ordinal(in, m.start())) {
            return "两";
        }
        return NumberReader.integer(digits);
    }

    private static boolean ordinal(String in, int start) {
        return start > 0 && (in.charAt(start - 1) == '第' || in.charAt(start - 1) == '初'
                || in.startsWith("星期", Math.max(0, start - 2)) || in.charAt(start - 1) == '周');
    }

    private static boolean measureFollows(String in, int end) {
        int p = skipSpaces(in, end);
        for (int len = 3; len >= 1; len--) {
            if (p + len <= in.length() && MEASURES.contains(in.substring(p, p + len))) {
                return true;
            }
        }
        return false;
    }

    private static boolean amountFollows(String in, int end) {
        int p = skipSpaces(in, end);
        return p < in.length() && (AMOUNT_FOLLOWERS.indexOf(in.charAt(p)) >= 0 || measureFollows(in, p));
    }

    /** 1234.50元, 86.50万元: money drops trailing zeros of the fraction. */
    private static boolean moneyFollows(String in, int end) {
        int p = skipSpaces(in, end);
        if (p < in.length() && "万亿千".indexOf(in.charAt(p)) >= 0) {
            p++;
        }
        return p < in.length() && (in.charAt(p) == '元' || in.charAt(p) == '块');
    }

    private static int skipSpaces(String in, int p) {
        while (p < in.length() && in.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    private static String yao(String digits) {
        return NumberReader.digits(digits, true);
    }

    private static String replace(Pattern p, String in, Rule rule) {
        Matcher m = p.matcher(in);
        if (!m.find()) {
            return in;
        }
        StringBuilder sb = new StringBuilder(in.length() + 16);
        int last = 0;
        do {
            String r = rule.apply(m, in);
            if (r != null) {
                sb.append(in, last, m.start()).append(r);
                last = m.end();
            }
        } while (m.find());
        return sb.append(in, last, in.length()).toString();
    }
}
