package cn.gongkai.kiosk.local;

import cn.gongkai.kiosk.feed.FeedJson;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.util.DurableFiles;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a kiosk hands to the county: its local content (every record's latest revision, and all
 * revisions) and its audit log, in a folder {@code kiosk-<region>-<time>/} with a manifest that
 * lists each file's SHA-256 and is signed (Ed25519, detached, over its exact bytes) with the
 * kiosk's own key, made on first export in {@code <data>/keys/}. The county checks it with
 * {@code kiosk.pub}, which the folder carries and which county IT record when they install the
 * kiosk. The folder is written under a temporary name and renamed when complete, so a stick
 * pulled mid-export leaves no half bundle that looks whole.
 */
public final class LocalExport {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    public static final String KEY_NAME = "kiosk";

    private final LocalContentDao dao;
    private final Path keyDir;
    private final String region;
    private final String site;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalMedia media;

    /** @param media attached pictures, copied into the bundle beside the records that show them (null: none) */
    public LocalExport(LocalContentDao dao, Path keyDir, String region, String site, Clock clock, ZoneId zone,
                       LocalMedia media) {
        this.dao = dao;
        this.keyDir = keyDir;
        this.region = region;
        this.site = site;
        this.clock = clock;
        this.zone = zone;
        this.media = media;
    }

    /** The kiosk's signing key, made on first use. */
    public FeedKeys.SigningKey key() throws IOException {
        Path file = keyDir.resolve(KEY_NAME + ".key");
        if (!Files.exists(file)) {
            FeedKeys.save(FeedKeys.generate(), keyDir, KEY_NAME);
        }
        return FeedKeys.loadPrivate(file);
    }

    /** Writes the bundle into {@code parent}; returns its folder. */
    public Path exportTo(Path parent, String who) throws IOException {
        FeedKeys.SigningKey key = key();
        String base = "kiosk-" + region + "-" + STAMP.format(clock.instant().atZone(zone));
        String name = base;
        for (int n = 2; Files.exists(parent.resolve(name)); n++) {
            name = base + "-" + n; // two exports in one second
        }
        Path partial = parent.resolve(name + ".partial");
        Path done = parent.resolve(name);
        Files.createDirectories(partial);
        Map<String, byte[]> files = new LinkedHashMap<>();
        JsonArray current = new JsonArray();
        JsonArray revisions = new JsonArray();
        for (LocalContentDao.Revision latest : dao.latest()) {
            if (latest.record() != null) {
                JsonObject o = new JsonObject();
                o.addProperty("kind", latest.kind().key());
                o.add("record", JsonParser.parseString(latest.record()));
                current.add(o);
            }
            for (LocalContentDao.Revision r : dao.revisions(latest.kind(), latest.id())) {
                JsonObject o = new JsonObject();
                o.addProperty("kind", r.kind().key());
                o.addProperty("id", r.id());
                o.addProperty("rev", r.rev());
                o.addProperty("at", r.at().toString());
                o.addProperty("who", r.who());
                o.addProperty("action", r.action());
                o.add("record", r.record() == null ? null : JsonParser.parseString(r.record()));
                revisions.add(o);
            }
        }
        JsonArray audit = new JsonArray();
        List<LocalContentDao.AuditEntry> log = dao.auditLog(Integer.MAX_VALUE);
        for (int i = log.size() - 1; i >= 0; i--) {
            LocalContentDao.AuditEntry a = log.get(i);
            JsonObject o = new JsonObject();
            o.addProperty("seq", a.seq());
            o.addProperty("at", a.at().toString());
            o.addProperty("who", a.who());
            o.addProperty("action", a.action());
            o.addProperty("kind", a.kind());
            o.addProperty("id", a.id());
            o.addProperty("detail", a.detail());
            audit.add(o);
        }
        files.put("records.json", FeedJson.pretty(current).getBytes(StandardCharsets.UTF_8));
        files.put("revisions.json", FeedJson.pretty(revisions).getBytes(StandardCharsets.UTF_8));
        files.put("audit.json", FeedJson.pretty(audit).getBytes(StandardCharsets.UTF_8));
        files.put("kiosk.pub", key.publicKey().toJson().getBytes(StandardCharsets.UTF_8));
        for (com.google.gson.JsonElement e : current) {
            JsonObject record = e.getAsJsonObject().getAsJsonObject("record");
            if (media != null && record.has("images")) {
                for (com.google.gson.JsonElement image : record.getAsJsonArray("images")) {
                    String picture = image.getAsString();
                    if (picture.startsWith(LocalMedia.PREFIX) && !files.containsKey(picture)) {
                        files.put(picture, media.read(picture).orElseThrow(() -> new IOException("picture " + picture
                                + " is missing from " + media.file(picture).getParent())));
                    }
                }
            }
        }
        JsonObject manifest = new JsonObject();
        manifest.addProperty("format", "gongkai-kiosk-local/1");
        manifest.addProperty("region", region);
        manifest.addProperty("site", site);
        manifest.addProperty("created", clock.instant().toString());
        manifest.addProperty("keyId", key.id());
        manifest.addProperty("records", current.size());
        JsonObject list = new JsonObject();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            list.addProperty(f.getKey(), sha256(f.getValue()));
            Files.createDirectories(partial.resolve(f.getKey()).getParent());
            DurableFiles.write(partial.resolve(f.getKey()), f.getValue());
        }
        manifest.add("files", list);
        byte[] manifestBytes = FeedJson.pretty(manifest).getBytes(StandardCharsets.UTF_8);
        DurableFiles.write(partial.resolve("manifest.json"), manifestBytes);
        DurableFiles.write(partial.resolve("manifest.sig"),
                java.util.Base64.getEncoder().encode(key.sign(manifestBytes)));
        DurableFiles.move(partial, done);
        dao.audit(who, "export", done.getFileName() + " (" + current.size() + ")", clock.instant());
        return done;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
