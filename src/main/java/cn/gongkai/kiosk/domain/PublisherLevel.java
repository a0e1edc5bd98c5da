package cn.gongkai.kiosk.domain;

import java.util.Locale;

/**
 * Who published a record, following 三级联动: the county, a county department, a township, a
 * village. With the region code it decides whether a record is shown on a kiosk.
 */
public enum PublisherLevel {
    COUNTY("县级"),
    DEPARTMENT("县直部门"),
    TOWNSHIP("乡镇"),
    VILLAGE("村(社区)");

    private final String label;

    PublisherLevel(String label) {
        this.label = label;
    }

    /** The Chinese name shown to villagers. */
    public String label() {
        return label;
    }

    /** The lowercase name used in JSON and the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PublisherLevel fromKey(String key) {
        for (PublisherLevel level : values()) {
            if (level.key().equals(key)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown scope level '" + key + "' (expected county, department, township or village)");
    }
}
