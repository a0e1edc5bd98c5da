package cn.gongkai.kiosk.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the files of a content bundle are read from: a folder (a feed's staging area, a USB
 * stick) or the application's own resources (the embedded demo). Names are relative paths with
 * '/' separators, as listed in the bundle header.
 */
public interface BundleSource {
    InputStream open(String name) throws IOException;

    /** A human-readable location for messages. */
    String describe();

    static BundleSource directory(Path dir) {
        return new BundleSource() {
            @Override
            public InputStream open(String name) throws IOException {
                Path p = dir.resolve(name).normalize();
                if (!p.startsWith(dir.normalize())) {
                    throw new IOException("file name leaves the bundle folder: " + name);
                }
                return Files.newInputStream(p);
            }

            @Override
            public String describe() {
                return dir.toString();
            }
        };
    }

    static BundleSource classpath(String prefix) {
        return new BundleSource() {
            @Override
            public InputStream open(String name) throws IOException {
                if (name.contains("..")) {
                    throw new IOException("file name leaves the bundle folder: " + name);
                }
                InputStream in = BundleSource.class.getResourceAsStream(prefix + name);
                if (in == null) {
                    throw new NoSuchFileException(prefix + name);
                }
                return in;
            }

            @Override
            public String describe() {
                return "classpath:" + prefix;
            }
        };
    }
}
