package cn.gongkai.kiosk.feed.publish;

import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.KeyRotation;
import cn.gongkai.kiosk.util.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The feed folder's key rotation statements: {@code keys/rotation-<n>.json}, listed in every manifest. */
public final class Rotations {
    static final Pattern NAME = Pattern.compile("rotation-(\\d{1,6})\\.json");

    private Rotations() {
    }

    /** Statements in the folder, oldest first. */
    static List<Path> list(Path feedDir) throws IOException {
        Path keys = feedDir.resolve("keys");
        if (!Files.isDirectory(keys)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(keys)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(java.util.Comparator.comparingInt(Rotations::sequence)).toList();
        }
    }

    /**
     * Hands the feed over from {@code current} to {@code next}: writes the next statement. Publish
     * with the new key afterwards; kiosks accept it once they have read the statement.
     */
    public static Path rotate(Path feedDir, FeedKeys.SigningKey current, FeedKeys.TrustedKey next, Instant now)
            throws IOException {
        List<Path> existing = list(feedDir);
        int sequence = existing.isEmpty() ? 1 : sequence(existing.get(existing.size() - 1)) + 1;
        Path target = feedDir.resolve("keys").resolve("rotation-" + sequence + ".json");
        Files.createDirectories(target.getParent());
        DurableFiles.write(target, KeyRotation.write(current, next, sequence, now));
        return target;
    }

    private static int sequence(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
