package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.util.StrictJson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 feed keys: generate, save, load, sign, verify. Key files are small JSON documents so
 * county IT can tell a public key (safe to copy to every kiosk) from a private one (kept on the
 * publishing machine) by opening them.
 */
public final class FeedKeys {
    public static final String ALGORITHM = "Ed25519";
    static final String PUBLIC_KIND = "gongkai-feed-public-key";
    static final String PRIVATE_KIND = "gongkai-feed-private-key";

    /** A public key a kiosk may trust; {@code id} is the first 16 hex digits of SHA-256 over its X.509 encoding. */
    public record TrustedKey(String id, PublicKey key) {
        public boolean verify(byte[] data, byte[] signature) {
            try {
                Signature s = Signature.getInstance(ALGORITHM);
                s.initVerify(key);
                s.update(data);
                return s.verify(signature);
            } catch (GeneralSecurityException e) {
                return false; // a malformed signature is a bad signature, not a crash
            }
        }

        public String encoded() {
            return Base64.getEncoder().encodeToString(key.getEncoded());
        }

        /** The public key file's text. */
        public String toJson() {
            JsonObject o = new JsonObject();
            o.addProperty("kind", PUBLIC_KIND);
            o.addProperty("algorithm", ALGORITHM);
            o.addProperty("keyId", id);
            o.addProperty("publicKey", encoded());
            return FeedJson.pretty(o);
        }
    }

    /** A publishing key: kept by the county, never on a kiosk. */
    public record SigningKey(TrustedKey publicKey, PrivateKey privateKey) {
        public String id() {
            return publicKey.id();
        }

        public byte[] sign(byte[] data) {
            try {
                Signature s = Signature.getInstance(ALGORITHM);
                s.initSign(privateKey);
                s.update(data);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 signing failed", e);
            }
        }
    }

    private FeedKeys() {
    }

    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new SigningKey(trusted(pair.getPublic()), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
    }

    public static TrustedKey trusted(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return new TrustedKey(HexFormat.of().formatHex(digest, 0, 8), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code <name>.key} (private, mode 600) and {@code <name>.pub}; refuses to overwrite. */
    public static void save(SigningKey key, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path priv = dir.resolve(name + ".key");
        Path pub = dir.resolve(name + ".pub");
        if (Files.exists(priv) || Files.exists(pub)) {
            throw new IOException("a key named '" + name + "' already exists in " + dir + "; choose another folder");
        }
        JsonObject o = new JsonObject();
        o.addProperty("kind", PRIVATE_KIND);
        o.addProperty("algorithm", ALGORITHM);
        o.addProperty("keyId", key.id());
        o.addProperty("publicKey", key.publicKey().encoded());
        o.addProperty("privateKey", Base64.getEncoder().encodeToString(key.privateKey().getEncoded()));
        Files.writeString(priv, FeedJson.pretty(o), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (a USB stick with FAT): the folder's own protection applies
        }
        Files.writeString(pub, key.publicKey().toJson(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    /** Reads a public key file (or the public half of a private key file). */
    public static TrustedKey loadPublic(Path file) throws IOException {
        return parsePublic(readBytes(file), file.toString());
    }

    /** Reads a public key file's bytes; {@code where} names it in messages. */
    public static TrustedKey parsePublic(byte[] bytes, String where) throws IOException {
        JsonObject o = parse(bytes, where);
        Object file = where;
        String kind = text(o, "kind", file);
        if (!kind.equals(PUBLIC_KIND) && !kind.equals(PRIVATE_KIND)) {
            throw new IOException(file + ": not a feed key file (kind '" + kind + "')");
        }
        return publicFrom(o, file);
    }

    public static SigningKey loadPrivate(Path file) throws IOException {
        JsonObject o = parse(readBytes(file), file.toString());
        if (!text(o, "kind", file).equals(PRIVATE_KIND)) {
            throw new IOException(file + ": not a private feed key (use the .key file written by 'feed keygen')");
        }
        TrustedKey pub = publicFrom(o, file);
        try {
            PrivateKey priv = KeyFactory.getInstance(ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text(o, "privateKey", file))));
            return new SigningKey(pub, priv);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(file + ": the private key cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** A public key from its base64 X.509 encoding (as stored by the kiosk after a rotation). */
    public static TrustedKey fromEncoded(String base64) throws IOException {
        try {
            return trusted(KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(base64))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** Parses a public key from its JSON form (a rotation statement embeds one). */
    static TrustedKey publicFrom(JsonObject o, Object where) throws IOException {
        if (!text(o, "algorithm", where).equals(ALGORITHM)) {
            throw new IOException(where + ": algorithm must be " + ALGORITHM);
        }
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(text(o, "publicKey", where))));
            TrustedKey trusted = trusted(key);
            if (!trusted.id().equals(text(o, "keyId", where))) {
                throw new IOException(where + ": keyId does not match the key (expected " + trusted.id() + ")");
            }
            return trusted;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(where + ": the public key cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readBytes(Path file) throws IOException {
        if (Files.size(file) > 64 * 1024) {
            throw new IOException(file + ": too large to be a key file");
        }
        return Files.readAllBytes(file);
    }

    private static JsonObject parse(byte[] bytes, String where) throws IOException {
        try {
            var json = StrictJson.parse(new String(bytes, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw new IOException(where + ": not a feed key file");
            }
            return json.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IOException(where + ": not a feed key file (" + e.getMessage() + ")", e);
        }
    }

    static String text(JsonObject o, String field, Object where) throws IOException {
        var e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new IOException(where + ": field '" + field + "' must be text");
        }
        return e.getAsString();
    }
}
