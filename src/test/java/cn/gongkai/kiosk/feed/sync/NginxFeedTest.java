package cn.gongkai.kiosk.feed.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gongkai.kiosk.feed.Manifest;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real nginx from Debian's packages serving a published feed, started by the test on a free
 * port on 127.0.0.1 as a plain child process. Skipped where nginx is not installed, unless
 * KIOSK_REQUIRE_NGINX=1 (CI), where that is a failure.
 */
class NginxFeedTest {
    @TempDir
    Path tmp;
    Process nginx;
    Path accessLog;
    Path errorLog;

    static Optional<Path> nginxBinary() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin"
                + File.pathSeparator + "/usr/local/sbin").split(File.pathSeparator)) {
            Path p = Path.of(dir, "nginx");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @BeforeEach
    void needNginx() {
        if (nginxBinary().isEmpty()) {
            if ("1".equals(System.getenv("KIOSK_REQUIRE_NGINX"))) {
                fail("KIOSK_REQUIRE_NGINX=1 but nginx is not installed (apt-get install nginx-light)");
            }
            assumeTrue(false, "nginx is not installed; skipped (CI sets KIOSK_REQUIRE_NGINX=1)");
        }
    }

    @AfterEach
    void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(5, TimeUnit.SECONDS)) {
                nginx.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    URI start(Path root) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(tmp.resolve("nginx"));
        accessLog = dir.resolve("access.log");
        errorLog = dir.resolve("error.log");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String conf = """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events { worker_connections 64; }
                http {
                    types { application/json json sig; }
                    default_type application/octet-stream;
                    log_format feed '$status "$request" range="$http_range" if_range="$http_if_range" inm="$http_if_none_match" $body_bytes_sent';
                    access_log %1$s/access.log feed;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %3$s;
                        location / { }
                    }
                }
                """.formatted(dir, port, root.toAbsolutePath());
        Path confFile = dir.resolve("nginx.conf");
        Files.writeString(confFile, conf, StandardCharsets.UTF_8);
        nginx = new ProcessBuilder(nginxBinary().orElseThrow().toString(), "-p", dir.toString(), "-e",
                errorLog.toString(), "-c", confFile.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                fail("nginx exited with " + nginx.exitValue() + ": " + Files.readString(dir.resolve("stdout.log"))
                        + (Files.exists(errorLog) ? Files.readString(errorLog) : ""));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return URI.create("http://127.0.0.1:" + port + "/");
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        fail("nginx did not listen on port " + port + " within 10 s");
        return null;
    }

    List<String> accessLines() throws IOException {
        try (Stream<String> lines = Files.lines(accessLog)) {
            return lines.toList();
        }
    }

    @Test
    void aFreshKioskSyncsFromNginxAndTheNextCheckIsA304() throws Exception {
        FeedFixture county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        URI url = start(county.feed);

        try (Kiosk kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()))) {
            FeedSync.Result first = kiosk.sync(url);
            assertThat(first.outcome()).isEqualTo(FeedSync.Outcome.APPLIED);
            assertThat(first.counts()).isEqualTo(FeedFixture.kioskCounts());
            assertThat(kiosk.rowsOf(FeedFixture.OTHER_TOWNSHIP)).isZero();
            assertThat(kiosk.state.get().etag()).as("nginx's strong ETag is kept").isPresent();

            FeedSync.Result second = kiosk.sync(url);
            assertThat(second.outcome()).isEqualTo(FeedSync.Outcome.UP_TO_DATE);
            assertThat(second.bytes()).isZero();
            List<String> log = accessLines();
            assertThat(log.get(log.size() - 1)).startsWith("304 \"GET /" + Manifest.FILE)
                    .contains("inm=\"").doesNotContain("inm=\"-\"");

            // A half-finished object resumes with a Range request that nginx answers with 206.
            county.media(FeedFixture.BIG, FeedFixture.random(77, 300 * 1024)).publish();
            var big = county.entry(FeedFixture.BIG);
            byte[] bytes = Files.readAllBytes(county.objectFile(FeedFixture.BIG));
            Files.write(kiosk.client.objects().partial(big.sha256()), java.util.Arrays.copyOf(bytes, 100_000));
            assertThat(kiosk.sync(url).version()).isEqualTo(2);
            assertThat(accessLines()).anySatisfy(line -> assertThat(line)
                    .startsWith("206 \"GET /" + big.location()).contains("range=\"bytes=100000-\""));
            assertThat(kiosk.client.objects().read(big)).isEqualTo(bytes);
            assertThat(kiosk.leftovers()).isEmpty();
        }
    }
}
