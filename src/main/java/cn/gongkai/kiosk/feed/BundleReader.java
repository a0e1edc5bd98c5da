package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.util.StrictJson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads record files (a feed's record objects, a content folder's files) into a
 * {@link ContentSet}, checking every record. Nothing is half-read: any bad record fails the whole
 * set with a message naming file, record and field.
 */
public final class BundleReader {
    /** Caps what one file may hold, so a damaged or hostile bundle cannot exhaust memory. */
    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    private static final java.util.Map<String, Manifest.Kind> RECORD_FILES = java.util.Map.of(
            "policies", Manifest.Kind.POLICY, "funds", Manifest.Kind.FUND, "notices", Manifest.Kind.NOTICE,
            "broadcasts", Manifest.Kind.BROADCAST);

    /** The kind of record file a content-folder name holds, if it holds records. */
    public static java.util.Optional<Manifest.Kind> kindOf(String file) {
        if (!file.endsWith(".json")) {
            return java.util.Optional.empty();
        }
        for (var e : RECORD_FILES.entrySet()) {
            if (file.equals(e.getKey() + ".json") || file.startsWith(e.getKey() + "/")) {
                return java.util.Optional.of(e.getValue());
            }
        }
        return file.startsWith("catalog/") ? java.util.Optional.of(Manifest.Kind.CATALOG) : java.util.Optional.empty();
    }

    /**
     * Gathers records file by file and checks ids are unique per kind. A catalog file is a domain
     * table; a policy, fund, notice or broadcast file holds one record or a list of them.
     */
    public static final class Collector {
        private final List<CatalogItem> catalog = new ArrayList<>();
        private final List<Policy> policies = new ArrayList<>();
        private final List<FundDisclosure> funds = new ArrayList<>();
        private final List<Notice> notices = new ArrayList<>();
        private final List<BroadcastEntry> broadcasts = new ArrayList<>();

        public void add(Manifest.Kind kind, String file, byte[] bytes) throws BundleFormatException {
            if (bytes.length > MAX_FILE_BYTES) {
                throw new BundleFormatException(file + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            add(kind, file, parse(file, bytes));
        }

        void add(Manifest.Kind kind, String file, JsonElement json) throws BundleFormatException {
            JsonElement list = json != null && json.isJsonObject() && kind != Manifest.Kind.CATALOG ? wrap(json) : json;
            switch (kind) {
                case CATALOG -> catalog.addAll(catalogTable(file, json));
                case POLICY -> policies.addAll(records(file, list, RecordParser::policy));
                case FUND -> funds.addAll(records(file, list, RecordParser::fund));
                case NOTICE -> notices.addAll(records(file, list, RecordParser::notice));
                case BROADCAST -> broadcasts.addAll(records(file, list, RecordParser::broadcast));
                case MEDIA -> throw new BundleFormatException(file + ": media is not a record file");
            }
        }

        /** Adds records already read (to check ids across several inputs). */
        public void addAll(ContentSet c) {
            catalog.addAll(c.catalog());
            policies.addAll(c.policies());
            funds.addAll(c.funds());
            notices.addAll(c.notices());
            broadcasts.addAll(c.broadcasts());
        }

        public ContentSet content() throws BundleFormatException {
            requireUniqueIds("catalog", catalog.stream().map(CatalogItem::id).toList());
            requireUniqueIds("policies", policies.stream().map(Policy::id).toList());
            requireUniqueIds("funds", funds.stream().map(FundDisclosure::id).toList());
            requireUniqueIds("notices", notices.stream().map(Notice::id).toList());
            requireUniqueIds("broadcasts", broadcasts.stream().map(BroadcastEntry::id).toList());
            return new ContentSet(catalog, policies, funds, notices, broadcasts);
        }

        private static JsonElement wrap(JsonElement single) {
            com.google.gson.JsonArray a = new com.google.gson.JsonArray();
            a.add(single);
            return a;
        }
    }

    private static List<CatalogItem> catalogTable(String file, JsonElement json) throws BundleFormatException {
        String domain;
        try {
            domain = JsonFields.of(json, file).requiredString("domain");
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(file + ": " + e.getMessage(), e);
        }
        if (Domains.byName(domain).isEmpty()) {
            throw new BundleFormatException(file + ": domain '" + domain + "' is not a known disclosure domain");
        }
        String canonical = Domains.byName(domain).get().name();
        return records(file, json.getAsJsonObject().get("items"), f -> RecordParser.catalogItem(canonical, f));
    }

    private static <T> List<T> records(String file, JsonElement json, Function<JsonFields, T> parser)
            throws BundleFormatException {
        if (json == null || !json.isJsonArray()) {
            throw new BundleFormatException(file + ": expected a list of records");
        }
        List<T> out = new ArrayList<>();
        int index = 0;
        for (JsonElement e : json.getAsJsonArray()) {
            index++;
            try {
                JsonFields f = JsonFields.of(e, "record");
                String id = f.string("id");
                if (id != null && id.startsWith(RecordJson.LOCAL_ID_PREFIX)) {
                    throw new IllegalArgumentException("id: ids starting with '" + RecordJson.LOCAL_ID_PREFIX
                            + "' are the kiosk staff's own, a feed cannot use them");
                }
                out.add(parser.apply(f));
            } catch (IllegalArgumentException | UnsupportedOperationException | IllegalStateException ex) {
                throw new BundleFormatException(file + " record " + index + idOf(e) + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static String idOf(JsonElement e) {
        if (e.isJsonObject() && e.getAsJsonObject().has("id") && e.getAsJsonObject().get("id").isJsonPrimitive()) {
            return " (" + e.getAsJsonObject().get("id").getAsString() + ")";
        }
        return "";
    }

    private static void requireUniqueIds(String kind, List<String> ids) throws BundleFormatException {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new BundleFormatException(kind + ": id '" + id + "' appears twice");
            }
        }
    }

    static JsonElement parse(String file, byte[] bytes) throws BundleFormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return StrictJson.parse(text);
        } catch (CharacterCodingException e) {
            throw new BundleFormatException(file + ": not valid UTF-8 text", e);
        } catch (JsonParseException e) {
            throw new BundleFormatException(file + ": not valid JSON (" + rootMessage(e) + ")", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
