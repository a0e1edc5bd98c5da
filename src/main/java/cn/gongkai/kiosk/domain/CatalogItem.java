package cn.gongkai.kiosk.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a standard disclosure catalog (基层政务公开标准目录): an item under a domain, at level 1
 * and level 2, with the elements every county table carries.
 *
 * @param content   公开内容(要素): what exactly is disclosed
 * @param basis     公开依据: the laws and documents that require it
 * @param deadline  公开时限
 * @param subject   公开主体: the responsible body
 * @param channels  公开渠道和载体
 * @param fivePublic 五公开 tags where the county gave them, else empty
 */
public record CatalogItem(
        String id,
        String domain,
        String level1,
        String level2,
        String content,
        String basis,
        String deadline,
        String subject,
        List<String> channels,
        Audience audience,
        Manner manner,
        Set<CatalogLevel> levels,
        Set<FivePublic> fivePublic,
        Scope scope) {

    public CatalogItem {
        Text.requireId(id);
        domain = Text.require(domain, "domain");
        level1 = Text.require(level1, "level1");
        level2 = Text.require(level2, "level2");
        content = Text.require(content, "content");
        basis = Text.require(basis, "basis");
        deadline = Text.require(deadline, "deadline");
        subject = Text.require(subject, "subject");
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels: at least one channel is required");
        }
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(manner, "manner");
        levels = Set.copyOf(levels);
        fivePublic = Set.copyOf(fivePublic);
        Objects.requireNonNull(scope, "scope");
    }

    /** 公开对象. */
    public enum Audience implements Labelled {
        PUBLIC("全社会"), SPECIFIC_GROUP("特定群体");

        private final String label;

        Audience(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** 公开方式. */
    public enum Manner implements Labelled {
        PROACTIVE("主动"), ON_APPLICATION("依申请");

        private final String label;

        Manner(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** 公开层级. */
    public enum CatalogLevel implements Labelled {
        COUNTY("县级"), TOWNSHIP("乡级"), VILLAGE("村级");

        private final String label;

        CatalogLevel(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** 五公开: decision, implementation, management, service, result. */
    public enum FivePublic implements Labelled {
        DECISION("决策"), IMPLEMENTATION("执行"), MANAGEMENT("管理"), SERVICE("服务"), RESULT("结果");

        private final String label;

        FivePublic(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
