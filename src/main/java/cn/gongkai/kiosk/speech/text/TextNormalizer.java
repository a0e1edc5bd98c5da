package cn.gongkai.kiosk.speech.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence as source text to the text it is read as: hanzi, ASCII letters (Latin words, read
 * in English), single spaces, the pause marks ，、：； and the end marks 。！？. Everything else is
 * either expanded (numbers, units, symbols) or dropped (quotes, emoji, box drawing, private use,
 * masked personal data).
 *
 * <p>The steps: fold full-width forms to ASCII; expand units that are never words; mask;
 * expand numbers ({@link NumberNormalizer}); filter to the alphabet above.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    /**
     * 张*明 → 张某明: saying 张明 would name someone else, and skipping the name loses who is meant;
     * 某 is how Chinese says an anonymised character. At most 3 stars after a hanzi, and not
     * followed by a digit (身份证****1234 is a masked number).
     */
    private static final Pattern MASKED_NAME = Pattern.compile("(?<=\\p{IsHan})\\*{1,3}(?![0-9A-Za-z*])");
    /**
     * 3601**********1234, 6217 **** **** 1234, 138****5678: a number with any digit hidden is not
     * read at all, not even its visible ends, which identify nothing when heard.
     */
    private static final Pattern MASKED_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z*])(?=[0-9 *]{0,40}\\*)[0-9*]{1,30}(?: [0-9*]{1,30}){0,6}[Xx]?(?![0-9A-Za-z*])");
    /** Units that are never English words, wherever they stand. */
    private static final Pattern UNIT_WORD = Pattern.compile("(?<![A-Za-z])(?:km|KM|kg|KG)(?![A-Za-z])|m²|m³|°C|°F|°");

    static String normalize(String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return "";
        }
        String s = fold(sentence);
        if (s.indexOf('*') >= 0) {
            s = MASKED_NAME.matcher(s).replaceAll("某");
            s = MASKED_NUMBER.matcher(s).replaceAll("");
        }
        s = replaceUnits(s);
        if (hasDigit(s)) {
            s = NumberNormalizer.apply(s);
        }
        return filter(s);
    }

    /**
     * Full-width letters, digits and symbols to ASCII (ＡＰＰ, １２３, ５０％, ８：３０), so one set of
     * patterns reads both. The full-width ，；！？（） stay: "1，2" is a list, not 1,2 or 12.
     */
    static String fold(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = foldChar(c);
            if (r == null) {
                if (sb != null) {
                    sb.append(c);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                sb.append(r);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The replacement of one character, or null to keep it. */
    private static String foldChar(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return "，；！？（）".indexOf(c) >= 0 ? null : String.valueOf((char) (c - 0xFEE0));
        }
        if (c < 0x80) {
            return c == '\t' || c == '\n' || c == '\r' ? " " : c < 0x20 || c == 0x7F ? "" : null;
        }
        if (c >= '\u2460' && c <= '\u249B') { // ① ⑴ ⒈ (1 to 20): list numbers
            return String.valueOf((c - 0x2460) % 20 + 1);
        }
        if ((c >= '\u2160' && c <= '\u216B') || (c >= '\u2170' && c <= '\u217B')) { // Ⅲ, ⅲ in headings
            return String.valueOf((c - 0x2160) % 16 + 1);
        }
        switch (c) {
            case '\u3000': case '\u00A0': case '\u2002': case '\u2003': case '\u2009': case '\u202F':
                return " ";
            case '\uFFE5': return "¥";
            case '〇': return "零";
            case '㎡': return "平方米";
            case '㎞': return "公里";
            case '㎏': return "千克";
            case '㎝': return "厘米";
            case '㎜': return "毫米";
            case '℃': return "摄氏度";
            case '℉': return "华氏度";
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF':
                return ""; // invisible: would split 2023 or a word in two
            default:
                return null;
        }
    }

    private static String replaceUnits(String s) {
        Matcher m = UNIT_WORD.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        int last = 0;
        do {
            String u = m.group();
            String r = switch (u) {
                case "km", "KM" -> "公里";
                case "kg", "KG" -> "千克";
                case "m²" -> "平方米";
                case "m³" -> "立方米";
                case "°C" -> "摄氏度";
                case "°F" -> "华氏度";
                default -> "度";
            };
            sb.append(s, last, m.start()).append(r);
            last = m.end();
        } while (m.find());
        return sb.append(s, last, s.length()).toString();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Kept as they are. */
    private static final String PAUSES = "，、：；";
    /** Said as a short pause: brackets, dashes, ellipsis, separators. */
    private static final String SOFT = ",:;()（）[]【】〔〕{}〈〉<>—–-…~～·・|/\\.";
    private static final String ENDS = "。！？!?";
    /** Quotes and title marks: no sound and no pause. */
    private static final String SILENT = "\"'“”‘’《》「」『』`";

    /** Reduces to the alphabet of the class comment; runs of pauses become one. */
    static String filter(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char pending = 0; // the separator to write before the next word: a pause mark or ' '
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isLetter(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flush(out, pending);
                pending = 0;
                out.appendCodePoint(cp);
            } else if (cp >= '0' && cp <= '9') { // left over by no rule: say the digit
                flush(out, pending);
                pending = 0;
                out.append(NumberReader.digits(String.valueOf((char) cp), false));
            } else if (ENDS.indexOf(cp) >= 0) {
                trimSeparators(out);
                if (out.length() > 0 && ENDS.indexOf(out.charAt(out.length() - 1)) < 0) {
                    out.append(cp == '!' ? '！' : cp == '?' ? '？' : (char) cp);
                }
                pending = 0;
            } else if (joinsLatin(s, i, cp, next)) {
                out.append((char) cp); // Wi-Fi, www.gov.cn, O'Neil
            } else if (cp == '/' && pending == 0 && out.length() > 0
                    && "元米克斤吨".indexOf(out.charAt(out.length() - 1)) >= 0) {
                out.append('每'); // 元/亩 → 元每亩
            } else if (cp == '&') {
                flush(out, pending);
                pending = 0;
                out.append('和');
            } else if (PAUSES.indexOf(cp) >= 0 || SOFT.indexOf(cp) >= 0) {
                if (pending == 0 || pending == ' ') {
                    pending = PAUSES.indexOf(cp) >= 0 ? (char) cp
                            : cp == ',' ? '，' : cp == ':' ? '：' : cp == ';' ? '；' : '，';
                }
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (pending == 0) {
                    pending = ' ';
                }
            } else if (SILENT.indexOf(cp) < 0 && pending == 0 && out.length() > 0
                    && isLetter(out.charAt(out.length() - 1))) {
                pending = ' '; // a dropped symbol still separates two Latin words
            }
            i = next;
        }
        trimSeparators(out);
        return out.toString();
    }

    private static void flush(StringBuilder out, char pending) {
        if (pending != 0 && out.length() > 0 && ENDS.indexOf(out.charAt(out.length() - 1)) < 0) {
            out.append(pending);
        }
    }

    private static void trimSeparators(StringBuilder out) {
        int n = out.length();
        while (n > 0 && (out.charAt(n - 1) == ' ' || PAUSES.indexOf(out.charAt(n - 1)) >= 0)) {
            n--;
        }
        out.setLength(n);
    }

    private static boolean joinsLatin(String s, int i, int cp, int next) {
        return (cp == '-' || cp == '.' || cp == '@' || cp == '\'') && i > 0 && isLetter(s.charAt(i - 1))
                && next < s.length() && isLetter(s.charAt(next));
    }

    static boolean isLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
