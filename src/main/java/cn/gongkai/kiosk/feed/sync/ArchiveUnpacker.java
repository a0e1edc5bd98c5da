package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedException.Reason;
import cn.gongkai.kiosk.feed.Manifest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks a feed archive from a USB stick (.zip, .tar, .tar.gz) into a private folder, refusing
 * any entry that could write outside it or is not a plain file or folder: '..', absolute paths,
 * links, devices. What it unpacks is then checked like any feed folder.
 */
public final class ArchiveUnpacker {
    /** A feed archive larger than this is refused before the disk fills. */
    static final long MAX_TOTAL = 8L * 1024 * 1024 * 1024;

    private ArchiveUnpacker() {
    }

    public static boolean isArchive(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".zip") || n.endsWith(".tar") || n.endsWith(".tar.gz") || n.endsWith(".tgz");
    }

    /** Unpacks {@code archive} into the empty folder {@code into}; returns the folder holding manifest.json. */
    public static Path unpack(Path archive, Path into) throws FeedException {
        String name = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            checkZipDirectory(archive, into);
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive));
             ArchiveInputStream<? extends ArchiveEntry> in = open(name, raw)) {
            long total = 0;
            ArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                Path target = safeTarget(into, e);
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (var out = Files.newOutputStream(target)) {
                    byte[] buf = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        total += n;
                        if (total > MAX_TOTAL) {
                            throw new FeedException(Reason.TOO_LARGE, archive + ": unpacks to more than "
                                    + MAX_TOTAL / (1024 * 1024 * 1024) + " GB; refused");
                        }
                        out.write(buf, 0, n);
                    }
                }
            }
        } catch (FeedException e) {
            throw e;
        } catch (IOException e) {
            if (ObjectStore.isDiskFull(e)) {
                throw new FeedException(Reason.DISK_FULL, "no space left while unpacking " + archive, e);
            }
            throw new FeedException(Files.exists(archive) ? Reason.MALFORMED : Reason.SOURCE_GONE,
                    archive + ": cannot be unpacked (" + e.getMessage() + ")", e);
        }
        return feedRoot(into, archive);
    }

    private static ArchiveInputStream<? extends ArchiveEntry> open(String name, InputStream raw) throws IOException {
        if (name.endsWith(".zip")) {
            return new ZipArchiveInputStream(raw);
        }
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return new TarArchiveInputStream(new GzipCompressorInputStream(raw));
        }
        return new TarArchiveInputStream(raw);
    }

    static Path safeTarget(Path into, ArchiveEntry e) throws FeedException {
        String n = e.getName();
        String why = null;
        if (e instanceof TarArchiveEntry t && !(plainTarFile(t) || t.isDirectory())) {
            why = t.isSymbolicLink() || t.isLink() ? "is a link" : "is not a plain file (device, pipe or other special file)";
        } else if (e instanceof ZipArchiveEntry z && !plainZipEntry(z)) {
            why = z.isUnixSymlink() ? "is a link" : "is not a plain file (device, pipe or other special file)";
        } else if (n.startsWith("/") || n.startsWith("\\") || n.matches("^[A-Za-z]:.*")) {
            why = "has an absolute path";
        } else if (Stream.of(n.split("[/\\\\]")).anyMatch(".."::equals)) {
            why = "leaves the archive's folder ('..')";
        }
        Path target = into.resolve(n).normalize();
        if (why == null && !target.startsWith(into.normalize())) {
            why = "leaves the archive's folder";
        }
        if (why != null) {
            throw new FeedException(Reason.UNSAFE_ARCHIVE, "archive entry '" + n + "' " + why + "; the archive was refused");
        }
        return target;
    }

    /**
     * A regular file by its type flag. (TarArchiveEntry.isFile() is true for links, devices and
     * pipes too: anything that is not a directory.)
     */
    private static boolean plainTarFile(TarArchiveEntry t) {
        byte flag = t.getLinkFlag();
        return flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM || flag == TarConstants.LF_CONTIG;
    }

    /** No Unix file type, or a regular file or folder. */
    private static boolean plainZipEntry(ZipArchiveEntry z) {
        int type = z.getUnixMode() & UnixStat.FILE_TYPE_FLAG;
        return z.getPlatform() != ZipArchiveEntry.PLATFORM_UNIX || type == 0 || type == UnixStat.FILE_FLAG
                || type == UnixStat.DIR_FLAG;
    }

    /**
     * A zip keeps Unix file types (links) only in its central directory, which the streaming
     * reader never sees; read it first so a link or device entry refuses the archive here too.
     */
    private static void checkZipDirectory(Path archive, Path into) throws FeedException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (ZipArchiveEntry z : java.util.Collections.list(zip.getEntries())) {
                safeTarget(into, z);
            }
        } catch (IOException e) {
            throw new FeedException(Files.exists(archive) ? Reason.MALFORMED : Reason.SOURCE_GONE,
                    archive + ": cannot be read as a zip archive (" + e.getMessage() + ")", e);
        }
    }

    /** The folder with manifest.json: the top, or the one folder a zip tool wrapped it in. */
    private static Path feedRoot(Path into, Path archive) throws FeedException {
        if (Files.exists(into.resolve(Manifest.FILE))) {
            return into;
        }
        try (Stream<Path> children = Files.list(into)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                if (Files.isDirectory(child) && Files.exists(child.resolve(Manifest.FILE))) {
                    return child;
                }
            }
        } catch (IOException e) {
            throw new FeedException(Reason.INTERNAL, "cannot list " + into + ": " + e.getMessage(), e);
        }
        throw new FeedException(Reason.MALFORMED, archive + ": holds no " + Manifest.FILE + " (pack the whole feed folder)");
    }
}
