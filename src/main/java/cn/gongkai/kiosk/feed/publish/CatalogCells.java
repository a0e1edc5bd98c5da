package cn.gongkai.kiosk.feed.publish;

import cn.gongkai.kiosk.domain.CatalogItem.Audience;
import cn.gongkai.kiosk.domain.CatalogItem.CatalogLevel;
import cn.gongkai.kiosk.domain.CatalogItem.FivePublic;
import cn.gongkai.kiosk.domain.CatalogItem.Manner;
import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.domain.Labelled;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The spellings county spreadsheets use in single cells: marks, labels, lists, domain names. */
final class CatalogCells {
    /** Spreadsheets pad with full-width and non-breaking spaces as often as with plain ones. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,；;/／\\s\\u00A0\\u3000]+");
    /** Checklist boxes: ■ required, □ optional; both name a channel the item uses. */
    private static final Pattern CHECKBOXES = Pattern.compile("[■□☑☐]");
    private static final Set<String> MARKS = Set.of("√", "✓", "✔", "☑", "是");
    private static final Set<String> NOT_MARKED = Set.of("", "×", "✗", "✘", "否", "-", "—", "/", "无");
    /** Other spellings Domains.byName accepts; Domains has no list of them, so they are named here. */
    private static final List<String> DOMAIN_ALIASES = List.of("扶贫", "扶贫/乡村振兴");

    private CatalogCells() {
    }

    /** Cell text as stored: stripped, with Windows and old Mac line breaks turned into \n. */
    static String clean(String raw) {
        return raw == null ? "" : raw.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Text with every kind of space and line break removed, for comparing header names and labels. */
    static String squeeze(String text) {
        return SPACE.matcher(text).replaceAll("");
    }

    /** The entries of a list cell ("县级、乡级", "决策，执行"), in order. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String p : LIST_SEPARATORS.split(text)) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** Channels from text or from a ■/□ checklist, in order and without repeats. */
    static List<String> channels(String text) {
        return List.copyOf(new LinkedHashSet<>(split(CHECKBOXES.matcher(text).replaceAll(" "))));
    }

    /** True for a √ mark, false for an empty or crossed cell, empty for anything else. */
    static Optional<Boolean> mark(String cell) {
        String c = squeeze(cell);
        if (MARKS.contains(c)) {
            return Optional.of(true);
        }
        return NOT_MARKED.contains(c) ? Optional.of(false) : Optional.empty();
    }

    static Audience audience(String text) {
        return byLabel(Audience.class, withoutSuffix(squeeze(text), "公开"));
    }

    /** 主动, 主动公开, 依申请, 依申请公开. */
    static Manner manner(String text) {
        return byLabel(Manner.class, withoutSuffix(squeeze(text), "公开"));
    }

    /** 县级, 乡级, 村级, and the variants 镇级 and 乡镇级 (towns write 镇 for 乡); the 级 may be left out. */
    static CatalogLevel level(String text) {
        return switch (withoutSuffix(squeeze(text), "级")) {
            case "县" -> CatalogLevel.COUNTY;
            case "乡", "镇", "乡镇" -> CatalogLevel.TOWNSHIP;
            case "村" -> CatalogLevel.VILLAGE;
            default -> null;
        };
    }

    static FivePublic fivePublic(String text) {
        return byLabel(FivePublic.class, withoutSuffix(squeeze(text), "公开"));
    }

    /** The canonical name of the domain a 领域 cell names ("就业", "就业领域", "扶贫"). */
    static Optional<String> domain(String cell) {
        String name = withoutSuffix(squeeze(cell).replace('／', '/'), "领域");
        return Domains.byName(name).map(Domains.Domain::name);
    }

    /**
     * The canonical name of the domain a title row names, as the longest known name it contains.
     * Every title says "政务公开", which contains the village-affairs domain 政务, so the 26
     * standard domains are looked for first and the village-affairs ones only in the rest of the
     * title; a title for the village 政务 list must therefore use a 领域 column instead.
     */
    static Optional<String> domainInTitle(String title) {
        String t = squeeze(title).replace('／', '/');
        Optional<String> standard = longestContained(t, Domains.Kind.STANDARD);
        return standard.isPresent() ? standard
                : longestContained(t.replace("政务公开", ""), Domains.Kind.VILLAGE_AFFAIRS);
    }

    private static Optional<String> longestContained(String text, Domains.Kind kind) {
        List<String> spellings = new ArrayList<>();
        Domains.all().stream().filter(d -> d.kind() == kind).forEach(d -> spellings.add(d.name()));
        DOMAIN_ALIASES.stream()
                .filter(a -> Domains.byName(a).map(d -> d.kind() == kind).orElse(false))
                .forEach(spellings::add);
        String best = null;
        for (String s : spellings) {
            if (text.contains(s) && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        return Optional.ofNullable(best).flatMap(Domains::byName).map(Domains.Domain::name);
    }

    private static String withoutSuffix(String text, String suffix) {
        return text.length() > suffix.length() && text.endsWith(suffix)
                ? text.substring(0, text.length() - suffix.length()) : text;
    }

    private static <E extends Enum<E> & Labelled> E byLabel(Class<E> type, String label) {
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(label)) {
                return e;
            }
        }
        return null;
    }
}
