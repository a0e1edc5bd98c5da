package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.BundleReader;
import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedException.Reason;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.KeyRotation;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.feed.ManifestCodec;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.FeedStateDao;
import cn.gongkai.kiosk.storage.FeedStateDao.FeedState;
import cn.gongkai.kiosk.storage.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The kiosk side of the protocol (docs/feed-protocol.md, "Client"): fetch the manifest, verify
 * it, fetch what is missing, read and check every record, and apply the whole version in one
 * transaction. Network and USB go through here alike; whatever fails, the content on screen stays
 * as it was and the failure is recorded for staff.
 */
public final class FeedSync {
    private static final Logger LOG = Logger.getLogger(FeedSync.class.getName());
    /** Free space left on the data disk after a sync, so the database and logs can still grow. */
    public static final long DEFAULT_RESERVE = 64L * 1024 * 1024;
    /** A manifest issued further ahead of the kiosk clock than this means the clock is wrong. */
    static final Duration CLOCK_SLACK = Duration.ofDays(1);
    /** A key rotation statement is a few hundred bytes. */
    static final long MAX_ROTATION_BYTES = 64 * 1024;

    public enum Outcome { APPLIED, UP_TO_DATE }

    /** What a sync did; {@code bytes} counts what came over the network or off the stick. */
    public record Result(Outcome outcome, long version, Map<String, Integer> counts, long bytes, int objectsFetched) { }

    private final ContentStore content;
    private final FeedStateDao state;
    private final ObjectStore objects;
    private final RegionCode region;
    private final Clock clock;
    private final long reserve;

    public FeedSync(ContentStore content, FeedStateDao state, ObjectStore objects, RegionCode region, Clock clock,
                    long reserve) {
        this.content = content;
        this.state = state;
        this.objects = objects;
        this.region = region;
        this.clock = clock;
        this.reserve = reserve;
    }

    public FeedSync(ContentStore content, FeedStateDao state, ObjectStore objects, RegionCode region, Clock clock) {
        this(content, state, objects, region, clock, DEFAULT_RESERVE);
    }

    /**
     * Brings the kiosk to the source's version.
     *
     * @param anchors the keys kiosk-config trusts for this source (the trust chain starts there)
     */
    public Result sync(FeedSource source, List<FeedKeys.TrustedKey> anchors) throws FeedException {
        if (anchors.isEmpty()) {
            throw record(new FeedException(Reason.UNTRUSTED_KEY, "kiosk-config trusts no feed key (feed.trustedKeys);"
                    + " run 'kiosk setup ... --trust KEYFILE'"));
        }
        try (FileChannel ch = FileChannel.open(objects.dir().resolve("sync.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.tryLock()) {
            if (lock == null) {
                throw new FeedException(Reason.INTERNAL, "another sync or import is running on this kiosk; try again"
                        + " when it has finished");
            }
            return run(source, anchors);
        } catch (FeedException e) {
            throw record(e);
        } catch (StorageException e) {
            boolean full = String.valueOf(e.getMessage()).contains("SQLITE_FULL")
                    || (e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("SQLITE_FULL"));
            throw record(new FeedException(full ? Reason.DISK_FULL : Reason.INTERNAL,
                    "the database refused the new version: " + e.getMessage(), e));
        } catch (IOException e) {
            throw record(new FeedException(ObjectStore.isDiskFull(e) ? Reason.DISK_FULL : Reason.INTERNAL,
                    "cannot use " + objects.dir() + ": " + e.getMessage(), e));
        } catch (RuntimeException e) {
            throw record(new FeedException(Reason.INTERNAL, "unexpected error: " + e, e));
        }
    }

    private Result run(FeedSource source, List<FeedKeys.TrustedKey> anchors) throws FeedException {
        Instant now = clock.instant();
        FeedState before = state.get();
        String lineage = lineage(anchors);
        boolean sameFeed = before.lineage().map(l -> sameLineage(l, anchors)).orElse(false);
        Optional<FeedSource.Fetched> fetched = source.manifest(sameFeed ? before.etag() : Optional.empty());
        if (fetched.isEmpty()) {
            state.recordSuccess(now, Optional.empty());
            LOG.info(() -> "feed " + source.describe() + ": not modified since version " + before.version());
            return new Result(Outcome.UP_TO_DATE, before.version(), Map.of(), source.bytesTransferred(), 0);
        }
        byte[] manifestBytes = fetched.get().bytes();
        String manifestSha = HexFormat.of().formatHex(ObjectStore.digest().digest(manifestBytes));
        ManifestCodec.Signed signed = ManifestCodec.parseSignature(source.signature());
        // Parsed before it is verified only to find the rotation statements; nothing in it is used
        // until the signature checks out with a key the chain allows.
        Manifest manifest = ManifestCodec.parse(manifestBytes);
        List<FeedKeys.TrustedKey> trusted = sameFeed ? storedKeys(before, anchors) : anchors;
        List<FeedKeys.TrustedKey> keys = followRotations(source, manifest, trusted);
        FeedKeys.TrustedKey signer = keys.stream().filter(k -> k.id().equals(signed.keyId())).findFirst()
                .orElseThrow(() -> new FeedException(Reason.UNTRUSTED_KEY, Manifest.FILE + " from " + source.describe()
                        + " is signed by key " + signed.keyId() + ", which this kiosk does not trust (trusted: "
                        + keys.stream().map(FeedKeys.TrustedKey::id).toList() + ")"));
        if (!signer.verify(manifestBytes, signed.signature())) {
            throw new FeedException(Reason.BAD_SIGNATURE, Manifest.FILE + " from " + source.describe()
                    + ": the signature by key " + signer.id() + " does not match its bytes");
        }
        if (!manifest.region().overlaps(region)) {
            throw new FeedException(Reason.WRONG_REGION, "the feed is for region " + manifest.region()
                    + ", this kiosk serves " + region);
        }
        if (sameFeed && manifest.version() < before.version()) {
            throw new FeedException(Reason.ROLLBACK, "feed version " + manifest.version() + " is older than version "
                    + before.version() + " already applied; refused");
        }
        if (sameFeed && manifest.version() == before.version()) {
            if (before.manifestSha256().map(manifestSha::equals).orElse(false)) {
                state.recordSuccess(now, fetched.get().etag());
                return new Result(Outcome.UP_TO_DATE, before.version(), Map.of(), source.bytesTransferred(), 0);
            }
            throw new FeedException(Reason.ROLLBACK, "feed version " + manifest.version() + " was already applied with"
                    + " different contents; a publisher must raise the version for every change");
        }
        if (manifest.expiredAt(now)) {
            throw new FeedException(Reason.EXPIRED, "feed version " + manifest.version() + " expired at "
                    + manifest.expires() + " (kiosk clock: " + now + "); if the clock is wrong, correct it");
        }
        if (manifest.issued().isAfter(now.plus(CLOCK_SLACK))) {
            LOG.warning("feed version " + manifest.version() + " was issued at " + manifest.issued()
                    + ", ahead of this kiosk's clock (" + now + "): the clock is probably wrong; applying anyway,"
                    + " since versions, not times, protect against old feeds");
        }
        List<Manifest.Entry> wanted = manifest.objects().stream()
                .filter(e -> e.region().map(r -> r.overlaps(region)).orElse(true)).toList();
        int fetchedCount = fetchAll(source, wanted);
        ContentSet records = readRecords(source, wanted);
        List<FeedStateDao.MediaRow> media = wanted.stream().filter(e -> e.kind() == Manifest.Kind.MEDIA)
                .map(e -> new FeedStateDao.MediaRow(e.path(), e.sha256(), e.length(),
                        e.region().orElse(manifest.region()).digits())).toList();
        FeedState after = new FeedState(Optional.of(lineage), manifest.version(), Optional.of(manifestSha),
                Optional.of(manifest.issued()), Optional.of(manifest.expires()), Optional.of(source.describe()),
                KeyStore.toJson(keys), fetched.get().etag(), Optional.of(now), Optional.of(now),
                Optional.empty(), Optional.empty());
        objects.syncFolder();
        content.applyFeed(records, media, after, manifest.region().digits(), now);
        List<String> keep = new ArrayList<>(wanted.stream().map(Manifest.Entry::sha256).toList());
        manifest.rotations().forEach(r -> keep.add(r.sha256()));
        keep.addAll(state.mediaInUse());
        keep.add("sync.lock");
        objects.retainOnly(keep, List.of());
        LOG.info(() -> "applied feed version " + manifest.version() + " from " + source.describe() + ": "
                + records.counts() + ", " + fetchedCount + " objects fetched, " + source.bytesTransferred() + " bytes");
        return new Result(Outcome.APPLIED, manifest.version(), records.counts(), source.bytesTransferred(), fetchedCount);
    }

    private List<FeedKeys.TrustedKey> followRotations(FeedSource source, Manifest manifest,
                                                      List<FeedKeys.TrustedKey> trusted) throws FeedException {
        if (manifest.rotations().isEmpty()) {
            return trusted;
        }
        List<byte[]> statements = new ArrayList<>();
        for (Manifest.Entry r : manifest.rotations()) {
            // Fetched before the manifest's signature can be checked, so the length it lists is
            // not yet trusted: a statement is a few hundred bytes, never megabytes.
            if (r.length() > MAX_ROTATION_BYTES) {
                throw new FeedException(Reason.TOO_LARGE, r.path() + ": a key rotation statement of " + r.length()
                        + " bytes (at most " + MAX_ROTATION_BYTES + "); not fetched");
            }
            source.fetch(r, objects);
            statements.add(objects.read(r));
        }
        return KeyRotation.follow(trusted, statements, manifest.rotations().stream().map(Manifest.Entry::path).toList());
    }

    private int fetchAll(FeedSource source, List<Manifest.Entry> wanted) throws FeedException {
        List<Manifest.Entry> missing = wanted.stream().filter(e -> !objects.has(e)).toList();
        long need = missing.stream().mapToLong(Manifest.Entry::length).sum();
        try {
            long usable = Files.getFileStore(objects.dir()).getUsableSpace();
            if (usable < need + reserve) {
                throw new FeedException(Reason.DISK_FULL, "the new version needs " + mb(need) + " MB, " + mb(usable)
                        + " MB are free in " + objects.dir() + " and " + mb(reserve) + " MB must stay free");
            }
        } catch (IOException e) {
            LOG.warning("cannot tell the free space of " + objects.dir() + ": " + e.getMessage());
        }
        for (Manifest.Entry e : missing) {
            source.fetch(e, objects);
        }
        return missing.size();
    }

    private ContentSet readRecords(FeedSource source, List<Manifest.Entry> wanted) throws FeedException {
        BundleReader.Collector all = new BundleReader.Collector();
        for (Manifest.Entry e : wanted) {
            if (e.kind() != Manifest.Kind.MEDIA) {
                byte[] bytes;
                try {
                    bytes = objects.read(e);
                } catch (FeedException damaged) {
                    if (damaged.reason() != Reason.CORRUPT_OBJECT) {
                        throw damaged;
                    }
                    // The stored copy was damaged (a power cut, a bad sector): it is deleted by
                    // now; fetch it once more.
                    source.fetch(e, objects);
                    bytes = objects.read(e);
                }
                all.add(e.kind(), e.path(), bytes);
            }
        }
        ContentSet c = all.content();
        // Only what concerns this kiosk's area is stored (its county, departments, township, villages).
        return new ContentSet(
                c.catalog().stream().filter(i -> i.scope().visibleIn(region)).toList(),
                c.policies().stream().filter(p -> p.scope().visibleIn(region)).toList(),
                c.funds().stream().filter(f -> f.scope().visibleIn(region)).toList(),
                c.notices().stream().filter(n -> n.scope().visibleIn(region)).toList(),
                c.broadcasts().stream().filter(b -> b.scope().visibleIn(region)).toList());
    }

    private static List<FeedKeys.TrustedKey> storedKeys(FeedState s, List<FeedKeys.TrustedKey> anchors) {
        try {
            List<FeedKeys.TrustedKey> keys = KeyStore.fromJson(s.trustedKeys());
            return keys.isEmpty() ? anchors : keys;
        } catch (IOException e) {
            LOG.warning("stored trusted keys unreadable, starting again from kiosk-config's: " + e.getMessage());
            return anchors;
        }
    }

    /** Which configured keys the trust chain starts from; a new set means a new feed. */
    /**
     * Still the same feed when any configured key was among those the stored version's chain
     * started from: adding a second key to kiosk-config (say, ahead of a rotation) must not reset
     * the rollback protection; replacing the keys entirely (re-provisioning) starts afresh.
     */
    static boolean sameLineage(String stored, List<FeedKeys.TrustedKey> anchors) {
        List<String> before = List.of(stored.split(","));
        return anchors.stream().anyMatch(k -> before.contains(k.id()));
    }

    static String lineage(List<FeedKeys.TrustedKey> anchors) {
        return String.join(",", anchors.stream().map(FeedKeys.TrustedKey::id).sorted().toList());
    }

    private FeedException record(FeedException e) {
        try {
            state.recordFailure(clock.instant(), e.reason().name(), e.getMessage());
        } catch (RuntimeException ex) {
            e.addSuppressed(ex); // a full disk may refuse this too; the caller still learns why
        }
        LOG.warning("sync failed (" + e.reason() + "): " + e.getMessage());
        return e;
    }

    private static long mb(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
