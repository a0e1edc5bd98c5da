package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.domain.ContentSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The publisher's content folder (README, "Content folder"): catalog/*.json tables,
 * policies.json or policies/*.json, the same for funds and notices, and media/**. No index file:
 * what is there is published.
 */
public final class ContentFolder {
    /** Files that document a folder rather than hold content. */
    private static final List<String> IGNORED = List.of("bundle.json", "README.md", "FORMAT.md", "README.txt");
    public static final String MEDIA_DIR = "media/";

    private ContentFolder() {
    }

    /** Reads and checks every record file of the folder. */
    public static ContentSet read(Path dir) throws IOException, BundleFormatException {
        BundleReader.Collector all = new BundleReader.Collector();
        for (String file : files(dir)) {
            Optional<Manifest.Kind> kind = BundleReader.kindOf(file);
            if (kind.isPresent()) {
                try (InputStream in = Files.newInputStream(dir.resolve(file))) {
                    all.add(kind.get(), file, in.readAllBytes());
                }
            }
        }
        return all.content();
    }

    /** Every regular file under the folder as sorted '/'-separated relative names; hidden files left out. */
    public static List<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("content folder not found: " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !IGNORED.contains(name) && !name.startsWith(".") && !name.contains("/."))
                    .sorted().toList();
        }
    }
}
