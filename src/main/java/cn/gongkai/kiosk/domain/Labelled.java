package cn.gongkai.kiosk.domain;

/**
 * An enumerated value with the Chinese label that content and screens use. The label is also the
 * form found in county tables, so parsing goes through it.
 */
public interface Labelled {
    String label();

    /** Finds the constant whose label is {@code text}; variants such as 镇级 for 乡级 are handled by callers. */
    static <E extends Enum<E> & Labelled> E fromLabel(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + labels(type));
    }

    static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.label());
        }
        return sb.toString();
    }
}
