package cn.gongkai.kiosk.feed.sync;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A static web server for a feed folder on 127.0.0.1 (the JDK's HttpServer), behaving like nginx
 * (strong ETags, If-None-Match → 304, Range and If-Range → 206 with Content-Range, 416) until a
 * test switches on a fault for a path: a connection cut after N body bytes, more bytes than
 * declared, an endless chunked body (capped at 50 MB so no test can hang), a slow trickle, an
 * error status with headers, a 206 whose Content-Range does not match the request, or If-Range
 * ignored. Every response is logged with the body bytes actually written.
 */
final class FaultyFeedServer implements AutoCloseable {
    static final long ENDLESS_CAP = 50L * 1024 * 1024;
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    /** One response as the server gave it. */
    record Served(String path, int status, Optional<String> range, Optional<String> ifRange,
                  Optional<String> ifNoneMatch, long bytes) { }

    /** What to do to one response (or to every response of a path, see {@link #always}). */
    record Fault(Kind kind, long n, int status, List<String> headers, Runnable before, Runnable after) {
        enum Kind { NONE, RESET_AFTER, DECLARE_MORE, CHUNKED_MORE, ENDLESS, TRICKLE, STATUS, WRONG_RANGE }

        /** A normal response (useful with {@link #before}/{@link #after}). */
        static Fault none() {
            return new Fault(Kind.NONE, 0, 0, List.of(), null, null);
        }

        /** Sends the headers as usual, then {@code bytes} of the body, then drops the connection. */
        static Fault resetAfter(long bytes) {
            return new Fault(Kind.RESET_AFTER, bytes, 0, List.of(), null, null);
        }

        /** Declares and sends {@code extra} bytes more than the file has (Content-Length included). */
        static Fault declareMore(long extra) {
            return new Fault(Kind.DECLARE_MORE, extra, 0, List.of(), null, null);
        }

        /** Chunked, no Content-Length: the file and then {@code extra} more bytes. */
        static Fault chunkedMore(long extra) {
            return new Fault(Kind.CHUNKED_MORE, extra, 0, List.of(), null, null);
        }

        /** Chunked, no Content-Length, zeros until the client leaves (or 50 MB). */
        static Fault endless() {
            return new Fault(Kind.ENDLESS, 0, 0, List.of(), null, null);
        }

        /** One body byte every {@code perByte}, with the right Content-Length. */
        static Fault trickle(Duration perByte) {
            return new Fault(Kind.TRICKLE, perByte.toMillis(), 0, List.of(), null, null);
        }

        /** A bodyless answer with this status and header name/value pairs. */
        static Fault status(int code, String... headerPairs) {
            return new Fault(Kind.STATUS, 0, code, List.of(headerPairs), null, null);
        }

        /** 206 with the whole file and Content-Range "bytes 0-…", whatever range was asked for. */
        static Fault wrongContentRange() {
            return new Fault(Kind.WRONG_RANGE, 0, 0, List.of(), null, null);
        }

        /** Runs {@code r} when the request arrives, before anything is sent. */
        Fault before(Runnable r) {
            return new Fault(kind, n, status, headers, r, after);
        }

        /** Runs {@code r} once the response is over (the connection cut, if the fault cuts it). */
        Fault after(Runnable r) {
            return new Fault(kind, n, status, headers, before, r);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile Path root;
    private volatile boolean ignoreIfRange;
    private volatile boolean nginxEtags;
    private volatile boolean closed;
    private final Map<String, Deque<Fault>> queued = new ConcurrentHashMap<>();
    private final Map<String, Fault> always = new ConcurrentHashMap<>();
    private final List<Served> log = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Responses still being written or logged: the client may be done with one before its handler is. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    static {
        // Headers and body go out in separate writes; with Nagle's algorithm and the client's
        // delayed ACK each response would wait 40 ms. Read once, when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FaultyFeedServer(Path root) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "faulty-feed-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static FaultyFeedServer serve(Path feedDir) {
        try {
            return new FaultyFeedServer(feedDir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The feed's base URL. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Serves another folder from now on (an older copy, say). */
    void root(Path feedDir) {
        this.root = feedDir;
    }

    /** Queues faults for the next requests of {@code path}, one per request, in order. */
    void fault(String path, Fault... faults) {
        queued.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(Arrays.asList(faults));
    }

    /** Applies {@code f} to every request of {@code path} (after queued ones are used up). */
    void always(String path, Fault f) {
        always.put(path, f);
    }

    /** Answers a Range request from its offset even when If-Range names an old ETag. */
    void ignoreIfRange(boolean ignore) {
        this.ignoreIfRange = ignore;
    }

    /** ETags as nginx makes them: modification time in whole seconds and size, nothing of the bytes. */
    void nginxEtags(boolean on) {
        this.nginxEtags = on;
    }

    void clearFaults() {
        queued.clear();
        always.clear();
        ignoreIfRange = false;
    }

    /** What was served, once every handler has finished (a client can be done before its handler). */
    List<Served> log() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    List<Served> log(String path) {
        return log().stream().filter(s -> s.path().equals(path)).toList();
    }

    int requests(String path) {
        return log(path).size();
    }

    int requests() {
        return log().size();
    }

    long bytes(String path) {
        return log(path).stream().mapToLong(Served::bytes).sum();
    }

    long bytes() {
        return log().stream().mapToLong(Served::bytes).sum();
    }

    /** Forgets what was served so far (counters start again). */
    void resetLog() {
        log.clear();
    }

    // ---- serving -------------------------------------------------------------------------

    private void handle(HttpExchange ex) throws IOException {
        inFlight.incrementAndGet();
        try {
            serve(ex);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().replaceFirst("^/", "");
        Fault f = next(path);
        Headers req = ex.getRequestHeaders();
        long[] sent = {0};
        int[] status = {0};
        try {
            if (f.before() != null) {
                f.before().run();
            }
            respond(ex, path, f, sent, status);
        } finally {
            log.add(new Served(path, status[0], Optional.ofNullable(req.getFirst("Range")),
                    Optional.ofNullable(req.getFirst("If-Range")), Optional.ofNullable(req.getFirst("If-None-Match")),
                    sent[0]));
            if (f.after() != null) {
                f.after().run();
            }
        }
    }

    private Fault next(String path) {
        Deque<Fault> q = queued.get(path);
        if (q != null) {
            synchronized (q) {
                Fault f = q.poll();
                if (f != null) {
                    return f;
                }
            }
        }
        return always.getOrDefault(path, Fault.none());
    }

    private void respond(HttpExchange ex, String path, Fault f, long[] sent, int[] status) throws IOException {
        Headers h = ex.getResponseHeaders();
        if (f.kind() == Fault.Kind.STATUS) {
            for (int i = 0; i + 1 < f.headers().size(); i += 2) {
                h.set(f.headers().get(i), f.headers().get(i + 1));
            }
            status[0] = f.status();
            ex.sendResponseHeaders(f.status(), -1);
            ex.close();
            return;
        }
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(path).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file)) {
            status[0] = 404;
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        byte[] all = Files.readAllBytes(file);
        String etag = nginxEtags ? "\"" + Long.toHexString(Files.getLastModifiedTime(file).to(
                java.util.concurrent.TimeUnit.SECONDS)) + "-" + Long.toHexString(all.length) + "\"" : etag(file, all);
        h.set("ETag", etag);
        h.set("Accept-Ranges", "bytes");
        h.set("Content-Type", path.endsWith(".json") || path.endsWith(".sig") ? "application/json"
                : "application/octet-stream");
        Headers req = ex.getRequestHeaders();
        if (etag.equals(req.getFirst("If-None-Match"))) {
            status[0] = 304;
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        int code = 200;
        int from = 0;
        Matcher range = RANGE.matcher(String.valueOf(req.getFirst("Range")));
        if (range.matches()) {
            String ifRange = req.getFirst("If-Range");
            if (ifRange == null || ifRange.equals(etag) || ignoreIfRange) {
                long start = Long.parseLong(range.group(1));
                if (start >= all.length) {
                    h.set("Content-Range", "bytes */" + all.length);
                    status[0] = 416;
                    ex.sendResponseHeaders(416, -1);
                    ex.close();
                    return;
                }
                code = 206;
                from = (int) start;
                h.set("Content-Range", "bytes " + start + "-" + (all.length - 1) + "/" + all.length);
            }
        }
        if (f.kind() == Fault.Kind.WRONG_RANGE) {
            code = 206;
            from = 0;
            h.set("Content-Range", "bytes 0-" + (all.length - 1) + "/" + all.length);
        }
        byte[] body = Arrays.copyOfRange(all, from, all.length);
        status[0] = code;
        switch (f.kind()) {
            case RESET_AFTER -> {
                ex.sendResponseHeaders(code, body.length);
                OutputStream out = ex.getResponseBody();
                write(out, body, (int) Math.min(f.n(), body.length), sent);
                out.flush();
                // Thrown out of the handler, this makes the JDK server drop the connection with the
                // body unfinished; the client sees it end early, as after a cut cable.
                throw new IOException("injected connection reset after " + sent[0] + " bytes");
            }
            case DECLARE_MORE -> {
                byte[] padded = Arrays.copyOf(body, body.length + (int) f.n());
                ex.sendResponseHeaders(code, padded.length);
                writeAndClose(ex, padded, sent);
            }
            case CHUNKED_MORE -> {
                ex.sendResponseHeaders(code, 0);
                writeAndClose(ex, Arrays.copyOf(body, body.length + (int) f.n()), sent);
            }
            case ENDLESS -> {
                ex.sendResponseHeaders(code, 0);
                OutputStream out = ex.getResponseBody();
                byte[] zeros = new byte[64 * 1024];
                try {
                    while (!closed && sent[0] < ENDLESS_CAP) {
                        write(out, zeros, zeros.length, sent);
                    }
                    out.close();
                } catch (IOException e) {
                    // the client hung up, as it should
                }
            }
            case TRICKLE -> {
                ex.sendResponseHeaders(code, body.length);
                OutputStream out = ex.getResponseBody();
                try {
                    for (int i = 0; i < body.length && !closed; i++) {
                        out.write(body[i]);
                        out.flush();
                        sent[0]++;
                        Thread.sleep(f.n());
                    }
                    out.close();
                } catch (IOException e) {
                    // the client gave up, as it should
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> {
                ex.sendResponseHeaders(code, body.length);
                writeAndClose(ex, body, sent);
            }
        }
    }

    private static void writeAndClose(HttpExchange ex, byte[] body, long[] sent) {
        try {
            OutputStream out = ex.getResponseBody();
            write(out, body, body.length, sent);
            out.close();
        } catch (IOException e) {
            // the client hung up (it refused a body it should not read): not the server's problem
        } finally {
            ex.close();
        }
    }

    private static void write(OutputStream out, byte[] b, int len, long[] sent) throws IOException {
        for (int off = 0; off < len; off += 16 * 1024) {
            int n = Math.min(16 * 1024, len - off);
            out.write(b, off, n);
            sent[0] += n;
        }
    }

    /** A strong ETag that changes with the bytes and with the modification time, like nginx's. */
    private static String etag(Path file, byte[] bytes) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes);
            String hash = HexFormat.of().formatHex(md.digest(), 0, 8);
            return "\"" + hash + "-" + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        executor.shutdownNow();
    }
}
