package cn.gongkai.kiosk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemovableMediaTest {
    @TempDir
    Path tmp;

    @Test
    void findsFeedFoldersAndArchivesUpToTwoFoldersDeep() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("media/staff"));
        Path stick = Files.createDirectories(root.resolve("USB"));
        Files.createDirectories(stick.resolve("县政务公开/2026-11"));
        Files.writeString(stick.resolve("县政务公开/2026-11/manifest.json"), "{}");
        Files.writeString(stick.resolve("feed.tar.gz"), "x");
        Files.writeString(stick.resolve("照片.jpg"), "x");
        Files.createDirectories(stick.resolve("a/b/c"));
        Files.writeString(stick.resolve("a/b/c/deep.zip"), "x");
        Files.createDirectories(stick.resolve(".Trash-1000"));
        Files.writeString(stick.resolve(".Trash-1000/old.zip"), "x");
        RemovableMedia m = new RemovableMedia(List.of(root, tmp.resolve("missing")));
        assertThat(m.sticks()).containsExactly(stick);
        assertThat(m.feedCopies()).containsExactlyInAnyOrder(stick.resolve("县政务公开/2026-11"), stick.resolve("feed.tar.gz"));
    }
}
