package cn.gongkai.kiosk.feed.sync;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedException.Reason;
import cn.gongkai.kiosk.feed.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed on a static web server. Conditional GET for the manifest (ETag), objects resumed with
 * Range + If-Range after a broken connection, never more read than the manifest declares, and a
 * minimum speed so a server trickling bytes cannot hold the kiosk forever. Uses
 * HttpURLConnection because its socket read timeout stops a silent server, which the JDK's
 * HttpClient body streams do not.
 */
public final class HttpSource implements FeedSource {
    /**
     * @param stall       longest wait for any byte
     * @param minRate     slowest acceptable transfer (bytes per second) once {@code grace} has passed
     * @param attempts    tries per object before the sync gives up (complete objects are kept)
     */
    public record Limits(Duration connect, Duration stall, long minRate, Duration grace, int attempts) {
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(15), Duration.ofSeconds(30), 2_048, Duration.ofSeconds(20), 8);
        }
    }

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
    private static final String AGENT = "GongkaiKiosk/1 (+feed sync)";

    private final URI base;
    private final Limits limits;
    private final Map<String, String> etags = new HashMap<>();
    private long transferred;

    public HttpSource(URI feed, Limits limits) {
        String s = feed.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.limits = limits;
    }

    @Override
    public Optional<Fetched> manifest(Optional<String> etag) throws FeedException {
        HttpURLConnection c = open(Manifest.FILE);
        etag.ifPresent(e -> c.setRequestProperty("If-None-Match", e));
        boolean reusable = false;
        try {
            int status = status(c, Manifest.FILE);
            if (status == HttpURLConnection.HTTP_NOT_MODIFIED) {
                reusable = true;
                return Optional.empty();
            }
            requireOk(c, status, Manifest.FILE);
            Fetched f = new Fetched(body(c, Manifest.FILE, Manifest.MAX_BYTES),
                    Optional.ofNullable(c.getHeaderField("ETag")));
            reusable = true;
            return Optional.of(f);
        } finally {
            release(c, reusable);
        }
    }

    @Override
    public byte[] signature() throws FeedException {
        HttpURLConnection c = open(Manifest.SIGNATURE_FILE);
        boolean reusable = false;
        try {
            requireOk(c, status(c, Manifest.SIGNATURE_FILE), Manifest.SIGNATURE_FILE);
            byte[] bytes = body(c, Manifest.SIGNATURE_FILE, 64 * 1024);
            reusable = true;
            return bytes;
        } finally {
            release(c, reusable);
        }
    }

    @Override
    public void fetch(Manifest.Entry entry, ObjectStore store) throws FeedException {
        FeedException last = null;
        for (int attempt = 1; attempt <= limits.attempts(); attempt++) {
            if (store.has(entry)) {
                return;
            }
            try {
                fetchOnce(entry, store);
                return;
            } catch (FeedException e) {
                if (e.reason() != Reason.NETWORK && e.reason() != Reason.CORRUPT_OBJECT) {
                    throw e; // busy server, oversized body, disk full: stop and let the schedule back off
                }
                last = e;
                if (attempt < limits.attempts()) {
                    pause(attempt); // not after the last try: the failure is reported at once
                }
            }
        }
        throw last;
    }

    private void fetchOnce(Manifest.Entry entry, ObjectStore store) throws FeedException {
        long have = partialSize(store, entry);
        HttpURLConnection c = open(entry.location());
        if (have > 0) {
            c.setRequestProperty("Range", "bytes=" + have + "-");
            Optional.ofNullable(etags.get(entry.sha256())).ifPresent(e -> c.setRequestProperty("If-Range", e));
        }
        boolean reusable = false;
        try {
            int status = status(c, entry.path());
            if (have > 0 && status == 416) {
                discardPartial(store, entry);
                throw new FeedException(Reason.NETWORK, entry.path() + ": the server refused the resume range; starting again");
            }
            boolean append = false;
            if (status == HttpURLConnection.HTTP_PARTIAL) {
                if (have == 0 || !rangeMatches(c.getHeaderField("Content-Range"), have, entry.length())) {
                    discardPartial(store, entry);
                    throw new FeedException(Reason.NETWORK, entry.path() + ": Content-Range '"
                            + c.getHeaderField("Content-Range") + "' does not match the request; starting again");
                }
                append = true;
            } else {
                requireOk(c, status, entry.path());
            }
            Optional.ofNullable(c.getHeaderField("ETag")).filter(e -> !e.startsWith("W/"))
                    .ifPresent(e -> etags.put(entry.sha256(), e));
            long declared = c.getContentLengthLong();
            long expected = entry.length() - (append ? have : 0);
            if (declared > expected) {
                throw new FeedException(Reason.TOO_LARGE, entry.path() + ": the server announces " + declared
                        + " bytes, the manifest lists " + expected);
            }
            if (declared >= 0 && declared < expected) {
                // Not a broken connection: the server holds another (shorter) file under this name.
                throw new FeedException(Reason.CORRUPT_OBJECT, entry.path() + ": the server announces " + declared
                        + " bytes, the manifest lists " + expected + "; not the listed object");
            }
            try (InputStream in = paced(c.getInputStream())) {
                store.receive(entry, in, append);
                reusable = true;
            } catch (IOException e) {
                throw new FeedException(Reason.NETWORK, entry.path() + ": " + e.getMessage(), e);
            }
        } finally {
            release(c, reusable);
        }
    }

    /**
     * A response read to its end leaves the connection to the JDK's keep-alive cache, so the
     * next object does not pay for a new connection (thousands of objects on a first sync); any
     * other outcome closes it, since what is left on it cannot be trusted.
     */
    private static void release(HttpURLConnection c, boolean reusable) {
        if (!reusable) {
            c.disconnect();
        }
    }

    static boolean rangeMatches(String header, long from, long length) {
        if (header == null) {
            return false;
        }
        Matcher m = CONTENT_RANGE.matcher(header.strip());
        return m.matches() && Long.parseLong(m.group(1)) == from && Long.parseLong(m.group(2)) == length - 1
                && (m.group(3).equals("*") || Long.parseLong(m.group(3)) == length);
    }

    private HttpURLConnection open(String name) throws FeedException {
        try {
            HttpURLConnection c = (HttpURLConnection) base.resolve(name).toURL().openConnection();
            c.setConnectTimeout((int) limits.connect().toMillis());
            c.setReadTimeout((int) limits.stall().toMillis());
            c.setUseCaches(false);
            c.setInstanceFollowRedirects(true);
            c.setRequestProperty("User-Agent", AGENT);
            c.setRequestProperty("Accept-Encoding", "identity"); // lengths and ranges are of the stored bytes
            return c;
        } catch (IOException | IllegalArgumentException e) {
            throw new FeedException(Reason.NETWORK, "cannot open " + base.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private int status(HttpURLConnection c, String name) throws FeedException {
        try {
            return c.getResponseCode();
        } catch (IOException e) {
            throw new FeedException(Reason.NETWORK, base.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private void requireOk(HttpURLConnection c, int status, String name) throws FeedException {
        if (status == HttpURLConnection.HTTP_OK) {
            return;
        }
        String where = base.resolve(name) + ": HTTP " + status;
        if (status == 503 || status == 429) {
            FeedException busy = new FeedException(Reason.SERVER_BUSY, where);
            retryAfter(c.getHeaderField("Retry-After")).ifPresent(busy::withRetryAfter);
            throw busy;
        }
        if (status == 404 && name.equals(Manifest.FILE)) {
            throw new FeedException(Reason.MALFORMED, where + ": no feed at this address (check feed.url in kiosk-config)");
        }
        if (status == 404 && name.equals(Manifest.SIGNATURE_FILE)) {
            // The publisher writes the signature before the manifest, so a manifest without one
            // is an incomplete feed, not a network fault (and a USB copy without it is MALFORMED too).
            throw new FeedException(Reason.MALFORMED, where + ": the feed has no signature file; not applied");
        }
        throw new FeedException(status >= 500 ? Reason.SERVER_BUSY : Reason.NETWORK, where);
    }

    /** Retry-After as seconds or as an HTTP date; at most a day, so a bad header cannot stop syncing. */
    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            try {
                wait = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (java.time.format.DateTimeParseException ex) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return Optional.of(wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait);
    }

    private byte[] body(HttpURLConnection c, String name, int cap) throws FeedException {
        try (InputStream in = paced(c.getInputStream())) {
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw new FeedException(Reason.TOO_LARGE, base.resolve(name) + ": larger than " + cap + " bytes; aborted");
            }
            return bytes;
        } catch (IOException e) {
            throw new FeedException(Reason.NETWORK, base.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private InputStream paced(InputStream in) {
        long start = System.nanoTime();
        return new CountingInputStream(in, n -> {
            transferred += n;
        }) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    read += n;
                    long elapsed = (System.nanoTime() - start) / 1_000_000;
                    long graceMs = limits.grace().toMillis();
                    if (elapsed > graceMs && read < limits.minRate() * (elapsed - graceMs) / 1000) {
                        throw new IOException("transfer slower than " + limits.minRate() + " bytes/s; aborted");
                    }
                }
                return n;
            }
        };
    }

    private static long partialSize(ObjectStore store, Manifest.Entry e) {
        try {
            return Files.exists(store.partial(e.sha256())) ? Files.size(store.partial(e.sha256())) : 0;
        } catch (IOException ex) {
            return 0;
        }
    }

    private void discardPartial(ObjectStore store, Manifest.Entry e) {
        etags.remove(e.sha256());
        try {
            Files.deleteIfExists(store.partial(e.sha256()));
        } catch (IOException ex) {
            // the next attempt truncates it anyway
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2_000, 100L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String describe() {
        return base.toString();
    }

    @Override
    public long bytesTransferred() {
        return transferred;
    }
}
