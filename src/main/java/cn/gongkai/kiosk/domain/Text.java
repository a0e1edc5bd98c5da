package cn.gongkai.kiosk.domain;

/** Small checks shared by the records' constructors, so invalid content fails where it enters. */
final class Text {
    private Text() {
    }

    static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    static void requireId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("id: must be 1-100 ASCII letters, digits, '.', '_' or '-', got '" + id + "'");
        }
    }
}
