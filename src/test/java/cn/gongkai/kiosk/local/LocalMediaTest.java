package cn.gongkai.kiosk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures from a USB stick: real JPEG and PNG only, at most 20 MB, stored once under their hash, nothing half-saved. */
class LocalMediaTest {
    @TempDir
    Path tmp;

    static Path picture(Path dir, String name, String format) throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xff0000);
        Path file = dir.resolve(name);
        ImageIO.write(img, format, file.toFile());
        return file;
    }

    @Test
    void realPicturesAreStoredOnceUnderTheirHash() throws Exception {
        LocalMedia media = new LocalMedia(tmp.resolve("data/local-media"));
        String png = media.attach(picture(tmp, "公示栏.png", "png"));
        assertThat(png).matches("local-media/[0-9a-f]{64}\\.png");
        assertThat(media.attach(picture(tmp, "copy.png", "png"))).isEqualTo(png);
        String jpg = media.attach(picture(tmp, "photo.JPG", "jpg"));
        assertThat(jpg).endsWith(".jpg");
        assertThat(media.read(png)).isPresent();
        try (var files = Files.list(tmp.resolve("data/local-media"))) {
            assertThat(files.count()).isEqualTo(2);
        }
        assertThat(media.read("local-media/../../etc/passwd")).isEmpty();
        assertThat(media.read("media/x.png")).isEmpty();
    }

    @Test
    void notAPictureTooLargeEmptyOrGoneAreRefusedAndNothingIsStored() throws Exception {
        LocalMedia media = new LocalMedia(tmp.resolve("data/local-media"));
        Path fake = Files.writeString(tmp.resolve("照片.jpg"), "这不是图片");
        assertThatThrownBy(() -> media.attach(fake)).hasMessageContaining("这不是图片文件");
        Path huge = tmp.resolve("huge.jpg");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: 200 MB without writing them
        }
        assertThatThrownBy(() -> media.attach(huge)).hasMessageContaining("图片太大（200 MB）");
        Path empty = Files.createFile(tmp.resolve("empty.png"));
        assertThatThrownBy(() -> media.attach(empty)).hasMessageContaining("空的");
        assertThatThrownBy(() -> media.attach(tmp.resolve("pulled/photo.jpg"))).hasMessageContaining("U盘可能已拔出");
        assertThat(Files.exists(tmp.resolve("data/local-media"))).isFalse();
    }
}
