package cn.gongkai.kiosk.feed;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Key rotation: the county replaces its feed key by publishing a statement "from now on trust key
 * B", signed by the key kiosks trust now (A). A kiosk accepts B only through such a statement and
 * then stops trusting A, so a key taken out of service cannot sign feeds any more.
 *
 * <p>A statement file holds the statement's exact bytes (base64) and the previous key's signature
 * over them, so the statement is verified before it is parsed, like the manifest.
 */
public final class KeyRotation {
    static final String KIND = "gongkai-key-rotation";

    /** A verified statement: {@code previous} hands over to {@code next}. */
    public record Statement(int sequence, String previousKeyId, FeedKeys.TrustedKey next, Instant issued) { }

    private KeyRotation() {
    }

    /** Writes a statement handing over from {@code current} to {@code next}. */
    public static byte[] write(FeedKeys.SigningKey current, FeedKeys.TrustedKey next, int sequence, Instant issued) {
        JsonObject key = new JsonObject();
        key.addProperty("algorithm", FeedKeys.ALGORITHM);
        key.addProperty("keyId", next.id());
        key.addProperty("publicKey", next.encoded());
        JsonObject statement = new JsonObject();
        statement.addProperty("kind", KIND);
        statement.addProperty("sequence", sequence);
        statement.addProperty("previousKeyId", current.id());
        statement.addProperty("issued", issued.toString());
        statement.add("next", key);
        byte[] inner = FeedJson.pretty(statement).getBytes(StandardCharsets.UTF_8);
        JsonObject envelope = new JsonObject();
        envelope.addProperty("statement", Base64.getEncoder().encodeToString(inner));
        envelope.addProperty("keyId", current.id());
        envelope.addProperty("signature", Base64.getEncoder().encodeToString(current.sign(inner)));
        return FeedJson.pretty(envelope).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Walks the statements in order from the keys trusted now and returns the keys trusted after
     * them. A statement signed by a key not trusted at that point is skipped (it belongs to a part
     * of the chain this kiosk was provisioned after); one that claims a trusted signer but does not
     * verify fails the whole manifest.
     */
    public static List<FeedKeys.TrustedKey> follow(List<FeedKeys.TrustedKey> trusted, List<byte[]> statements,
                                                   List<String> names) throws FeedException {
        List<FeedKeys.TrustedKey> current = new ArrayList<>(trusted);
        int lastSequence = 0;
        for (int i = 0; i < statements.size(); i++) {
            String name = names.get(i);
            JsonFields env = ManifestCodec.fields(statements.get(i), name);
            byte[] inner;
            byte[] signature;
            String signer;
            try {
                inner = Base64.getDecoder().decode(env.requiredString("statement"));
                signature = Base64.getDecoder().decode(env.requiredString("signature"));
                signer = env.requiredString("keyId");
            } catch (IllegalArgumentException e) {
                throw new FeedException(FeedException.Reason.MALFORMED, name + ": " + e.getMessage(), e);
            }
            FeedKeys.TrustedKey signerKey = current.stream().filter(k -> k.id().equals(signer)).findFirst().orElse(null);
            if (signerKey == null) {
                continue;
            }
            if (!signerKey.verify(inner, signature)) {
                throw new FeedException(FeedException.Reason.BAD_SIGNATURE, name + ": the key rotation statement's"
                        + " signature by key " + signer + " does not verify");
            }
            Statement s = parse(inner, name);
            if (!s.previousKeyId().equals(signer)) {
                throw new FeedException(FeedException.Reason.MALFORMED, name + ": signed by " + signer
                        + " but names " + s.previousKeyId() + " as the previous key");
            }
            if (s.sequence() <= lastSequence) {
                throw new FeedException(FeedException.Reason.MALFORMED, name + ": rotation statements must be listed"
                        + " in increasing sequence");
            }
            lastSequence = s.sequence();
            current = new ArrayList<>(List.of(s.next()));
        }
        return List.copyOf(current);
    }

    private static Statement parse(byte[] inner, String name) throws FeedException {
        JsonFields f = ManifestCodec.fields(inner, name);
        try {
            if (!KIND.equals(f.requiredString("kind"))) {
                throw new IllegalArgumentException("kind must be " + KIND);
            }
            JsonElement next = f.object("next").raw();
            FeedKeys.TrustedKey key = FeedKeys.publicFrom(next.getAsJsonObject(), name);
            return new Statement((int) f.requiredLong("sequence"), f.requiredString("previousKeyId"), key,
                    Instant.parse(f.requiredString("issued")));
        } catch (IllegalArgumentException | IOException | java.time.DateTimeException e) {
            throw new FeedException(FeedException.Reason.MALFORMED, name + ": " + e.getMessage(), e);
        }
    }
}
