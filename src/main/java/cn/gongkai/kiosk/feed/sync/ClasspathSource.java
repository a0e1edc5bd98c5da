package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedException.Reason;
import cn.gongkai.kiosk.feed.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The signed demo feed built into the application (assets/demo/feed, made at build time). */
public final class ClasspathSource implements FeedSource {
    public static final String DEMO = "/assets/demo/feed/";
    private final String prefix;
    private long transferred;

    public ClasspathSource(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Optional<Fetched> manifest(Optional<String> etag) throws FeedException {
        return Optional.of(new Fetched(read(Manifest.FILE, Manifest.MAX_BYTES), Optional.empty()));
    }

    @Override
    public byte[] signature() throws FeedException {
        return read(Manifest.SIGNATURE_FILE, 64 * 1024);
    }

    @Override
    public void fetch(Manifest.Entry entry, ObjectStore store) throws FeedException {
        if (store.has(entry)) {
            return;
        }
        try (InputStream in = open(entry.location())) {
            store.receive(entry, in, false);
            transferred += entry.length();
        } catch (IOException e) {
            throw new FeedException(Reason.INTERNAL, "demo feed: " + e.getMessage(), e);
        }
    }

    private byte[] read(String name, int cap) throws FeedException {
        try (InputStream in = open(name)) {
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw new FeedException(Reason.TOO_LARGE, describe() + name + ": larger than " + cap + " bytes");
            }
            transferred += bytes.length;
            return bytes;
        } catch (IOException e) {
            throw new FeedException(Reason.INTERNAL, "demo feed: " + e.getMessage(), e);
        }
    }

    private InputStream open(String name) throws IOException {
        InputStream in = ClasspathSource.class.getResourceAsStream(prefix + name);
        if (in == null) {
            throw new IOException(prefix + name + " is missing from the application (build it with ./mvnw package)");
        }
        return in;
    }

    @Override
    public String describe() {
        return "demo";
    }

    @Override
    public long bytesTransferred() {
        return transferred;
    }
}
