package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.util.StrictJson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a content bundle (header {@code bundle.json} plus the files it lists) into a
 * {@link ContentSet}, checking every record. Nothing is half-read: any bad record fails the whole
 * bundle with a message naming file, record and field.
 */
public final class BundleReader {
    /** Caps what one file may hold, so a damaged or hostile bundle cannot exhaust memory. */
    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    public static final String HEADER = "bundle.json";

    /** The bundle header: format, version, publishing region and the files it holds. */
    public record Header(int format, long version, String source, RegionCode region, String title, List<String> files) { }

    /** A header and the content it describes. */
    public record Bundle(Header header, ContentSet content) { }

    public Bundle read(BundleSource source) throws BundleFormatException {
        Header header = header(source);
        List<CatalogItem> catalog = new ArrayList<>();
        List<Policy> policies = new ArrayList<>();
        List<FundDisclosure> funds = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        for (String file : header.files()) {
            JsonElement json = parse(source, file);
            if (file.startsWith("catalog/")) {
                catalog.addAll(catalogTable(file, json));
            } else if (file.equals("policies.json")) {
                policies.addAll(records(file, json, RecordParser::policy));
            } else if (file.equals("funds.json")) {
                funds.addAll(records(file, json, RecordParser::fund));
            } else if (file.equals("notices.json")) {
                notices.addAll(records(file, json, RecordParser::notice));
            } else {
                throw new BundleFormatException(HEADER + ": unknown file kind '" + file
                        + "' (expected catalog/*.json, policies.json, funds.json or notices.json)");
            }
        }
        requireUniqueIds("catalog", catalog.stream().map(CatalogItem::id).toList());
        requireUniqueIds("policies", policies.stream().map(Policy::id).toList());
        requireUniqueIds("funds", funds.stream().map(FundDisclosure::id).toList());
        requireUniqueIds("notices", notices.stream().map(Notice::id).toList());
        return new Bundle(header, new ContentSet(catalog, policies, funds, notices));
    }

    private Header header(BundleSource source) throws BundleFormatException {
        JsonElement json = parse(source, HEADER);
        try {
            JsonFields f = JsonFields.of(json, HEADER);
            long format = f.requiredLong("format");
            if (format != 1) {
                throw new IllegalArgumentException("format: this kiosk reads format 1, the bundle has " + format);
            }
            return new Header((int) format, f.requiredLong("version"), f.requiredString("source"),
                    RegionCode.of(f.requiredString("region")), f.string("title"), f.strings("files"));
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(HEADER + ": " + e.getMessage(), e);
        }
    }

    private List<CatalogItem> catalogTable(String file, JsonElement json) throws BundleFormatException {
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
                out.add(parser.apply(JsonFields.of(e, "record")));
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

    private static JsonElement parse(BundleSource source, String file) throws BundleFormatException {
        try (InputStream in = source.open(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new BundleFormatException(file + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
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
        } catch (IOException e) {
            throw new BundleFormatException(file + ": cannot read from " + source.describe() + " (" + e + ")", e);
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
