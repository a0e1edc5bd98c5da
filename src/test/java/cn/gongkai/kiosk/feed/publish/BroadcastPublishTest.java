package cn.gongkai.kiosk.feed.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broadcasts in a published feed: one object each, and recordings checked before anything is written. */
class BroadcastPublishTest {
    private static final RegionCode COUNTY = RegionCode.of("360123");
    private static final String ENTRY = """
            {"id": "%s", "title": "办公时间", "text": "上午八点半开门。", "audio": %s, "times": ["08:30"],
             "scope": {"level": "township", "region": "%s"}}""";

    @TempDir
    Path tmp;

    private FeedPublisher.Result publish(Path content, Path out) throws Exception {
        return new FeedPublisher(FeedKeys.generate()).publish(
                new FeedPublisher.Inputs(List.of(), Optional.of(content), COUNTY, "测试", false),
                new FeedPublisher.Options(Optional.empty(), Duration.ofDays(45), Instant.parse("2026-11-26T00:00:00Z")),
                out);
    }

    private Path content(String broadcasts, String... media) throws Exception {
        Path dir = tmp.resolve("content");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("broadcasts.json"), broadcasts, StandardCharsets.UTF_8);
        for (String m : media) {
            Path p = dir.resolve(m);
            Files.createDirectories(p.getParent());
            Files.write(p, new byte[] {'R', 'I', 'F', 'F'});
        }
        return dir;
    }

    @Test
    void eachBroadcastIsOneObjectOfKindBroadcastForItsRegion() throws Exception {
        Path out = tmp.resolve("feed");
        FeedPublisher.Result r = publish(content("[" + ENTRY.formatted("bc-a", "null", "360123102") + ","
                + ENTRY.formatted("bc-b", "\"media/360123102/办公时间.wav\"", "360123102") + "]",
                "media/360123102/办公时间.wav"), out);
        assertThat(r.counts()).containsEntry("broadcasts", 2);
        assertThat(r.manifest().objects()).filteredOn(e -> e.kind() == Manifest.Kind.BROADCAST)
                .extracting(Manifest.Entry::path).containsExactly("broadcasts/bc-a.json", "broadcasts/bc-b.json");
        assertThat(r.manifest().objects()).filteredOn(e -> e.kind() == Manifest.Kind.BROADCAST)
                .allSatisfy(e -> assertThat(e.region()).contains(RegionCode.of("360123102")));
        String manifest = Files.readString(out.resolve(Manifest.FILE), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"kind\": \"broadcast\"");
    }

    @Test
    void aRecordingMissingFromTheMediaStopsThePublish() throws Exception {
        Path out = tmp.resolve("feed");
        assertThatThrownBy(() -> publish(content("[" + ENTRY.formatted("bc-a", "\"media/360123102/没有.wav\"",
                "360123102") + "]"), out))
                .isInstanceOf(PublishException.class)
                .satisfies(e -> assertThat(((PublishException) e).problems()).singleElement().asString()
                        .contains("broadcast bc-a").contains("media/360123102/没有.wav"));
        assertThat(Files.exists(out.resolve(Manifest.FILE))).isFalse();
    }

    @Test
    void aRecordingPublishedForAnotherAreaStopsThePublish() throws Exception {
        // media/360123105/ reaches only kiosks of that township; the broadcast is for 360123102.
        assertThatThrownBy(() -> publish(content("[" + ENTRY.formatted("bc-a", "\"media/360123105/x.wav\"",
                "360123102") + "]", "media/360123105/x.wav"), tmp.resolve("feed")))
                .isInstanceOf(PublishException.class)
                .satisfies(e -> assertThat(((PublishException) e).problems()).singleElement().asString()
                        .contains("broadcast bc-a").contains("360123105"));
    }

    @Test
    void aBroadcastOutsideThePublishersRegionIsRefused() throws Exception {
        assertThatThrownBy(() -> publish(content("[" + ENTRY.formatted("bc-far", "null", "360124102") + "]"),
                tmp.resolve("feed")))
                .isInstanceOf(PublishException.class)
                .satisfies(e -> assertThat(((PublishException) e).problems()).singleElement().asString()
                        .contains("broadcast bc-far"));
    }
}
