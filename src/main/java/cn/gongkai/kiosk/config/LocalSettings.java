package cn.gongkai.kiosk.config;

import cn.gongkai.kiosk.util.DurableFiles;
import cn.gongkai.kiosk.util.StrictJson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The settings an admin changes on the kiosk itself (idle times, screen hours, broadcasts and
 * quiet hours), kept in {@code <data>/kiosk-settings.json} (kiosk.json may sit in /etc, where the
 * kiosk cannot write) and laid over kiosk.json at start ({@link ConfigLoader#load(Path, JsonObject, Path)}).
 * A value is checked by the same rules as kiosk.json before it is written; a file that is broken
 * anyway is ignored (with a log line), never a kiosk that cannot start.
 */
public final class LocalSettings {
    public static final String FILE_NAME = "kiosk-settings.json";

    private final Path file;

    public LocalSettings(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or an empty object when there are none. */
    public JsonObject read() throws ConfigException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            var root = StrictJson.parse(text);
            if (!root.isJsonObject()) {
                throw new ConfigException("", file + " must hold a JSON object");
            }
            return root.getAsJsonObject();
        } catch (NoSuchFileException e) {
            return new JsonObject();
        } catch (IOException | JsonParseException e) {
            throw new ConfigException("", file + " is not readable JSON: " + e.getMessage());
        }
    }

    /**
     * Checks {@code settings} as they would be in kiosk.json and writes them (replacing the file).
     *
     * @throws ConfigException naming the field when a value is not allowed
     */
    public void save(JsonObject settings) throws ConfigException {
        ConfigLoader.checkLocal(settings, file);
        JsonObject probe = new JsonObject();
        probe.addProperty("siteName", "check");
        probe.addProperty("regionCode", "360123102");
        settings.entrySet().forEach(e -> probe.add(e.getKey(), e.getValue()));
        ConfigLoader.parse(probe, file, file.getParent());
        try {
            Files.createDirectories(file.getParent());
            DurableFiles.write(file, new GsonBuilder().setPrettyPrinting().create().toJson(settings)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("", "cannot write " + file + ": " + e.getMessage());
        }
    }
}
