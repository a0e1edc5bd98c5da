package cn.gongkai.kiosk.feed.sync;

import static cn.gongkai.kiosk.feed.FeedException.Reason.UNSAFE_ARCHIVE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.FeedException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scenario 9 of sync.md: feed archives from a USB stick. One that could write outside its folder
 * or holds anything but plain files and folders is refused whole; a good one is applied exactly
 * like the network copy.
 */
class ArchiveImportTest {
    enum Evil { DOT_DOT, ABSOLUTE, SYMLINK, HARD_LINK, CHAR_DEVICE, BLOCK_DEVICE, FIFO }

    enum ZipEvil { DOT_DOT, ABSOLUTE, SYMLINK }

    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;
    Path absoluteTarget;

    @BeforeEach
    void setUp() throws Exception {
        county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
        kiosk.sync(server.uri());
        county.notice("notice-v2", "township", FeedFixture.TOWNSHIP, "第二版").publish();
        absoluteTarget = tmp.resolve("written-by-archive.txt");
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    @ParameterizedTest
    @EnumSource(Evil.class)
    void aTarGzWithAnUnsafeEntryIsRefusedWhole(Evil evil) throws Exception {
        Path archive = tmp.resolve("feed.tar.gz");
        writeTar(archive, true, "feed-v2/", evil);

        FeedException e = kiosk.refused(UNSAFE_ARCHIVE, () -> kiosk.importFrom(archive));
        assertThat(e.getMessage()).contains("archive entry");
        assertNothingEscaped();
    }

    @ParameterizedTest
    @EnumSource(Evil.class)
    void aTarWithAnUnsafeEntryIsRefusedWhole(Evil evil) throws Exception {
        Path archive = tmp.resolve("feed.tar");
        writeTar(archive, false, "", evil);

        kiosk.refused(UNSAFE_ARCHIVE, () -> kiosk.importFrom(archive));
        assertNothingEscaped();
    }

    @ParameterizedTest
    @EnumSource(ZipEvil.class)
    void aZipWithAnUnsafeEntryIsRefusedWhole(ZipEvil evil) throws Exception {
        Path archive = tmp.resolve("feed.zip");
        writeZip(archive, "feed-v2/", evil);

        kiosk.refused(UNSAFE_ARCHIVE, () -> kiosk.importFrom(archive));
        assertNothingEscaped();
    }

    @Test
    void goodArchivesAreAppliedExactlyLikeTheNetworkCopy() throws Exception {
        kiosk.sync(server.uri());
        assertThat(kiosk.version()).isEqualTo(2);
        Kiosk.Screen network = kiosk.screen();

        Path tgz = tmp.resolve("feed.tar.gz");
        writeTar(tgz, true, "feed-v2/", null);
        Path zip = tmp.resolve("feed.zip");
        writeZip(zip, "feed-v2/", null);
        Path tar = tmp.resolve("feed.tar");
        writeTar(tar, false, "", null);
        int n = 0;
        for (Path archive : List.of(tgz, zip, tar)) {
            try (Kiosk usb = new Kiosk(tmp.resolve("usb-kiosk-" + n++), List.of(county.key.publicKey()))) {
                FeedSync.Result r = usb.importFrom(archive);
                assertThat(r.outcome()).as(archive.toString()).isEqualTo(FeedSync.Outcome.APPLIED);
                Kiosk.Screen screen = usb.screen();
                assertThat(screen.versionNumber()).isEqualTo(2);
                assertThat(screen.version().orElseThrow().counts()).isEqualTo(network.version().orElseThrow().counts());
                assertThat(screen.catalog()).isEqualTo(network.catalog());
                assertThat(screen.policies()).isEqualTo(network.policies());
                assertThat(screen.funds()).isEqualTo(network.funds());
                assertThat(screen.notices()).isEqualTo(network.notices());
                assertThat(screen.media()).isEqualTo(network.media());
                assertThat(usb.rowsOf(FeedFixture.OTHER_TOWNSHIP)).isZero();
                assertThat(usb.leftovers()).as("the unpacked copy is removed").isEmpty();
            }
        }
    }

    private void assertNothingEscaped() {
        assertThat(kiosk.version()).isEqualTo(1);
        assertThat(kiosk.leftovers()).isEmpty();
        assertThat(absoluteTarget).doesNotExist();
        assertThat(kiosk.feedDir.resolve("escaped.txt")).doesNotExist();
        assertThat(kiosk.feedDir.getParent().resolve("escaped.txt")).doesNotExist();
    }

    // ---- building archives ---------------------------------------------------------------

    private List<Path> feedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(county.feed)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private void writeTar(Path archive, boolean gzip, String prefix, Evil evil) throws IOException {
        try (OutputStream file = Files.newOutputStream(archive);
             OutputStream raw = gzip ? new GzipCompressorOutputStream(file) : file;
             TarArchiveOutputStream tar = new TarArchiveOutputStream(raw)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            if (!prefix.isEmpty()) {
                tar.putArchiveEntry(new TarArchiveEntry(prefix));
                tar.closeArchiveEntry();
            }
            for (Path p : feedFiles()) {
                TarArchiveEntry e = new TarArchiveEntry(prefix + county.feed.relativize(p));
                byte[] bytes = Files.readAllBytes(p);
                e.setSize(bytes.length);
                tar.putArchiveEntry(e);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
            if (evil != null) {
                tarEntry(tar, evil, prefix);
            }
        }
    }

    private void tarEntry(TarArchiveOutputStream tar, Evil evil, String prefix) throws IOException {
        byte[] text = "written by a hostile archive\n".getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = switch (evil) {
            case DOT_DOT -> new TarArchiveEntry(prefix + "../../escaped.txt");
            case ABSOLUTE -> new TarArchiveEntry(absoluteTarget.toString(), true);
            case SYMLINK -> link(prefix + "objects/link", TarConstants.LF_SYMLINK, "/etc/passwd");
            case HARD_LINK -> link(prefix + "objects/hard", TarConstants.LF_LINK, prefix + "manifest.json");
            case CHAR_DEVICE -> device(prefix + "objects/tty", TarConstants.LF_CHR);
            case BLOCK_DEVICE -> device(prefix + "objects/disk", TarConstants.LF_BLK);
            case FIFO -> device(prefix + "objects/pipe", TarConstants.LF_FIFO);
        };
        boolean hasBody = evil == Evil.DOT_DOT || evil == Evil.ABSOLUTE;
        if (hasBody) {
            e.setSize(text.length);
        }
        tar.putArchiveEntry(e);
        if (hasBody) {
            tar.write(text);
        }
        tar.closeArchiveEntry();
    }

    private static TarArchiveEntry link(String name, byte type, String target) {
        TarArchiveEntry e = new TarArchiveEntry(name, type);
        e.setLinkName(target);
        return e;
    }

    private static TarArchiveEntry device(String name, byte type) {
        TarArchiveEntry e = new TarArchiveEntry(name, type);
        e.setDevMajor(1);
        e.setDevMinor(3);
        return e;
    }

    private void writeZip(Path archive, String prefix, ZipEvil evil) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(archive))) {
            zip.putArchiveEntry(new ZipArchiveEntry(prefix));
            zip.closeArchiveEntry();
            for (Path p : feedFiles()) {
                zip.putArchiveEntry(new ZipArchiveEntry(prefix + county.feed.relativize(p)));
                zip.write(Files.readAllBytes(p));
                zip.closeArchiveEntry();
            }
            if (evil != null) {
                byte[] text = "written by a hostile archive\n".getBytes(StandardCharsets.UTF_8);
                ZipArchiveEntry e = switch (evil) {
                    case DOT_DOT -> new ZipArchiveEntry(prefix + "../../escaped.txt");
                    case ABSOLUTE -> new ZipArchiveEntry(absoluteTarget.toString());
                    case SYMLINK -> {
                        ZipArchiveEntry link = new ZipArchiveEntry(prefix + "objects/link");
                        link.setUnixMode(UnixStat.LINK_FLAG | 0777);
                        text = "/etc/passwd".getBytes(StandardCharsets.UTF_8);
                        yield link;
                    }
                };
                zip.putArchiveEntry(e);
                zip.write(text);
                zip.closeArchiveEntry();
            }
        }
    }
}
