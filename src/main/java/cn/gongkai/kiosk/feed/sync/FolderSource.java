package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedException.Reason;
import cn.gongkai.kiosk.feed.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** A feed folder: a USB stick with a copy of the county's feed, or an archive unpacked by {@link ArchiveUnpacker}. */
public final class FolderSource implements FeedSource {
    private final Path dir;
    private long transferred;

    private final String label;

    public FolderSource(Path dir) {
        this(dir, dir.toString());
    }

    /** @param label how the status names the source (the archive, not the folder it was unpacked into) */
    public FolderSource(Path dir, String label) {
        this.dir = dir;
        this.label = label;
    }

    @Override
    public Optional<Fetched> manifest(Optional<String> etag) throws FeedException {
        return Optional.of(new Fetched(readCapped(Manifest.FILE, Manifest.MAX_BYTES), Optional.empty()));
    }

    @Override
    public byte[] signature() throws FeedException {
        return readCapped(Manifest.SIGNATURE_FILE, 64 * 1024);
    }

    @Override
    public void fetch(Manifest.Entry entry, ObjectStore store) throws FeedException {
        if (store.has(entry)) {
            return;
        }
        Path file = dir.resolve(entry.location());
        try {
            if (Files.isRegularFile(file) && Files.size(file) != entry.length()) {
                // A wrong file, not a pulled stick: say so (reading it would end in "source gone").
                throw new FeedException(Reason.CORRUPT_OBJECT, entry.path() + ": " + file + " has " + Files.size(file)
                        + " bytes, the manifest lists " + entry.length());
            }
        } catch (IOException e) {
            throw gone(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            store.receive(entry, new CountingInputStream(in, n -> transferred += n), false);
        } catch (NoSuchFileException e) {
            throw new FeedException(Reason.MALFORMED, entry.path() + ": listed in the manifest but "
                    + entry.location() + " is not in " + dir, e);
        } catch (FeedException e) {
            throw e.reason() == Reason.NETWORK ? gone(e) : e;
        } catch (IOException e) {
            throw gone(e);
        }
    }

    private FeedException gone(Exception e) {
        String why = e.getMessage();
        if (!Files.isDirectory(dir)) {
            why = "the folder " + dir + " is no longer there";
        }
        return new FeedException(Reason.SOURCE_GONE, "reading " + dir + " failed: " + why, e);
    }

    private byte[] readCapped(String name, int cap) throws FeedException {
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw new FeedException(Reason.TOO_LARGE, file + ": larger than " + cap + " bytes");
            }
            transferred += bytes.length;
            return bytes;
        } catch (NoSuchFileException e) {
            throw new FeedException(Reason.MALFORMED, "no " + name + " in " + dir + ": not a feed folder (copy the"
                    + " whole folder the county published)", e);
        } catch (IOException e) {
            throw gone(e);
        }
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public long bytesTransferred() {
        return transferred;
    }
}
