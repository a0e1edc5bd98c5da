package cn.gongkai.kiosk.feed.publish;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedJson;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.feed.ManifestCodec;
import cn.gongkai.kiosk.feed.RecordWriter;
import cn.gongkai.kiosk.util.DurableFiles;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * County side: turns the catalog tables and the content folder into a signed feed folder that any
 * static web server can host (docs/feed-protocol.md). Everything is read and checked before
 * anything is written; objects are written under their hash, and the signature and manifest last,
 * so a kiosk polling during a publish sees the old version or the new one.
 */
public final class FeedPublisher {
    /** What to publish. */
    public record Inputs(List<Path> catalogCsvs, Optional<Path> contentDir, RegionCode region, String title,
                         boolean skipBadRows) { }

    /**
     * @param version  the version to publish; empty for one more than the folder's current one
     * @param validFor how long kiosks accept this version (network and USB alike)
     */
    public record Options(Optional<Long> version, Duration validFor, Instant now) { }

    /** What was published; {@code skipped} lists rows left out under --skip-bad-rows. */
    public record Result(Manifest manifest, Map<String, Integer> counts, int objectsWritten, int objectsKept,
                         List<String> skipped, List<String> warnings) { }

    private final FeedKeys.SigningKey key;

    public FeedPublisher(FeedKeys.SigningKey key) {
        this.key = key;
    }

    public Result publish(Inputs in, Options options, Path out) throws PublishException, IOException {
        List<String> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ContentSet content = InputReader.read(in, skipped, warnings);
        List<Blob> blobs = new ArrayList<>();
        groupCatalog(content.catalog()).forEach((path, items) -> blobs.add(Blob.json(path, Manifest.Kind.CATALOG,
                items.get(0).scope().region(), RecordWriter.catalogTable(items.get(0).domain(), items))));
        content.policies().forEach(p -> blobs.add(Blob.json("policies/" + p.id() + ".json", Manifest.Kind.POLICY,
                p.scope().region(), RecordWriter.policy(p))));
        content.funds().forEach(f -> blobs.add(Blob.json("funds/" + f.id() + ".json", Manifest.Kind.FUND,
                f.scope().region(), RecordWriter.fund(f))));
        content.notices().forEach(n -> blobs.add(Blob.json("notices/" + n.id() + ".json", Manifest.Kind.NOTICE,
                n.scope().region(), RecordWriter.notice(n))));
        content.broadcasts().forEach(b -> blobs.add(Blob.json("broadcasts/" + b.id() + ".json",
                Manifest.Kind.BROADCAST, b.scope().region(), RecordWriter.broadcast(b))));
        blobs.addAll(InputReader.media(in));

        Optional<Manifest> previous = previous(out);
        long version = version(options, previous);
        Files.createDirectories(out.resolve(Manifest.OBJECTS_DIR));
        int written = 0;
        List<Manifest.Entry> entries = new ArrayList<>();
        for (Blob b : blobs) {
            Manifest.Entry e = new Manifest.Entry(b.path(), b.kind(), sha256(b.bytes()), b.bytes().length,
                    Optional.of(b.region()));
            written += store(out, e, b.bytes()) ? 1 : 0;
            entries.add(e);
        }
        entries.sort(java.util.Comparator.comparing(Manifest.Entry::path));
        List<Manifest.Entry> rotations = new ArrayList<>();
        for (Path statement : Rotations.list(out)) {
            byte[] bytes = Files.readAllBytes(statement);
            Manifest.Entry e = new Manifest.Entry(out.relativize(statement).toString().replace('\\', '/'),
                    Manifest.Kind.MEDIA, sha256(bytes), bytes.length, Optional.empty());
            written += store(out, e, bytes) ? 1 : 0;
            rotations.add(e);
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, version, in.region(), in.title(), options.now(),
                options.now().plus(options.validFor()), rotations, entries);
        byte[] manifestBytes = ManifestCodec.write(manifest);
        Path manifestFile = out.resolve(Manifest.FILE);
        FileTime previousTime = Files.exists(manifestFile) ? Files.getLastModifiedTime(manifestFile) : null;
        // Signature first: a kiosk that reads the new manifest then always finds its signature.
        // One that read the old manifest just before may see a mismatch once and retries later.
        DurableFiles.write(out.resolve(Manifest.SIGNATURE_FILE), ManifestCodec.writeSignature(key, manifestBytes));
        DurableFiles.write(manifestFile, manifestBytes);
        laterSecond(manifestFile, previousTime);
        return new Result(manifest, content.counts(), written, blobs.size() + rotations.size() - written,
                skipped, warnings);
    }

    /**
     * Web servers such as nginx make the ETag of a static file from its size and its modification
     * time in whole seconds. A version published within the same second as the previous one, with
     * a manifest of the same size, would keep the old ETag and kiosks would be told "not modified"
     * until the next version; so the new manifest's time is moved past the previous one's second.
     */
    private static void laterSecond(Path manifestFile, FileTime previous) throws IOException {
        if (previous == null) {
            return;
        }
        long before = previous.to(TimeUnit.SECONDS);
        if (Files.getLastModifiedTime(manifestFile).to(TimeUnit.SECONDS) <= before) {
            Files.setLastModifiedTime(manifestFile, FileTime.from(before + 1, TimeUnit.SECONDS));
        }
    }

    /** Catalog objects: one per domain table and region, in the tables' own order. */
    private static Map<String, List<CatalogItem>> groupCatalog(List<CatalogItem> items) {
        Map<String, List<CatalogItem>> groups = new LinkedHashMap<>();
        for (CatalogItem i : items) {
            String key = Domains.byName(i.domain()).map(Domains.Domain::key).orElse("other");
            groups.computeIfAbsent("catalog/" + i.scope().region().digits() + "/" + key + ".json",
                    k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    private static Optional<Manifest> previous(Path out) throws PublishException, IOException {
        Path file = out.resolve(Manifest.FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ManifestCodec.parse(Files.readAllBytes(file)));
        } catch (FeedException e) {
            throw new PublishException(file + " exists but cannot be read (" + e.getMessage() + "): publish into"
                    + " an empty folder or repair it, so versions keep going up");
        }
    }

    private static long version(Options options, Optional<Manifest> previous) throws PublishException {
        long before = previous.map(Manifest::version).orElse(0L);
        long version = options.version().orElse(before + 1);
        if (version <= before) {
            throw new PublishException("version " + version + " is not above the folder's current version " + before
                    + ": kiosks refuse a version that does not go up");
        }
        return version;
    }

    private static boolean store(Path out, Manifest.Entry e, byte[] bytes) throws IOException {
        Path target = out.resolve(e.location());
        if (Files.exists(target) && Files.size(target) == e.length()) {
            return false; // content-addressed: same name, same bytes
        }
        DurableFiles.write(target, bytes);
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One object to publish. */
    record Blob(String path, Manifest.Kind kind, RegionCode region, byte[] bytes) {
        static Blob json(String path, Manifest.Kind kind, RegionCode region, JsonElement json) {
            return new Blob(path, kind, region, FeedJson.pretty(json).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Scope rule for publishing: a county publishes for itself and the areas inside it. */
    static boolean within(Scope scope, RegionCode publisher) {
        return scope.region().digits().startsWith(publisher.digits());
    }
}
