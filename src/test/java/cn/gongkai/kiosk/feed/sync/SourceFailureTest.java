package cn.gongkai.kiosk.feed.sync;

import static cn.gongkai.kiosk.feed.FeedException.Reason.DISK_FULL;
import static cn.gongkai.kiosk.feed.FeedException.Reason.SOURCE_GONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.sync.FaultyFeedServer.Fault;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 11 of sync.md: the USB stick goes away in the middle of an import, the disk is full
 * before or during a download or an unpack. The old content stays active and no partial file,
 * temp file or unpack folder is left behind.
 */
class SourceFailureTest {
    static final String NEW_MEDIA = "media/" + FeedFixture.TOWNSHIP + "/new.bin";
    static final int NEW_LENGTH = 600 * 1024;

    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;

    @BeforeEach
    void setUp() throws Exception {
        county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
        kiosk.sync(server.uri());
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    void publishV2() {
        county.media(NEW_MEDIA, FeedFixture.random(11, NEW_LENGTH))
                .notice("notice-v2", "township", FeedFixture.TOWNSHIP, "第二版").publish();
    }

    @Test
    void aUsbFolderThatIsNotThereIsReported() {
        FeedException e = kiosk.refused(SOURCE_GONE, () -> kiosk.importFrom(tmp.resolve("no-stick")));
        assertThat(e.getMessage()).contains("no-stick");
    }

    @Test
    void aUsbFolderRemovedWhileAnObjectIsBeingReadLeavesTheOldContent() throws Exception {
        publishV2();
        Path usb = county.copyTo(tmp.resolve("usb"));
        Path object = usb.resolve(county.location(NEW_MEDIA));
        byte[] bytes = Files.readAllBytes(object);
        Files.delete(object);
        // A named pipe in place of the object: the test decides when its bytes arrive, and
        // removes the stick's folder half-way through, while the kiosk is reading it.
        int mkfifo = new ProcessBuilder("mkfifo", object.toString()).inheritIO().start().waitFor();
        assumeTrue(mkfifo == 0, "mkfifo is not available");
        AtomicReference<Throwable> writerFailed = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(object.toFile())) {
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                FeedFixture.deleteTree(usb);
            } catch (IOException | RuntimeException e) {
                writerFailed.set(e);
            }
        }, "usb-stick");
        writer.setDaemon(true);
        writer.start();

        FeedException e = kiosk.refused(SOURCE_GONE, () -> kiosk.importFrom(usb));

        writer.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(writerFailed.get()).isNull();
        assertThat(usb).doesNotExist();
        assertThat(e.getMessage()).contains("no longer there");
        assertThat(kiosk.version()).isEqualTo(1);
        assertThat(kiosk.leftovers()).isEmpty();
        assertThat(kiosk.client.objects().has(county.entry(NEW_MEDIA))).isFalse();
    }

    @Test
    void tooLittleFreeSpaceIsFoundBeforeAnythingIsDownloaded() throws Exception {
        publishV2();
        FeedClient tight = new FeedClient(kiosk.content, kiosk.state, kiosk.feedDir, kiosk.region, kiosk.clock,
                List.of(county.key.publicKey()), Long.MAX_VALUE / 4);
        server.resetLog();

        FeedException e = kiosk.refused(DISK_FULL, () -> tight.syncFrom(server.uri(), Kiosk.FAST));
        assertThat(e.getMessage()).contains("must stay free");
        assertThat(server.log()).extracting(FaultyFeedServer.Served::path).noneMatch(p -> p.startsWith("objects/"));
        kiosk.refused(DISK_FULL, () -> tight.importFrom(county.copyTo(tmp.resolve("usb"))));
        assertThat(kiosk.leftovers()).isEmpty();
    }

    @Test
    void aDiskThatFillsUpDuringTheDownloadLeavesTheOldContent() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("small"), "2m");
             Kiosk small = new Kiosk(tmp.resolve("small-kiosk"), List.of(county.key.publicKey()),
                     FeedFixture.TOWNSHIP, 0, disk.dir.resolve("feed"))) {
            small.sync(server.uri());
            publishV2();
            // Something else on the kiosk fills the disk just as the big object is requested.
            server.fault(county.location(NEW_MEDIA), Fault.none().before(disk::fill));

            FeedException e = small.refused(DISK_FULL, () -> small.sync(server.uri()));
            assertThat(e.getMessage()).contains("no space left");
            assertThat(small.version()).isEqualTo(1);
            assertThat(small.leftovers()).isEmpty();

            disk.unfill();
            assertThat(small.sync(server.uri()).version()).isEqualTo(2);
            assertThat(small.screen().media()).extracting(m -> m.name()).contains(NEW_MEDIA);
        }
    }

    @Test
    void aDiskThatIsFullWhileAnArchiveIsUnpackedLeavesTheOldContent() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("small"), "2m");
             Kiosk small = new Kiosk(tmp.resolve("small-kiosk"), List.of(county.key.publicKey()),
                     FeedFixture.TOWNSHIP, 0, disk.dir.resolve("feed"))) {
            small.sync(server.uri());
            publishV2();
            Path archive = tmp.resolve("feed.tar.gz");
            tarGz(county.feed, archive);
            disk.fill();

            small.refused(DISK_FULL, () -> small.importFrom(archive));
            assertThat(small.version()).isEqualTo(1);
            assertThat(small.leftovers()).isEmpty();

            disk.unfill();
            assertThat(small.importFrom(archive).version()).isEqualTo(2);
            assertThat(small.leftovers()).isEmpty();
        }
    }

    @Test
    void aDiskWithNoRoomForTheUnpackFolderIsReportedToStaff() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("small"), "2m,nr_inodes=64");
             Kiosk small = new Kiosk(tmp.resolve("small-kiosk"), List.of(county.key.publicKey()),
                     FeedFixture.TOWNSHIP, 0, disk.dir.resolve("feed"))) {
            small.sync(server.uri());
            publishV2();
            Path archive = tmp.resolve("feed.tar.gz");
            tarGz(county.feed, archive);
            disk.fillInodes();

            FeedException e = small.refused(DISK_FULL, () -> small.importFrom(archive));
            assertThat(e.getMessage()).contains("cannot make a folder");
            assertThat(small.leftovers()).isEmpty();
        }
    }

    private static void tarGz(Path dir, Path archive) throws IOException {
        try (OutputStream file = Files.newOutputStream(archive);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            for (String name : FeedFixture.files(dir)) {
                byte[] bytes = Files.readAllBytes(dir.resolve(name));
                TarArchiveEntry e = new TarArchiveEntry(name);
                e.setSize(bytes.length);
                tar.putArchiveEntry(e);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
    }

    /** A real small file system (tmpfs) that a test can fill; skipped where mounting is not allowed. */
    static final class SmallDisk implements AutoCloseable {
        final Path dir;
        private final Path filler;

        private SmallDisk(Path dir) {
            this.dir = dir;
            this.filler = dir.resolve("filler");
        }

        static SmallDisk mount(Path dir, String size) throws IOException, InterruptedException {
            Files.createDirectories(dir);
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here (needs root): " + out);
            return new SmallDisk(dir);
        }

        /** Writes until the file system says no space is left. */
        void fill() {
            try (OutputStream out = Files.newOutputStream(filler)) {
                for (int chunk : new int[] {64 * 1024, 4 * 1024, 1}) {
                    byte[] b = new byte[chunk];
                    try {
                        while (true) {
                            out.write(b);
                            out.flush();
                        }
                    } catch (IOException full) {
                        assertThat(full.getMessage()).contains("No space left");
                    }
                }
            } catch (IOException e) {
                if (!String.valueOf(e.getMessage()).contains("No space left")) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /** Creates empty files until the file system has no inode left. */
        void fillInodes() throws IOException {
            Path dir = Files.createDirectories(this.dir.resolve("inodes"));
            try {
                for (int i = 0; i < 100_000; i++) {
                    Files.createFile(dir.resolve("f" + i));
                }
                throw new IllegalStateException("the file system never ran out of inodes");
            } catch (IOException full) {
                assertThat(full.getMessage()).contains("No space left");
            }
        }

        void unfill() throws IOException {
            Files.deleteIfExists(filler);
        }

        @Override
        public void close() throws Exception {
            new ProcessBuilder("umount", dir.toString()).inheritIO().start().waitFor();
        }
    }
}
