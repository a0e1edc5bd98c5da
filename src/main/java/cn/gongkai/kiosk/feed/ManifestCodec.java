package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.util.StrictJson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the manifest and its detached signature. Reading never re-serializes: the
 * signature is checked over the bytes as received, and the JSON is parsed strictly (duplicate
 * keys rejected, since two parsers could disagree on which one counts). Unknown fields are
 * ignored, so a county can add information without stopping older kiosks; anything an older
 * kiosk must not ignore raises {@code format}.
 */
public final class ManifestCodec {
    private ManifestCodec() {
    }

    /** The detached signature file: which key signed, and the Ed25519 signature over manifest.json's bytes. */
    public record Signed(String keyId, byte[] signature) { }

    public static Manifest parse(byte[] bytes) throws FeedException {
        JsonFields f = fields(bytes, Manifest.FILE);
        try {
            String kind = f.requiredString("kind");
            if (!kind.equals(Manifest.KIND)) {
                throw new IllegalArgumentException("kind must be '" + Manifest.KIND + "', got '" + kind + "'");
            }
            return new Manifest((int) f.requiredLong("format"), f.requiredLong("version"),
                    RegionCode.of(f.requiredString("region")), f.string("title"),
                    instant(f, "issued"), instant(f, "expires"),
                    entries(f.array("rotations"), false), entries(f.array("objects"), true));
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            throw new FeedException(FeedException.Reason.MALFORMED, Manifest.FILE + ": " + e.getMessage(), e);
        }
    }

    public static Signed parseSignature(byte[] bytes) throws FeedException {
        JsonFields f = fields(bytes, Manifest.SIGNATURE_FILE);
        try {
            String algorithm = f.requiredString("algorithm");
            if (!algorithm.equals(FeedKeys.ALGORITHM)) {
                throw new IllegalArgumentException("algorithm must be " + FeedKeys.ALGORITHM);
            }
            return new Signed(f.requiredString("keyId"), Base64.getDecoder().decode(f.requiredString("signature")));
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            throw new FeedException(FeedException.Reason.MALFORMED, Manifest.SIGNATURE_FILE + ": " + e.getMessage(), e);
        }
    }

    public static byte[] write(Manifest m) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", Manifest.KIND);
        o.addProperty("format", m.format());
        o.addProperty("version", m.version());
        o.addProperty("region", m.region().digits());
        o.addProperty("title", m.title());
        o.addProperty("issued", m.issued().toString());
        o.addProperty("expires", m.expires().toString());
        o.add("rotations", entriesJson(m.rotations()));
        o.add("objects", entriesJson(m.objects()));
        return FeedJson.pretty(o).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] writeSignature(FeedKeys.SigningKey key, byte[] manifestBytes) {
        JsonObject o = new JsonObject();
        o.addProperty("algorithm", FeedKeys.ALGORITHM);
        o.addProperty("keyId", key.id());
        o.addProperty("signature", Base64.getEncoder().encodeToString(key.sign(manifestBytes)));
        return FeedJson.pretty(o).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonArray entriesJson(List<Manifest.Entry> entries) {
        JsonArray a = new JsonArray();
        for (Manifest.Entry e : entries) {
            JsonObject o = new JsonObject();
            o.addProperty("path", e.path());
            o.addProperty("kind", e.kind().key());
            o.addProperty("sha256", e.sha256());
            o.addProperty("length", e.length());
            e.region().ifPresent(r -> o.addProperty("region", r.digits()));
            a.add(o);
        }
        return a;
    }

    private static List<Manifest.Entry> entries(JsonArray array, boolean objects) {
        List<Manifest.Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonElement e : array) {
            i++;
            String where = (objects ? "objects" : "rotations") + "[" + i + "]";
            JsonFields f = JsonFields.of(e, where);
            try {
                String kindKey = objects ? f.requiredString("kind") : Manifest.Kind.MEDIA.key();
                if (java.util.Arrays.stream(Manifest.Kind.values()).noneMatch(k -> k.key().equals(kindKey))) {
                    // A kind a newer publisher added: skipped, like an unknown field, so older
                    // kiosks keep updating; anything they must not skip raises the format.
                    continue;
                }
                Manifest.Kind kind = Manifest.Kind.fromKey(kindKey);
                Optional<RegionCode> region = Optional.ofNullable(f.string("region")).map(RegionCode::of);
                out.add(new Manifest.Entry(f.requiredString("path"), kind, f.requiredString("sha256"),
                        f.requiredLong("length"), region));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static Instant instant(JsonFields f, String field) {
        String text = f.requiredString(field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not an ISO instant like 2026-11-26T08:00:00Z");
        }
    }

    static JsonFields fields(byte[] bytes, String file) throws FeedException {
        JsonElement json;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            json = StrictJson.parse(text);
        } catch (CharacterCodingException e) {
            throw new FeedException(FeedException.Reason.MALFORMED, file + ": not valid UTF-8 text", e);
        } catch (JsonParseException e) {
            Throwable t = e.getCause() != null ? e.getCause() : e;
            throw new FeedException(FeedException.Reason.MALFORMED, file + ": not valid JSON (" + t.getMessage() + ")", e);
        }
        try {
            return JsonFields.of(json, file);
        } catch (IllegalArgumentException e) {
            throw new FeedException(FeedException.Reason.MALFORMED, file + ": " + e.getMessage(), e);
        }
    }
}
