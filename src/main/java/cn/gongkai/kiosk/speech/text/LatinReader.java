package cn.gongkai.kiosk.speech.text;

import java.util.Locale;
import java.util.Map;

/**
 * A run of Latin letters as English words for FreeTTS. Capitalised acronyms are spelled letter by
 * letter ("APP" → "A P P"): FreeTTS spells some by itself (PDF) but reads others as words
 * (APP as "ap"), and villagers know these as letters. Lower-case words are left to FreeTTS.
 */
final class LatinReader {
    /** Words Chinese speakers say differently from FreeTTS's guess; keys in lower case. */
    static final Map<String, String> WORDS = Map.of(
            "wifi", "why fy", // FreeTTS says "wiffy" and "wee fie"
            "wi-fi", "why fy",
            "app", "A P P",
            "ok", "OK",
            "vs", "versus");

    private LatinReader() {
    }

    /**
     * @param run letters, with single spaces between words and '.', '-', '@', '\'' only between
     *            letters (as {@link TextNormalizer} leaves them)
     */
    static String spoken(String run) {
        StringBuilder sb = new StringBuilder(run.length() * 2);
        for (String word : run.trim().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String known = WORDS.get(word.toLowerCase(Locale.ROOT));
            if (known != null) {
                append(sb, known);
                continue;
            }
            // www.gov.cn → "www dot gov dot cn"; e-mail → "e mail".
            for (String part : word.replace(".", " dot ").replace("@", " at ").replace('-', ' ').split(" +")) {
                if (!part.isEmpty()) {
                    append(sb, acronym(part) ? spell(part) : part);
                }
            }
        }
        return sb.toString();
    }

    private static boolean acronym(String part) {
        if (part.length() == 1) {
            return true;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    private static String spell(String part) {
        StringBuilder sb = new StringBuilder(part.length() * 2);
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isLetter(c)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String s) {
        if (s.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(s);
    }
}
