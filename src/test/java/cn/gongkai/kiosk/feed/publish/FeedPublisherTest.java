package cn.gongkai.kiosk.feed.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.Manifest;
import cn.gongkai.kiosk.feed.ManifestCodec;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** County side: what goes into a feed folder, and what stops a publish. */
class FeedPublisherTest {
    private static final RegionCode COUNTY = RegionCode.of("360123");
    private static final Path DEMO = Path.of("assets/demo/content");
    private static final Path EXAMPLE_CSV = Path.of("docs/examples/jiuye-gbk.csv");

    @TempDir
    Path tmp;
    FeedKeys.SigningKey key;
    FeedPublisher publisher;

    @BeforeEach
    void key() {
        key = FeedKeys.generate();
        publisher = new FeedPublisher(key);
    }

    private FeedPublisher.Result publish(List<Path> csvs, Path content, Path out, Instant now) throws Exception {
        return publisher.publish(new FeedPublisher.Inputs(csvs, Optional.ofNullable(content), COUNTY, "测试", false),
                new FeedPublisher.Options(Optional.empty(), Duration.ofDays(45), now), out);
    }

    @Test
    void theSameInputTwiceGivesTheSameFeedApartFromVersionAndTimes() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        FeedPublisher.Result first = publish(List.of(EXAMPLE_CSV), DEMO, a, Instant.parse("2026-11-01T00:00:00Z"));
        publish(List.of(EXAMPLE_CSV), DEMO, b, Instant.parse("2026-11-02T00:00:00Z"));
        FeedPublisher.Result again = publish(List.of(EXAMPLE_CSV), DEMO, b, Instant.parse("2026-11-03T00:00:00Z"));

        assertThat(first.manifest().version()).isEqualTo(1);
        assertThat(again.manifest().version()).isEqualTo(2);
        assertThat(again.objectsWritten()).as("content-addressed: nothing new to write").isZero();
        assertThat(withoutVersionAndTimes(a)).isEqualTo(withoutVersionAndTimes(b));
        assertThat(names(a.resolve("objects"))).isEqualTo(names(b.resolve("objects")));
    }

    @Test
    void manifestIsSignedOverItsExactBytesAndListsEveryObjectWithHashAndLength() throws Exception {
        Path out = tmp.resolve("feed");
        publish(List.of(EXAMPLE_CSV), DEMO, out, Instant.parse("2026-11-26T00:00:00Z"));
        byte[] bytes = Files.readAllBytes(out.resolve(Manifest.FILE));
        ManifestCodec.Signed sig = ManifestCodec.parseSignature(Files.readAllBytes(out.resolve(Manifest.SIGNATURE_FILE)));
        assertThat(sig.keyId()).isEqualTo(key.id());
        assertThat(key.publicKey().verify(bytes, sig.signature())).isTrue();
        Manifest m = ManifestCodec.parse(bytes);
        assertThat(m.expires()).isEqualTo(Instant.parse("2027-01-10T00:00:00Z"));
        for (Manifest.Entry e : m.objects()) {
            Path file = out.resolve(e.location());
            assertThat(Files.size(file)).as(e.path()).isEqualTo(e.length());
            assertThat(FeedPublisher.sha256(Files.readAllBytes(file))).isEqualTo(e.sha256());
        }
        // the CSV's township rows are their own object, so other townships' kiosks skip them
        assertThat(m.objects()).anySatisfy(e -> {
            assertThat(e.path()).isEqualTo("catalog/360123102/jiuye.json");
            assertThat(e.region()).hasValue(RegionCode.of("360123102"));
        });
    }

    @Test
    void aBadCsvRowStopsThePublishUnlessSkipped() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        String text = Files.readString(EXAMPLE_CSV, Charset.forName("GBK"))
                .replace("《就业服务与就业管理规定》", "");
        Files.write(csv, text.getBytes(Charset.forName("GBK")));
        Path out = tmp.resolve("feed");
        assertThatThrownBy(() -> publish(List.of(csv), null, out, Instant.now()))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("nothing was published")
                .satisfies(e -> assertThat(((PublishException) e).problems()).singleElement()
                        .asString().contains("bad.csv").contains("公开依据"));
        assertThat(out.resolve(Manifest.FILE)).doesNotExist();

        FeedPublisher.Result r = publisher.publish(new FeedPublisher.Inputs(List.of(csv), Optional.empty(), COUNTY, "",
                true), new FeedPublisher.Options(Optional.empty(), Duration.ofDays(45), Instant.now()), out);
        assertThat(r.skipped()).singleElement().asString().contains("公开依据");
        assertThat(r.counts().get("catalog")).isEqualTo(4);
    }

    @Test
    void recordsOutsideThePublishersRegionAreRefused() throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("notices.json"), """
                [{"id": "n-1", "title": "邻县通知", "body": "正文", "issuer": "某县", "published": "2026-11-20",
                  "scope": {"level": "county", "region": "360124"}}]
                """);
        assertThatThrownBy(() -> publish(List.of(), content, tmp.resolve("feed"), Instant.now()))
                .isInstanceOf(PublishException.class)
                .satisfies(e -> assertThat(((PublishException) e).problems()).singleElement().asString()
                        .contains("n-1").contains("outside"));
    }

    @Test
    void aVersionMustGoUp() throws Exception {
        Path out = tmp.resolve("feed");
        publish(List.of(), DEMO, out, Instant.now());
        assertThatThrownBy(() -> publisher.publish(new FeedPublisher.Inputs(List.of(), Optional.of(DEMO), COUNTY, "",
                false), new FeedPublisher.Options(Optional.of(1L), Duration.ofDays(45), Instant.now()), out))
                .isInstanceOf(PublishException.class).hasMessageContaining("not above");
    }

    @Test
    void mediaTakeTheirRegionFromTheFolderAndMayHaveChineseNames() throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("media/360123102"));
        Files.write(content.resolve("media/办事指南.jpg"), new byte[] {1, 2, 3});
        Files.write(content.resolve("media/360123102/石鼻镇公示.png"), new byte[] {4, 5});
        Files.writeString(content.resolve("README.md"), "not content");
        FeedPublisher.Result r = publish(List.of(), content, tmp.resolve("feed"), Instant.now());
        assertThat(r.warnings()).as("media are content, README.md is documentation").isEmpty();
        assertThat(r.manifest().objects()).extracting(Manifest.Entry::path, e -> e.region().orElseThrow().digits())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("media/360123102/石鼻镇公示.png", "360123102"),
                        org.assertj.core.groups.Tuple.tuple("media/办事指南.jpg", "360123"));
    }

    @Test
    void rotationStatementsInTheFeedFolderAreListedInEveryManifest() throws Exception {
        Path out = tmp.resolve("feed");
        FeedKeys.SigningKey next = FeedKeys.generate();
        Rotations.rotate(out, key, next.publicKey(), Instant.now());
        FeedPublisher.Result r = new FeedPublisher(next).publish(new FeedPublisher.Inputs(List.of(), Optional.of(DEMO),
                COUNTY, "", false), new FeedPublisher.Options(Optional.empty(), Duration.ofDays(45), Instant.now()), out);
        assertThat(r.manifest().rotations()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("keys/rotation-1.json");
            assertThat(out.resolve(e.location())).exists();
        });
    }

    private static JsonObject withoutVersionAndTimes(Path feed) throws Exception {
        JsonObject o = JsonParser.parseString(Files.readString(feed.resolve(Manifest.FILE), StandardCharsets.UTF_8))
                .getAsJsonObject();
        o.remove("version");
        o.remove("issued");
        o.remove("expires");
        return o;
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
