package cn.gongkai.kiosk.feed.publish;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Build step (pom.xml, process-classes): publishes assets/demo/content as the embedded demo feed
 * with the demo key, through the same publisher county IT uses. Fixed version and times, so the
 * demo feed's bytes depend only on the demo content.
 */
public final class DemoFeed {
    public static final RegionCode REGION = RegionCode.of("360123");
    static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant EXPIRES = Instant.parse("2099-12-31T00:00:00Z");

    private DemoFeed() {
    }

    /** Arguments: content folder, demo private key file, output folder (replaced). */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DemoFeed CONTENT_DIR DEMO_KEY OUT_DIR");
        }
        Path out = Path.of(args[2]);
        deleteTree(out);
        FeedPublisher.Result r = new FeedPublisher(FeedKeys.loadPrivate(Path.of(args[1]))).publish(
                new FeedPublisher.Inputs(List.of(), Optional.of(Path.of(args[0])), REGION,
                        "安义县政务公开演示内容（示例，演示密钥签名）", false),
                new FeedPublisher.Options(Optional.of(1L), Duration.between(ISSUED, EXPIRES), ISSUED), out);
        System.out.println("demo feed: " + r.counts() + ", " + r.manifest().objects().size() + " objects in " + out);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
