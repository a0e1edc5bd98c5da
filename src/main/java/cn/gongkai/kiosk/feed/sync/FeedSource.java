package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.Manifest;
import java.util.Optional;

/**
 * Where a feed is read from: a web server, or a folder (a USB stick, an unpacked archive). Both
 * are checked the same way by {@link FeedSync}; a source only moves bytes and never decides what
 * is trusted.
 */
public interface FeedSource {
    /** The manifest's bytes (at most {@link Manifest#MAX_BYTES}), or empty when unchanged since {@code etag}. */
    Optional<Fetched> manifest(Optional<String> etag) throws FeedException;

    /** The detached signature's bytes. */
    byte[] signature() throws FeedException;

    /** Makes sure {@code store} holds a checked copy of {@code entry}, fetching what is missing. */
    void fetch(Manifest.Entry entry, ObjectStore store) throws FeedException;

    /** For messages and the status: a URL or a folder. */
    String describe();

    /** Body bytes moved so far (for the status and benchmarks). */
    long bytesTransferred();

    record Fetched(byte[] bytes, Optional<String> etag) { }
}
