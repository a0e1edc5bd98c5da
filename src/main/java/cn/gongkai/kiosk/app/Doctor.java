package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.StorageException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks behind {@code kiosk doctor}. Each says what it found and, when it fails, the one
 * thing to do about it. Required checks decide the exit code; the others are advice.
 */
final class Doctor {
    /** One check's outcome. */
    record Check(String name, boolean ok, boolean required, String detail, String fix) { }

    static final String SAMPLE = "政务公开一体机石鼻镇";

    private final Path configDir;
    private final Path dataOption;
    private final Map<String, String> env;

    Doctor(Path configDir, Path dataOption, Map<String, String> env) {
        this.configDir = configDir;
        this.dataOption = dataOption;
        this.env = env;
    }

    List<Check> run() {
        List<Check> checks = new ArrayList<>();
        checks.add(java());
        checks.add(javafx());
        checks.add(shippedFont());
        checks.add(systemFont());
        checks.add(display());
        checks.addAll(speech());
        KioskConfig config = null;
        try {
            config = KioskServices.loadConfig(configDir);
            checks.add(new Check("configuration", true, true, configDir.resolve("kiosk.json") + ": "
                    + config.siteName() + ", region " + config.region(), ""));
        } catch (StartupException e) {
            checks.add(new Check("configuration", false, true, e.getMessage(),
                    "fix the field named above in " + configDir.resolve("kiosk.json") + " (see README, Configuration)"));
        }
        if (config != null) {
            checks.add(feed(config));
        }
        Path dataDir = Locations.dataDir(dataOption, config, env);
        Check writable = dataDirWritable(dataDir);
        checks.add(writable);
        if (writable.ok()) {
            checks.add(database(dataDir));
            if (config != null) {
                checks.add(contentRegion(dataDir, config));
                checks.add(feedStatus(dataDir, config));
            }
        }
        return checks;
    }

    private static Check java() {
        int feature = Runtime.version().feature();
        return new Check("java", feature >= 17, true, "Java " + Runtime.version(),
                "install Java 17 or newer: apt-get install openjdk-17-jre");
    }

    private static Check javafx() {
        // javafx-base carries its version in javafx.properties; reading it does not start the toolkit.
        try (InputStream in = Doctor.class.getResourceAsStream("/javafx.properties")) {
            Class.forName("javafx.scene.control.Button", false, Doctor.class.getClassLoader());
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            String version = p.getProperty("javafx.runtime.version", p.getProperty("javafx.version", "unknown version"));
            boolean ok = version.matches("(2[1-9]|[3-9][0-9]).*");
            return new Check("javafx", ok, true, "JavaFX " + version, "reinstall the kiosk: it needs JavaFX 21");
        } catch (ClassNotFoundException | LinkageError | IOException e) {
            return new Check("javafx", false, true, "JavaFX classes not found (" + e + ")",
                    "start the kiosk with ./kiosk (it puts JavaFX on the class path) or reinstall the package");
        }
    }

    /** The font shipped in assets/fonts must load and cover Chinese: it is what makes Chinese render anywhere. */
    private static Check shippedFont() {
        String path = "/assets/fonts/GongkaiSansSC-Regular.otf";
        try (InputStream in = Doctor.class.getResourceAsStream(path)) {
            if (in == null) {
                return new Check("cjk-font", false, true, "shipped font missing: " + path,
                        "rebuild the application (./mvnw package) so assets/fonts is packaged");
            }
            Font f = Font.createFont(Font.TRUETYPE_FONT, in);
            int missing = f.canDisplayUpTo(SAMPLE);
            return new Check("cjk-font", missing == -1, true,
                    f.getFamily() + (missing == -1 ? " covers Chinese" : " lacks '" + SAMPLE.charAt(missing) + "'"),
                    "rebuild the shipped font with tools/make-font-subset.py");
        } catch (IOException | FontFormatException e) {
            return new Check("cjk-font", false, true, "shipped font unreadable: " + e.getMessage(),
                    "rebuild the shipped font with tools/make-font-subset.py");
        }
    }

    /** A full system CJK font is better (rare characters), but the shipped subset suffices. */
    private static Check systemFont() {
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        boolean ok = Files.isReadable(noto);
        return new Check("system-cjk-font", ok, false,
                ok ? "Noto Sans CJK installed" : "no full system CJK font; the shipped subset is used",
                "for rare characters in names: apt-get install fonts-noto-cjk");
    }

    private Check display() {
        boolean ok = notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
        return new Check("display", ok, false, ok ? "display " + env.getOrDefault("DISPLAY", env.get("WAYLAND_DISPLAY"))
                : "no DISPLAY set: the kiosk window needs a graphical session",
                "start the kiosk from the kiosk user's X session, or use xvfb-run for testing");
    }

    private static Check dataDirWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".doctor", ".tmp");
            Files.delete(probe);
            long free = Files.getFileStore(dir).getUsableSpace();
            boolean enough = free > 200L * 1024 * 1024;
            return new Check("data-dir", enough, true, dir + " writable, " + free / (1024 * 1024) + " MB free",
                    "free disk space: at least 200 MB is needed for content and logs");
        } catch (IOException | SecurityException e) {
            return new Check("data-dir", false, true, dir + " is not writable (" + e.getMessage() + ")",
                    "give the kiosk user write access to " + dir + " or choose another with --data DIR");
        }
    }

    private static Check database(Path dataDir) {
        Path file = Locations.database(dataDir);
        try (Database db = Database.open(file)) {
            String integrity = db.integrityCheck();
            String content = new ContentStore(db).current()
                    .map(v -> v.source() + " version " + v.version() + " " + v.counts())
                    .orElse("no content yet (loaded at first start)");
            return new Check("database", "ok".equals(integrity), true,
                    file + ": integrity " + integrity + ", schema v" + db.schemaVersion() + ", " + content,
                    "start the kiosk once: it moves a damaged database aside and starts afresh");
        } catch (StorageException e) {
            return new Check("database", false, true, e.getMessage(),
                    "start the kiosk once: it moves a damaged database aside and starts afresh");
        }
    }

    /** Content published for another county shows nothing here: say so rather than show empty screens. */
    private static Check contentRegion(Path dataDir, KioskConfig config) {
        try (Database db = Database.open(Locations.database(dataDir))) {
            return new ContentStore(db).current().map(v -> {
                boolean ok = config.region().overlaps(cn.gongkai.kiosk.domain.RegionCode.of(v.region()));
                return new Check("content-region", ok, false, "content for region " + v.region()
                        + ", kiosk region " + config.region(),
                        "the content on this kiosk was published for another area: check regionCode in kiosk.json");
            }).orElse(new Check("content-region", true, false, "no content yet", ""));
        } catch (StorageException e) {
            return new Check("content-region", false, false, e.getMessage(), "see the database check");
        }
    }

    /**
     * Speech engines: Mandarin (eSpeak NG) is what read-aloud and broadcasts need; without it the
     * kiosk still runs and its read-aloud button says so. FreeTTS speaks English words.
     */
    private static List<Check> speech() {
        List<Check> out = new ArrayList<>();
        cn.gongkai.kiosk.speech.Speaker speaker = cn.gongkai.kiosk.speech.Speaker.standard();
        var m = speaker.mandarin();
        out.add(new Check("speech-mandarin", m.available(), false,
                m.name() + (m.available() ? " speaks Mandarin" : ": " + m.problem()),
                "apt-get install espeak-ng (the kiosk uses its cmn-latn-pinyin voice)"));
        var l = speaker.latin();
        out.add(new Check("speech-english", l.available(), false,
                l.name() + (l.available() ? " speaks English words" : ": " + l.problem()),
                "reinstall the kiosk: FreeTTS ships inside it"));
        boolean device = cn.gongkai.kiosk.speech.play.Sinks.deviceAvailable();
        out.add(new Check("audio-output", device, false,
                device ? "an audio output device is present" : "no audio output device: speech is made but not heard",
                "connect speakers and check the sound card (aplay -l)"));
        return out;
    }

    /** The county feed: an address (or none: USB only) and readable trusted keys. */
    private static Check feed(KioskConfig config) {
        List<String> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Path key : config.feed().trustedKeys()) {
            try {
                ids.add(cn.gongkai.kiosk.feed.FeedKeys.loadPublic(key).id());
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        String where = config.feed().url().map(u -> "feed " + u).orElse("no feed.url (USB import only)");
        if (!problems.isEmpty()) {
            return new Check("feed", false, true, where + "; unreadable key: " + String.join("; ", problems),
                    "copy the county's public key again with kiosk setup --trust KEYFILE --force");
        }
        boolean ok = !ids.isEmpty() || config.demoContent();
        return new Check("feed", ok, false, where + (ids.isEmpty() ? ", no trusted key" : ", trusting " + ids),
                "run kiosk setup --site ... --region ... --feed URL --trust county.pub to receive the county feed");
    }

    /** The last sync: a failure or stale content is worth a warning, not a failed start. */
    private static Check feedStatus(Path dataDir, KioskConfig config) {
        try (Database db = Database.open(Locations.database(dataDir))) {
            var status = cn.gongkai.kiosk.feed.sync.FeedStatus.of(new cn.gongkai.kiosk.storage.FeedStateDao(db).get(),
                    java.time.Instant.now());
            boolean ok = !status.failing() && status.staleSince().isEmpty();
            String detail = "version " + status.version() + status.lastError().map(e -> ", last error: " + e).orElse("")
                    + status.staleSince().map(t -> ", stale since " + t).orElse("");
            return new Check("feed-status", ok, false, detail,
                    "see kiosk status; fix the network or import the newest feed from a USB stick");
        } catch (StorageException e) {
            return new Check("feed-status", false, false, e.getMessage(), "see the database check");
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
