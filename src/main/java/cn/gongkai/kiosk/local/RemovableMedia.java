package cn.gongkai.kiosk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * USB sticks as the staff console sees them: the folders under the removable-media roots
 * (/media/USER/LABEL and /run/media/USER/LABEL by udisks, /mnt/X by hand; the property
 * {@code kiosk.removableRoots}, colon-separated, names the roots instead), and on them the feed copies a
 * staff member may import: a folder holding manifest.json, or a .zip, .tar, .tar.gz or .tgz,
 * at most two folders deep.
 */
public final class RemovableMedia {
    private static final int MAX_FOUND = 50;

    private final List<Path> roots;

    public RemovableMedia(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** This machine's: children of /media/USER, /run/media/USER and /mnt, or {@code kiosk.removableRoots}. */
    public static RemovableMedia system() {
        String configured = System.getProperty("kiosk.removableRoots");
        List<Path> roots = new ArrayList<>();
        if (configured != null) {
            for (String r : configured.split(":")) {
                if (!r.isBlank()) {
                    roots.add(Path.of(r));
                }
            }
        } else {
            roots.addAll(children(Path.of("/media")));
            roots.addAll(children(Path.of("/run/media")));
            roots.add(Path.of("/mnt"));
        }
        return new RemovableMedia(roots);
    }

    /** Mounted sticks: the folders directly under the roots. */
    public List<Path> sticks() {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            for (Path p : children(root)) {
                if (Files.isDirectory(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Feed copies on the sticks, nearest first. */
    public List<Path> feedCopies() {
        List<Path> out = new ArrayList<>();
        for (Path stick : sticks()) {
            scan(stick, 0, out);
        }
        return out;
    }

    /** Picture files (.jpg, .jpeg, .png by name; LocalMedia checks what they really are) on the sticks. */
    public List<Path> pictures() {
        return files(".jpg", ".jpeg", ".png");
    }

    /** WAV recordings on the sticks (for broadcasts). */
    public List<Path> recordings() {
        return files(".wav");
    }

    private List<Path> files(String... endings) {
        List<Path> out = new ArrayList<>();
        for (Path stick : sticks()) {
            scanFiles(stick, 0, out, endings);
        }
        return out;
    }

    private static void scanFiles(Path dir, int depth, List<Path> out, String... endings) {
        for (Path p : children(dir)) {
            if (out.size() >= MAX_FOUND) {
                return;
            }
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (Files.isRegularFile(p) && java.util.Arrays.stream(endings).anyMatch(name::endsWith)) {
                out.add(p);
            } else if (depth < 2 && Files.isDirectory(p) && !name.startsWith(".")) {
                scanFiles(p, depth + 1, out, endings);
            }
        }
    }

    private static void scan(Path dir, int depth, List<Path> out) {
        if (out.size() >= MAX_FOUND) {
            return;
        }
        if (Files.isRegularFile(dir.resolve("manifest.json"))) {
            out.add(dir);
            return;
        }
        for (Path p : children(dir)) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (Files.isRegularFile(p) && (name.endsWith(".zip") || name.endsWith(".tar") || name.endsWith(".tar.gz")
                    || name.endsWith(".tgz"))) {
                out.add(p);
            } else if (depth < 2 && Files.isDirectory(p) && !name.startsWith(".")) {
                scan(p, depth + 1, out);
            }
        }
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException | SecurityException e) {
            return List.of(); // a stick pulled while listing, a folder we may not read
        }
    }
}
