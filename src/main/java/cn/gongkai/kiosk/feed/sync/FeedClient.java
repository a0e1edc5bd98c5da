package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedException.Reason;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.FeedStateDao;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The kiosk's feed operations, as the window's scheduler and the commands use them: sync from the
 * network, import from a USB folder or archive, load the embedded demo, report status. All three
 * sources go through {@link FeedSync}, so they are verified and applied identically.
 */
public final class FeedClient {
    private static final Logger LOG = Logger.getLogger(FeedClient.class.getName());

    private final ContentStore content;
    private final FeedStateDao state;
    private final ObjectStore objects;
    private final Path workDir;
    private final Clock clock;
    private final FeedSync sync;
    private final List<FeedKeys.TrustedKey> anchors;

    /**
     * @param feedDir  the data folder's feed/ directory (objects, unpacked archives)
     * @param anchors  the keys kiosk-config trusts for network and USB feeds
     */
    public FeedClient(ContentStore content, FeedStateDao state, Path feedDir, RegionCode region, Clock clock,
                      List<FeedKeys.TrustedKey> anchors, long reserve) throws IOException {
        this.content = content;
        this.state = state;
        this.objects = new ObjectStore(feedDir.resolve("objects"));
        this.workDir = feedDir;
        this.clock = clock;
        this.anchors = List.copyOf(anchors);
        this.sync = new FeedSync(content, state, objects, region, clock, reserve);
    }

    public FeedSync.Result syncFrom(URI url, HttpSource.Limits limits) throws FeedException {
        return sync.sync(new HttpSource(url, limits), anchors);
    }

    /** Imports a feed folder or archive (a USB stick), checked exactly like the network copy. */
    public FeedSync.Result importFrom(Path path) throws FeedException {
        if (!Files.exists(path)) {
            throw recordGone(path);
        }
        if (Files.isDirectory(path)) {
            try {
                return sync.sync(new FolderSource(path), anchors);
            } finally {
                objects.deletePartials();
            }
        }
        if (!ArchiveUnpacker.isArchive(path)) {
            throw new FeedException(Reason.MALFORMED, path + ": not a feed folder or a .zip, .tar or .tar.gz archive");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory(workDir, "import-");
            Path root = ArchiveUnpacker.unpack(path, tmp);
            return sync.sync(new FolderSource(root, path.toString()), anchors);
        } catch (IOException e) {
            FeedException f = new FeedException(ObjectStore.isDiskFull(e) ? Reason.DISK_FULL : Reason.INTERNAL,
                    "cannot make a folder to unpack " + path + " in " + workDir + ": " + e.getMessage(), e);
            state.recordFailure(clock.instant(), f.reason().name(), f.getMessage()); // staff see it too
            throw f;
        } catch (FeedException e) {
            state.recordFailure(clock.instant(), e.reason().name(), e.getMessage());
            throw e;
        } finally {
            deleteTree(tmp);
            objects.deletePartials();
        }
    }

    /** Applies the embedded demo feed when the kiosk has never had content; true if it did. */
    public boolean loadDemoIfEmpty(FeedKeys.TrustedKey demoKey) throws FeedException {
        if (content.current().isPresent()) {
            return false;
        }
        sync.sync(new ClasspathSource(ClasspathSource.DEMO), List.of(demoKey));
        return true;
    }

    public FeedStatus status() {
        return FeedStatus.of(state.get(), clock.instant());
    }

    public ObjectStore objects() {
        return objects;
    }

    private FeedException recordGone(Path path) {
        FeedException e = new FeedException(Reason.SOURCE_GONE, path + " does not exist (is the USB stick plugged in?)");
        state.recordFailure(clock.instant(), e.reason().name(), e.getMessage());
        return e;
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warning("could not remove the unpack folder " + dir + ": " + e.getMessage());
        }
    }
}
