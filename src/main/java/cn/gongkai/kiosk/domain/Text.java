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

    /**
     * A media name: a file of the feed (media/..., relative, without '..', backslashes or control
     * characters) or a picture staff attached on the kiosk (local-media/...).
     */
    static void requireMediaName(String name, String field, String example) {
        String prefix = name.startsWith("local-media/") ? "local-media/" : "media/";
        boolean ok = name.startsWith(prefix) && name.length() > prefix.length() && name.length() <= 400
                && !name.endsWith("/")
                && name.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f || ch == '\\' || ch == ':');
        for (String segment : name.split("/", -1)) {
            ok &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
        }
        if (!ok) {
            throw new IllegalArgumentException(field + ": must name a media file of the feed, like " + example
                    + ", got '" + name + "'");
        }
    }
}
