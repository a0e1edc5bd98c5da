package cn.gongkai.kiosk.bench;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.BundleReader;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.feed.publish.FeedPublisher;
import cn.gongkai.kiosk.feed.sync.FeedSync;
import cn.gongkai.kiosk.feed.sync.HttpSource;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.FeedStateDao;
import cn.gongkai.kiosk.testing.FeedGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The county feed over HTTP (issue #3): a generated feed of 10,000 records and 200 media files
 * (50 MB), published with the county's publisher and served from 127.0.0.1 by nginx when it is
 * installed, else by a JDK HttpServer with ETag/304. Prints:
 * 1. apply of the 10,000 records alone (ContentStore.applyFeed): the first in this JVM, then the
 *    median of further runs (each replacing the 10,000 rows; goal <= 2 s);
 * 2. initial sync of a township kiosk (360123102), fresh data folder each time: time and records
 *    applied per second;
 * 3. a second sync after 1 % of the records and 2 media files changed: bytes transferred against
 *    the changed objects' bytes plus the manifest (goal: ratio <= 1.05);
 * 4. a sync with nothing changed: bytes transferred (the manifest check: 304).
 * Bytes are body bytes as the kiosk counts them (manifest, signature, objects); with nginx, the
 * bytes on the wire from its access log (headers included) are printed too.
 *
 * Usage: java -cp CP:target/test-classes cn.gongkai.kiosk.bench.SyncBenchmark [INITIAL_SYNCS]
 * (-Dbench.server=jdk uses the JDK server even when nginx is installed)
 */
public final class SyncBenchmark {
    private static final int RECORDS = 10_000;
    private static final int MEDIA = 200;
    private static final long MEDIA_BYTES = 50L * 1024 * 1024;
    private static final long SEED = 2026_11_26L;
    private static final RegionCode KIOSK = RegionCode.of(FeedGenerator.TOWNSHIP);
    private static final int APPLY_RUNS = 7;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int initialSyncs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path work = Files.createTempDirectory("kiosk-bench-sync");
        FeedKeys.SigningKey key = FeedKeys.generate();
        Path cfg = work.resolve("config");
        Files.createDirectories(cfg);
        FeedKeys.save(key, cfg, "feed-key");

        FeedGenerator v1 = FeedGenerator.of(SEED, RECORDS, MEDIA, MEDIA_BYTES);
        Path content1 = work.resolve("content-v1");
        FeedGenerator.Written w = v1.writeTo(content1);
        System.out.printf("generated content: %s, %d media files; %.1f MiB of record files, %.1f MiB of media%n",
                w.counts(), MEDIA, w.recordBytes() / 1048576.0, w.mediaBytes() / 1048576.0);

        applyAlone(content1);

        Path feed = work.resolve("feed");
        long t = System.nanoTime();
        Manifest m1 = publish(key, content1, 1, feed);
        System.out.printf("published version 1: %d objects, manifest %,d bytes (%.1f s)%n", m1.objects().size(),
                Files.size(feed.resolve(Manifest.FILE)), (System.nanoTime() - t) / 1e9);

        try (Server server = Server.start(feed)) {
            System.out.println("server: " + server.describe());
            URI url = URI.create("http://127.0.0.1:" + server.port() + "/");
            writeConfig(cfg, url);

            List<Double> seconds = new ArrayList<>();
            Path data = null;
            FeedSync.Result first = null;
            for (int i = 0; i < initialSyncs; i++) {
                data = work.resolve("data-" + i);
                try (KioskServices s = open(cfg, data)) {
                    long t0 = System.nanoTime();
                    first = s.feeds().syncFrom(url, HttpSource.Limits.defaults());
                    seconds.add((System.nanoTime() - t0) / 1e9);
                }
                if (i < initialSyncs - 1) {
                    deleteTree(data);
                }
            }
            int applied = first.counts().values().stream().mapToInt(Integer::intValue).sum();
            double median = median(seconds);
            System.out.printf("initial sync: median %.2f s (%s; n=%d): %,d records applied (%s), %.0f records/s;"
                            + " %d objects, %,d bytes%n", median, seconds.stream().map(s -> "%.2f".formatted(s))
                            .collect(Collectors.joining(", ")), initialSyncs, applied, first.counts(), applied / median,
                    first.objectsFetched(), first.bytes());

            // Version 2: 1 % of the records and 2 media files changed.
            FeedGenerator v2 = v1.changed(0.01, 2);
            Path content2 = work.resolve("content-v2");
            v2.writeTo(content2);
            Manifest m2 = publish(key, content2, 2, feed);
            long manifestBytes = Files.size(feed.resolve(Manifest.FILE));
            Set<String> had = m1.objects().stream().filter(SyncBenchmark::mine).map(Manifest.Entry::sha256)
                    .collect(Collectors.toSet());
            List<Manifest.Entry> changed = m2.objects().stream().filter(SyncBenchmark::mine)
                    .filter(e -> !had.contains(e.sha256())).toList();
            long changedBytes = changed.stream().mapToLong(Manifest.Entry::length).sum();
            long wire = server.wireBytes();
            FeedSync.Result second;
            double secondS;
            try (KioskServices s = open(cfg, data)) {
                long t0 = System.nanoTime();
                second = s.feeds().syncFrom(url, HttpSource.Limits.defaults());
                secondS = (System.nanoTime() - t0) / 1e9;
            }
            long secondWire = wire < 0 ? -1 : server.wireBytes() - wire;
            System.out.printf("second sync (%d records and 2 media files changed, version %d): %.2f s, %d objects"
                            + " fetched; changed objects for this kiosk: %d, %,d bytes (%s); manifest %,d bytes%n",
                    v2.changedIds().size(), second.version(), secondS, second.objectsFetched(), changed.size(),
                    changedBytes, kinds(changed), manifestBytes);
            System.out.printf("second sync: %,d bytes transferred / (%,d changed + %,d manifest) = ratio %.5f"
                            + " (goal <= 1.05)%s%n", second.bytes(), changedBytes, manifestBytes,
                    (double) second.bytes() / (changedBytes + manifestBytes),
                    secondWire < 0 ? "" : "; on the wire, headers included: %,d bytes, ratio %.5f".formatted(
                            secondWire, (double) secondWire / (changedBytes + manifestBytes)));

            wire = server.wireBytes();
            FeedSync.Result third;
            try (KioskServices s = open(cfg, data)) {
                third = s.feeds().syncFrom(url, HttpSource.Limits.defaults());
            }
            long thirdWire = wire < 0 ? -1 : server.wireBytes() - wire;
            System.out.printf("sync with nothing changed: %s, %,d body bytes transferred%s%n",
                    third.outcome() == FeedSync.Outcome.UP_TO_DATE ? "up to date" : "APPLIED (unexpected)",
                    third.bytes(), thirdWire < 0 ? "" : "; on the wire %,d bytes (%s)".formatted(thirdWire,
                            server.lastStatuses(1)));
        } finally {
            deleteTree(work);
        }
    }

    /** ContentStore.applyFeed of all 10,000 records (no area filter), as one sync applies them. */
    private static void applyAlone(Path content) throws Exception {
        ContentSet all = read(content);
        List<FeedStateDao.MediaRow> media = new ArrayList<>();
        for (int i = 0; i < MEDIA; i++) {
            media.add(new FeedStateDao.MediaRow("media/bench-" + i + ".jpg", "%064x".formatted(i), 250_000, "360123"));
        }
        Path dir = Files.createTempDirectory("kiosk-bench-apply");
        List<Double> ms = new ArrayList<>();
        double first;
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            ContentStore store = new ContentStore(db);
            first = apply(store, all, media, 1);
            for (int i = 0; i < APPLY_RUNS; i++) {
                ms.add(apply(store, all, media, i + 2));
            }
        } finally {
            deleteTree(dir);
        }
        int n = all.counts().values().stream().mapToInt(Integer::intValue).sum();
        Collections.sort(ms);
        System.out.printf("apply of %,d records (%s) and %d media rows: first in this JVM (empty database) %.0f ms;"
                        + " then median %.0f ms (min %.0f, max %.0f, n=%d, each replacing the %,d rows); goal <= 2000 ms%n",
                n, all.counts(), MEDIA, first, median(ms), ms.get(0), ms.get(ms.size() - 1), APPLY_RUNS, n);
    }

    private static double apply(ContentStore store, ContentSet all, List<FeedStateDao.MediaRow> media, long version) {
        Instant now = Instant.now();
        FeedStateDao.FeedState state = new FeedStateDao.FeedState(Optional.of("bench"), version,
                Optional.of("%064x".formatted(version)), Optional.of(now), Optional.of(now.plus(Duration.ofDays(30))),
                Optional.of("bench"), "[]", Optional.empty(), Optional.of(now), Optional.of(now), Optional.empty(),
                Optional.empty());
        long t0 = System.nanoTime();
        store.applyFeed(all, media, state, "360123", now);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Reads a content folder's records through the feed's own reader. */
    private static ContentSet read(Path dir) throws Exception {
        BundleReader.Collector all = new BundleReader.Collector();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                Optional<Manifest.Kind> kind = BundleReader.kindOf(name);
                if (kind.isPresent()) {
                    all.add(kind.get(), name, Files.readAllBytes(p));
                }
            }
        }
        return all.content();
    }

    private static Manifest publish(FeedKeys.SigningKey key, Path content, long version, Path feed) throws Exception {
        return new FeedPublisher(key).publish(
                new FeedPublisher.Inputs(List.of(), Optional.of(content), RegionCode.of(FeedGenerator.COUNTY),
                        "安义县政务公开（基准测试生成数据）", false),
                new FeedPublisher.Options(Optional.of(version), Duration.ofDays(30), Instant.now()), feed).manifest();
    }

    private static boolean mine(Manifest.Entry e) {
        return e.region().map(r -> r.overlaps(KIOSK)).orElse(true);
    }

    private static String kinds(List<Manifest.Entry> entries) {
        return entries.stream().collect(Collectors.groupingBy(e -> e.kind().key(), java.util.TreeMap::new,
                Collectors.counting())).toString();
    }

    private static void writeConfig(Path cfg, URI url) throws IOException {
        Files.writeString(cfg.resolve("kiosk.json"), """
                {
                  "siteName": "石鼻镇便民服务中心",
                  "areaName": "安义县石鼻镇",
                  "regionCode": "360123102",
                  "display": {"fullScreen": false},
                  "demoContent": false,
                  "feed": {"url": "%s", "trustedKeys": ["feed-key.pub"]}
                }
                """.formatted(url), StandardCharsets.UTF_8);
    }

    private static KioskServices open(Path cfg, Path data) throws Exception {
        return KioskServices.open(KioskServices.loadConfig(cfg), data, Clock.systemUTC(), false);
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A static web server on 127.0.0.1 serving the feed folder. */
    interface Server extends AutoCloseable {
        int port();

        String describe();

        /** Bytes sent so far, headers included; -1 when the server cannot tell. */
        long wireBytes() throws IOException;

        /** The last requests and their status codes, for the report. */
        String lastStatuses(int n) throws IOException;

        @Override
        void close() throws Exception;

        static Server start(Path root) throws Exception {
            Optional<Path> nginx = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")
                    .map(Path::of).filter(Files::isExecutable).findFirst();
            if (nginx.isPresent() && !"jdk".equals(System.getProperty("bench.server"))) {
                return Nginx.start(nginx.get(), root);
            }
            return new JdkServer(root);
        }
    }

    /** nginx as Debian ships it, run in the foreground with its own configuration in a temp folder. */
    static final class Nginx implements Server {
        private final Process process;
        private final int port;
        private final Path log;
        private final String version;

        private Nginx(Process process, int port, Path log, String version) {
            this.process = process;
            this.port = port;
            this.log = log;
            this.version = version;
        }

        static Nginx start(Path binary, Path root) throws Exception {
            Path prefix = Files.createTempDirectory("kiosk-bench-nginx");
            Files.createDirectories(prefix.resolve("tmp"));
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = prefix.resolve("access.log");
            boolean root0 = "root".equals(System.getProperty("user.name"));
            Files.writeString(prefix.resolve("nginx.conf"), """
                    %s
                    worker_processes 1;
                    daemon off;
                    pid %s/nginx.pid;
                    error_log %s/error.log warn;
                    events { worker_connections 64; }
                    http {
                        log_format bench '$request $status $body_bytes_sent $bytes_sent';
                        access_log %s bench;
                        client_body_temp_path %s/tmp/body;
                        proxy_temp_path %s/tmp/proxy;
                        fastcgi_temp_path %s/tmp/fastcgi;
                        uwsgi_temp_path %s/tmp/uwsgi;
                        scgi_temp_path %s/tmp/scgi;
                        types { application/json json; }
                        default_type application/octet-stream;
                        sendfile on;
                        server {
                            listen 127.0.0.1:%d;
                            root %s;
                            etag on;
                        }
                    }
                    """.formatted(root0 ? "user root;" : "", prefix, prefix, log, prefix, prefix, prefix, prefix,
                    prefix, port, root.toAbsolutePath()));
            Process p = new ProcessBuilder(binary.toString(), "-p", prefix.toString(), "-c",
                    prefix.resolve("nginx.conf").toString()).redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("stdout.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy)); // also on Ctrl-C
            Process v = new ProcessBuilder(binary.toString(), "-v").redirectErrorStream(true).start();
            String version = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            v.waitFor();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (true) {
                try {
                    new Socket("127.0.0.1", port).close();
                    break;
                } catch (IOException e) {
                    if (!p.isAlive() || System.nanoTime() > deadline) {
                        p.destroyForcibly();
                        Path errors = prefix.resolve("error.log");
                        throw new IOException("nginx did not start: " + Files.readString(prefix.resolve("stdout.log"))
                                + (Files.exists(errors) ? Files.readString(errors) : ""));
                    }
                    Thread.sleep(50);
                }
            }
            return new Nginx(p, port, log, version.replace("nginx version: ", "") + " (" + binary + ")");
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public String describe() {
            return version + " on 127.0.0.1:" + port + ", ETag on";
        }

        @Override
        public long wireBytes() throws IOException {
            long sum = 0;
            for (String line : Files.readAllLines(log)) {
                String[] f = line.trim().split(" ");
                sum += Long.parseLong(f[f.length - 1]);
            }
            return sum;
        }

        @Override
        public String lastStatuses(int n) throws IOException {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - n), lines.size()).stream().map(l -> {
                String[] f = l.trim().split(" ");
                return f[0] + " " + f[1] + " -> " + f[3];
            }).collect(Collectors.joining("; "));
        }

        @Override
        public void close() throws Exception {
            process.destroy(); // SIGTERM: nginx's fast shutdown
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            deleteTree(log.getParent());
        }
    }

    /** A JDK HttpServer: static files with a strong ETag, If-None-Match (304) and Range/If-Range. */
    static final class JdkServer implements Server {
        private final HttpServer server;
        private final Path root;
        private final AtomicLong bodyBytes = new AtomicLong();

        JdkServer(Path root) throws IOException {
            // Without TCP_NODELAY every small response waits ~40 ms for a delayed ACK (Nagle).
            System.setProperty("sun.net.httpserver.nodelay", "true");
            this.root = root;
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.createContext("/", this::handle);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            server.start();
        }

        private void handle(HttpExchange x) throws IOException {
            try (x) {
                Path file = root.resolve(x.getRequestURI().getPath().substring(1)).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    x.sendResponseHeaders(404, -1);
                    return;
                }
                long length = Files.size(file);
                String etag = "\"" + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "-"
                        + Long.toHexString(length) + "\"";
                x.getResponseHeaders().set("ETag", etag);
                if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    x.sendResponseHeaders(304, -1);
                    return;
                }
                long from = 0;
                String range = x.getRequestHeaders().getFirst("Range");
                String ifRange = x.getRequestHeaders().getFirst("If-Range");
                if (range != null && range.matches("bytes=\\d+-") && (ifRange == null || ifRange.equals(etag))) {
                    from = Long.parseLong(range.substring(6, range.length() - 1));
                    if (from >= length) {
                        x.sendResponseHeaders(416, -1);
                        return;
                    }
                    x.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (length - 1) + "/" + length);
                    x.sendResponseHeaders(206, length - from);
                } else {
                    x.sendResponseHeaders(200, length);
                }
                try (InputStream in = Files.newInputStream(file); OutputStream out = x.getResponseBody()) {
                    in.skipNBytes(from);
                    bodyBytes.addAndGet(in.transferTo(out));
                }
            }
        }

        @Override
        public int port() {
            return server.getAddress().getPort();
        }

        @Override
        public String describe() {
            return "JDK HttpServer on 127.0.0.1:" + port() + " (no nginx, or -Dbench.server=jdk), strong ETag, 304, Range";
        }

        @Override
        public long wireBytes() {
            return -1; // headers are not counted
        }

        @Override
        public String lastStatuses(int n) {
            return "";
        }

        @Override
        public void close() {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
