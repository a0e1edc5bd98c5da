package cn.gongkai.kiosk.feed.sync;

import static cn.gongkai.kiosk.feed.FeedException.Reason.UNTRUSTED_KEY;
import static cn.gongkai.kiosk.feed.FeedException.Reason.WRONG_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.feed.ManifestCodec;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded demo is a signed feed applied through the same verifier, and its key, whose
 * private half is in the repository, is trusted for the embedded demo only.
 */
class DemoFeedTest {
    static final Path DEMO_PRIVATE_KEY = Path.of("assets/demo/keys/demo-feed.key");

    @TempDir
    Path tmp;

    static FeedKeys.TrustedKey demoKey() throws Exception {
        try (InputStream in = DemoFeedTest.class.getResourceAsStream("/assets/demo/keys/demo-feed.pub")) {
            assertThat(in).as("demo-feed.pub on the classpath").isNotNull();
            return FeedKeys.parsePublic(in.readAllBytes(), "demo-feed.pub");
        }
    }

    static Manifest demoManifest() throws Exception {
        try (InputStream in = DemoFeedTest.class.getResourceAsStream(ClasspathSource.DEMO + Manifest.FILE)) {
            assertThat(in).as("the demo feed is built into the classpath").isNotNull();
            return ManifestCodec.parse(in.readAllBytes());
        }
    }

    @Test
    void theDemoIsLoadedThroughTheVerifierOnceAndTheCountyFeedReplacesIt() throws Exception {
        FeedFixture county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        try (Kiosk kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
             FaultyFeedServer server = FaultyFeedServer.serve(county.feed)) {
            assertThat(kiosk.client.loadDemoIfEmpty(demoKey())).isTrue();

            Kiosk.Screen demo = kiosk.screen();
            assertThat(demo.version().orElseThrow().source()).isEqualTo("demo");
            assertThat(demo.catalog()).hasSizeGreaterThan(50);
            assertThat(demo.policies()).isNotEmpty();
            assertThat(kiosk.status().source()).contains("demo");
            assertThat(kiosk.status().failing()).isFalse();
            // Every object the demo needed went through the object store's length and hash checks.
            for (Manifest.Entry e : demoManifest().objects()) {
                if (e.region().map(r -> r.overlaps(kiosk.region)).orElse(true)) {
                    assertThat(kiosk.client.objects().has(e)).as(e.path()).isTrue();
                }
            }
            assertThat(kiosk.client.loadDemoIfEmpty(demoKey())).as("only when empty").isFalse();

            FeedSync.Result r = kiosk.sync(server.uri());
            assertThat(r.outcome()).isEqualTo(FeedSync.Outcome.APPLIED);
            assertThat(kiosk.screen().catalog())
                    .containsExactly("cat-county-1", "cat-county-2", "cat-town-1", "cat-village-1");
            assertThat(kiosk.screen().version().orElseThrow().source()).isEqualTo(server.uri().toString());
            assertThat(kiosk.client.loadDemoIfEmpty(demoKey())).isFalse();
        }
    }

    @Test
    void aFeedSignedWithTheDemoKeyIsRefusedByAKioskThatDoesNotTrustIt() throws Exception {
        FeedKeys.SigningKey demoPrivate = FeedKeys.loadPrivate(DEMO_PRIVATE_KEY);
        assertThat(demoPrivate.id()).isEqualTo(demoKey().id());
        FeedFixture impostor = new FeedFixture(tmp.resolve("impostor"), demoPrivate);
        impostor.publish();
        FeedKeys.SigningKey countyKey = FeedKeys.generate();
        try (Kiosk kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(countyKey.publicKey()));
             FaultyFeedServer server = FaultyFeedServer.serve(impostor.feed)) {
            kiosk.refused(UNTRUSTED_KEY, () -> kiosk.sync(server.uri()));
            kiosk.refused(UNTRUSTED_KEY, () -> kiosk.importFrom(impostor.feed));

            // Not even after the demo, signed by that key, was loaded.
            assertThat(kiosk.client.loadDemoIfEmpty(demoKey())).isTrue();
            kiosk.refused(UNTRUSTED_KEY, () -> kiosk.sync(server.uri()));
            kiosk.refused(UNTRUSTED_KEY, () -> kiosk.importFrom(impostor.copyTo(tmp.resolve("usb"))));
            assertThat(kiosk.screen().version().orElseThrow().source()).isEqualTo("demo");
        }
    }

    @Test
    void theDemoIsForItsOwnCountyOnly() throws Exception {
        try (Kiosk elsewhere = new Kiosk(tmp.resolve("kiosk"), List.of(FeedKeys.generate().publicKey()), "360124102",
                0, tmp.resolve("kiosk/data/feed"))) {
            elsewhere.refused(WRONG_REGION, () -> elsewhere.client.loadDemoIfEmpty(demoKey()));
            assertThat(elsewhere.version()).isZero();
        }
    }
}
