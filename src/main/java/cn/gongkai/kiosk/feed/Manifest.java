package cn.gongkai.kiosk.feed;

import cn.gongkai.kiosk.domain.RegionCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signed table of contents of one feed version (docs/feed-protocol.md). The kiosk trusts an
 * object only through the SHA-256 and length listed here, and a manifest only through its
 * detached signature over the exact bytes it was published as.
 *
 * @param region    the publisher's area (the county)
 * @param rotations key rotation statements, oldest first, for kiosks that still trust an older key
 */
public record Manifest(int format, long version, RegionCode region, String title, Instant issued, Instant expires,
                       List<Entry> rotations, List<Entry> objects) {
    public static final int FORMAT = 2;
    public static final String KIND = "gongkai-feed-manifest";
    public static final String FILE = "manifest.json";
    public static final String SIGNATURE_FILE = "manifest.json.sig";
    /** Where objects live in a feed folder: {@code objects/<sha256>}. */
    public static final String OBJECTS_DIR = "objects/";
    /** A manifest listing 100,000 objects is ~15 MB; anything far larger is an attack or a mistake. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** What an object holds; decides how the kiosk reads it. */
    public enum Kind {
        CATALOG, POLICY, FUND, NOTICE, BROADCAST, MEDIA;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind fromKey(String key) {
            for (Kind k : values()) {
                if (k.key().equals(key)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown object kind '" + key + "' (expected catalog, policy, fund,"
                    + " notice, broadcast or media)");
        }
    }

    /**
     * One listed object.
     *
     * @param path   its logical name (for messages, and for media the name records refer to)
     * @param region the area its records concern, so a kiosk skips other townships' objects
     *               without fetching them; empty for rotation statements
     */
    public record Entry(String path, Kind kind, String sha256, long length, Optional<RegionCode> region) {
        public Entry {
            requireSafePath(path);
            if (!SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException(path + ": sha256 must be 64 lowercase hex digits");
            }
            if (length < 0) {
                throw new IllegalArgumentException(path + ": length must not be negative");
            }
            Objects.requireNonNull(region);
        }

        /** Where the object is fetched from, relative to the feed's base. */
        public String location() {
            return OBJECTS_DIR + sha256;
        }
    }

    /**
     * A logical name: relative, '/'-separated, no empty, '.' or '..' segment, no backslash or
     * control character. Media may have Chinese names; nothing is ever written under this name.
     */
    static void requireSafePath(String path) {
        boolean ok = !path.isEmpty() && path.length() <= 400 && !path.startsWith("/")
                && path.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f || ch == '\\' || ch == ':');
        for (String segment : path.split("/", -1)) {
            ok &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
        }
        if (!ok) {
            throw new IllegalArgumentException("object path '" + path + "' must be a relative name without '..',"
                    + " empty parts, backslashes, colons or control characters");
        }
    }

    public Manifest {
        if (format != FORMAT) {
            throw new IllegalArgumentException("format: this kiosk reads feed format " + FORMAT + ", the manifest has "
                    + format + (format > FORMAT ? " (update the kiosk software)" : ""));
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
        Objects.requireNonNull(region, "region");
        title = title == null ? "" : title;
        if (!expires.isAfter(issued)) {
            throw new IllegalArgumentException("expires (" + expires + ") must be after issued (" + issued + ")");
        }
        rotations = List.copyOf(rotations);
        objects = List.copyOf(objects);
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (Entry e : objects) {
            if (!paths.add(e.path())) {
                throw new IllegalArgumentException("object path '" + e.path() + "' is listed twice");
            }
        }
    }

    public long totalBytes() {
        return objects.stream().mapToLong(Entry::length).sum();
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }
}
