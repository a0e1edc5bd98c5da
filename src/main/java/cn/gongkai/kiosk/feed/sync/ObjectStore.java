package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedException.Reason;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.util.DurableFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kiosk's copy of feed objects, one file per object named by its SHA-256
 * ({@code <data>/feed/objects}). A file gets its final name only after its length and hash were
 * checked, so an object present under its name is a good one; downloads in progress live as
 * {@code <hash>.part} so a broken connection resumes instead of starting again.
 */
public final class ObjectStore {
    private static final String PART = ".part";
    private final Path dir;
    private volatile boolean unsyncedNames;

    public ObjectStore(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path path(String sha256) {
        return dir.resolve(sha256);
    }

    /** The partial download of an object (may not exist). */
    public Path partial(String sha256) {
        return dir.resolve(sha256 + PART);
    }

    public boolean has(Manifest.Entry e) {
        Path p = path(e.sha256());
        try {
            return Files.isRegularFile(p) && Files.size(p) == e.length();
        } catch (IOException ex) {
            return false;
        }
    }

    /**
     * Copies exactly {@code e.length()} bytes from {@code in} into the partial file (appending when
     * {@code append}), failing as soon as more arrive, then checks and keeps the object.
     */
    public void receive(Manifest.Entry e, InputStream in, boolean append) throws FeedException {
        Path part = partial(e.sha256());
        try {
            long have = append && Files.exists(part) ? Files.size(part) : 0;
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    have += n;
                    if (have > e.length()) {
                        throw new FeedException(Reason.TOO_LARGE, e.path() + ": more than the " + e.length()
                                + " bytes the manifest lists; download aborted");
                    }
                    out.write(buf, 0, n);
                }
            }
            if (have < e.length()) {
                throw new IOException(e.path() + ": connection ended after " + have + " of " + e.length() + " bytes");
            }
        } catch (FeedException ex) {
            deleteQuietly(part);
            throw ex;
        } catch (IOException ex) {
            if (isDiskFull(ex)) {
                deleteQuietly(part);
                throw new FeedException(Reason.DISK_FULL, "no space left while saving " + e.path() + " in " + dir, ex);
            }
            throw new FeedException(Reason.NETWORK, e.path() + ": " + ex.getMessage(), ex); // the partial file stays for resuming
        }
        commit(e);
    }

    /** Checks a complete partial file and gives it its final name; a wrong one is deleted. */
    void commit(Manifest.Entry e) throws FeedException {
        Path part = partial(e.sha256());
        try {
            String actual = sha256(part);
            if (!actual.equals(e.sha256())) {
                Files.deleteIfExists(part);
                throw new FeedException(Reason.CORRUPT_OBJECT, e.path() + ": SHA-256 is " + actual + ", the manifest"
                        + " lists " + e.sha256() + "; discarded");
            }
            if (e.kind() == Manifest.Kind.MEDIA) {
                // Media stay on screen after the apply commits, so they must survive a power cut;
                // the folder itself is synced once, before the apply (syncFolder).
                try (var ch = java.nio.channels.FileChannel.open(part, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                unsyncedNames = true;
            }
            // Record objects are not synced at all: they are read back and checked before the
            // apply, and one lost to a power cut is simply fetched again. (Syncing the folder
            // after each of thousands of objects was a third of a first sync's time.)
            Files.move(part, path(e.sha256()), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ex) {
            throw new FeedException(isDiskFull(ex) ? Reason.DISK_FULL : Reason.INTERNAL,
                    "cannot keep " + e.path() + " in " + dir + ": " + ex.getMessage(), ex);
        }
    }

    /** Makes the names of media received since the last call durable (one folder fsync). */
    public void syncFolder() {
        if (unsyncedNames) {
            DurableFiles.syncDirectory(dir);
            unsyncedNames = false;
        }
    }

    /** Reads an object back, checking it again (a disk may have damaged it since). */
    public byte[] read(Manifest.Entry e) throws FeedException {
        try {
            byte[] bytes = Files.readAllBytes(path(e.sha256()));
            String actual = HexFormat.of().formatHex(digest().digest(bytes));
            if (bytes.length != e.length() || !actual.equals(e.sha256())) {
                Files.deleteIfExists(path(e.sha256()));
                throw new FeedException(Reason.CORRUPT_OBJECT, e.path() + ": the stored copy is damaged; it will be"
                        + " fetched again");
            }
            return bytes;
        } catch (IOException ex) {
            throw new FeedException(Reason.INTERNAL, "cannot read " + e.path() + " from " + dir + ": " + ex.getMessage(), ex);
        }
    }

    /** Deletes every object not in {@code keep}, and every partial download not in {@code keepPartials}. */
    public int retainOnly(Collection<String> keep, Collection<String> keepPartials) {
        Set<String> names = new HashSet<>(keep);
        keepPartials.forEach(k -> names.add(k + PART));
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!names.contains(p.getFileName().toString())) {
                    removed += deleteQuietly(p) ? 1 : 0;
                }
            }
        } catch (IOException e) {
            // cleaning is best effort; the next sync tries again
        }
        return removed;
    }

    /** Removes unfinished downloads (after an import failed: a USB copy is not resumed). */
    public void deletePartials() {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                if (n.endsWith(PART) || n.endsWith(".tmp")) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            // best effort; the next successful sync cleans up too
        }
    }

    public long bytesStored() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isDiskFull(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("No space left") || m.contains("Disk quota exceeded") || m.contains("not enough space");
    }

    private static boolean deleteQuietly(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            return false;
        }
    }
}
