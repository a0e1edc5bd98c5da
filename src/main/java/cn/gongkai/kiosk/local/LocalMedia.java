package cn.gongkai.kiosk.local;

import cn.gongkai.kiosk.util.DurableFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Pictures (and broadcast recordings) staff attach from a USB stick, kept in {@code <data>/local-media}
 * under their hash ({@code local-media/<sha256>.jpg}), so attaching the same photo twice stores
 * it once and a name always means the same bytes. Only JPEG and PNG (by their first bytes, not
 * their file name) up to {@link #MAX_BYTES}; anything else is refused with a reason in Chinese
 * and nothing is stored. A stick pulled while copying leaves no file (written aside, then renamed).
 */
public final class LocalMedia {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String PREFIX = "local-media/";

    private final Path dir;

    public LocalMedia(Path dir) {
        this.dir = dir;
    }

    /** Copies a picture into the store; returns its media name. */
    public String attach(Path file) {
        return store(file, false);
    }

    /** Copies a WAV recording (for a broadcast) into the store; returns its media name. */
    public String attachAudio(Path file) {
        return store(file, true);
    }

    private String store(Path file, boolean audio) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new LocalContentException("读不到这个文件，U盘可能已拔出。", e);
        }
        if (size > MAX_BYTES) {
            throw new LocalContentException((audio ? "录音" : "图片") + "太大（" + (size / 1024 / 1024)
                    + " MB），最大 20 MB，请先缩小后再添加。");
        }
        if (size == 0) {
            throw new LocalContentException(audio ? "这个文件是空的，不是录音。" : "这个文件是空的，不是图片。");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new LocalContentException("读不到这个文件，U盘可能已拔出。", e);
        }
        String ext = type(bytes);
        if (audio && !"wav".equals(ext)) {
            throw new LocalContentException("这不是 WAV 录音文件（广播只能添加 WAV 录音）。");
        }
        if (!audio && (ext == null || "wav".equals(ext))) {
            throw new LocalContentException("这不是图片文件（只能添加 JPG 或 PNG 照片）。");
        }
        String name = PREFIX + sha256(bytes) + "." + ext;
        Path target = dir.resolve(name.substring(PREFIX.length()));
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(dir);
                DurableFiles.write(target, bytes);
            }
        } catch (IOException e) {
            throw new LocalContentException("保存图片失败：本机磁盘可能已满。", e);
        }
        return name;
    }

    /** The bytes of a local picture, if it is in the store. */
    public Optional<byte[]> read(String name) {
        if (!name.startsWith(PREFIX) || name.indexOf('/', PREFIX.length()) >= 0 || name.contains("..")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(dir.resolve(name.substring(PREFIX.length()))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file of a local picture (for the export). */
    public Path file(String name) {
        return dir.resolve(name.substring(PREFIX.length()));
    }

    /** jpg, png or wav by the file's first bytes; null for anything else. */
    static String type(byte[] b) {
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'A' && b[10] == 'V' && b[11] == 'E') {
            return "wav";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
