package cn.gongkai.kiosk.config;

import cn.gongkai.kiosk.domain.QuietHours;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.util.StrictJson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates {@code kiosk.json}. Unknown fields are errors rather than being ignored,
 * because a misspelt field silently falling back to a default is how a kiosk ends up showing
 * another township's content.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "kiosk.json";
    private static final Set<String> TOP = Set.of("siteName", "areaName", "regionCode", "timeZone", "display",
            "dataDir", "demoContent", "feed", "broadcast", "villages");
    private static final Set<String> DISPLAY = Set.of("fullScreen", "seniorsMode", "screen", "idleWarningSeconds",
            "idleCountdownSeconds", "screenOn", "outsideHours");
    private static final Set<String> FEED = Set.of("url", "trustedKeys", "syncIntervalMinutes");
    private static final Set<String> BROADCAST = Set.of("enabled", "quietHours");

    private ConfigLoader() {
    }

    public static KioskConfig load(Path configDir) throws ConfigException {
        return parseFile(configDir.resolve(FILE_NAME), configDir);
    }

    /** What an admin may change on the kiosk itself (LocalSettings), by section. */
    static final Set<String> LOCAL_DISPLAY = Set.of("idleWarningSeconds", "idleCountdownSeconds", "screenOn",
            "outsideHours");
    static final Set<String> LOCAL_BROADCAST = Set.of("enabled", "quietHours");

    /**
     * kiosk.json with the settings an admin changed on the kiosk ({@code settings}, see
     * LocalSettings) laid over its display and broadcast sections.
     *
     * @throws ConfigException naming the settings file when it is not valid (kiosk.json alone is then fine)
     */
    public static KioskConfig load(Path configDir, JsonObject settings, Path settingsFile) throws ConfigException {
        Path file = configDir.resolve(FILE_NAME);
        KioskConfig plain = parseFile(file, configDir); // kiosk.json's own errors name kiosk.json
        if (settings == null || settings.size() == 0) {
            return plain;
        }
        checkLocal(settings, settingsFile);
        JsonObject merged;
        try {
            merged = StrictJson.parse(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""))
                    .getAsJsonObject();
        } catch (IOException | JsonParseException e) {
            return plain;
        }
        for (String section : List.of("display", "broadcast")) {
            if (settings.has(section)) {
                JsonObject target = merged.has(section) && merged.get(section).isJsonObject()
                        ? merged.getAsJsonObject(section) : new JsonObject();
                settings.getAsJsonObject(section).entrySet().forEach(e -> target.add(e.getKey(), e.getValue()));
                merged.add(section, target);
            }
        }
        return parse(merged, settingsFile, configDir);
    }

    /** Only the display and broadcast fields an admin may change; anything else is refused. */
    public static void checkLocal(JsonObject settings, Path file) throws ConfigException {
        rejectUnknown(settings, Set.of("display", "broadcast"), "", file);
        for (String section : settings.keySet()) {
            if (!settings.get(section).isJsonObject()) {
                throw new ConfigException(section, file + ": field '" + section + "' must be an object");
            }
            rejectUnknown(settings.getAsJsonObject(section), section.equals("display") ? LOCAL_DISPLAY : LOCAL_BROADCAST,
                    section + ".", file);
        }
    }

    /** Reads one configuration file; relative paths in it are resolved against {@code configDir}. */
    public static KioskConfig parseFile(Path file, Path configDir) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("", "configuration file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("", "cannot read " + file + ": " + e.getMessage());
        }
        JsonElement root;
        try {
            root = StrictJson.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ConfigException("", file + " is not valid JSON: " + cause.getMessage());
        }
        if (!root.isJsonObject()) {
            throw new ConfigException("", file + " must hold a JSON object");
        }
        return parse(root.getAsJsonObject(), file, configDir);
    }

    static KioskConfig parse(JsonObject o, Path file, Path configDir) throws ConfigException {
        rejectUnknown(o, TOP, "", file);
        String siteName = requiredText(o, "siteName", file);
        String areaName = optionalText(o, "areaName", file).orElse(siteName);
        String regionText = requiredText(o, "regionCode", file);
        if (!RegionCode.isValid(regionText)) {
            throw new ConfigException("regionCode", file + ": field 'regionCode' must be a 6-, 9- or 12-digit region code"
                    + " (county, township or village), got '" + regionText + "'");
        }
        ZoneId zone;
        String zoneText = optionalText(o, "timeZone", file).orElse("Asia/Shanghai");
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new ConfigException("timeZone", file + ": field 'timeZone' is not a known time zone: '" + zoneText
                    + "' (for example Asia/Shanghai)");
        }
        KioskConfig.Display display = new KioskConfig.Display(true, false, 0);
        if (o.has("display")) {
            JsonElement d = o.get("display");
            if (!d.isJsonObject()) {
                throw new ConfigException("display", file + ": field 'display' must be an object");
            }
            JsonObject dobj = d.getAsJsonObject();
            rejectUnknown(dobj, DISPLAY, "display.", file);
            int screen = optionalInt(dobj, "display.screen", "screen", file).orElse(0);
            if (screen < 0 || screen > 16) {
                throw new ConfigException("display.screen", file + ": field 'display.screen' must be 0 (primary) to 16");
            }
            int warning = optionalInt(dobj, "display.idleWarningSeconds", "idleWarningSeconds", file)
                    .orElse((int) KioskConfig.Display.IDLE_WARNING.toSeconds());
            int countdown = optionalInt(dobj, "display.idleCountdownSeconds", "idleCountdownSeconds", file)
                    .orElse((int) KioskConfig.Display.IDLE_COUNTDOWN.toSeconds());
            if (warning < 10 || warning > 3600) {
                throw new ConfigException("display.idleWarningSeconds", file
                        + ": field 'display.idleWarningSeconds' must be 10 to 3600");
            }
            if (countdown < 5 || countdown > 300) {
                throw new ConfigException("display.idleCountdownSeconds", file
                        + ": field 'display.idleCountdownSeconds' must be 5 to 300");
            }
            display = new KioskConfig.Display(
                    optionalBool(dobj, "display.fullScreen", "fullScreen", file).orElse(true),
                    optionalBool(dobj, "display.seniorsMode", "seniorsMode", file).orElse(false),
                    screen, java.time.Duration.ofSeconds(warning), java.time.Duration.ofSeconds(countdown),
                    screenHours(dobj, file));
        }
        Optional<Path> dataDir;
        try {
            dataDir = optionalText(o, "dataDir", file).map(p -> configDir.resolve(p).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException("dataDir", file + ": field 'dataDir' is not a usable path: " + e.getReason());
        }
        boolean demo = optionalBool(o, "demoContent", "demoContent", file).orElse(true);
        KioskConfig.Feed feed = o.has("feed") ? feed(o.get("feed"), file, configDir) : KioskConfig.Feed.none();
        KioskConfig.Broadcast broadcast = o.has("broadcast") ? broadcast(o.get("broadcast"), file)
                : KioskConfig.Broadcast.defaults();
        return new KioskConfig(siteName, areaName, RegionCode.of(regionText), zone, display, dataDir, demo, feed,
                broadcast, villages(o.get("villages"), regionText, file));
    }

    /** "villages": {"360123102201": "石鼻村", ...}: 12-digit codes inside the kiosk's township, with names. */
    private static java.util.SortedMap<String, String> villages(JsonElement e, String region, Path file)
            throws ConfigException {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        if (e == null || e.isJsonNull()) {
            return java.util.Collections.unmodifiableSortedMap(out);
        }
        if (!e.isJsonObject()) {
            throw new ConfigException("villages", file + ": field 'villages' must map 12-digit village codes to names");
        }
        String township = region.substring(0, Math.min(9, region.length()));
        for (var entry : e.getAsJsonObject().entrySet()) {
            String code = entry.getKey();
            JsonElement name = entry.getValue();
            if (!code.matches("[0-9]{12}") || !code.startsWith(township) || region.length() < 9) {
                throw new ConfigException("villages", file + ": field 'villages': '" + code
                        + "' is not a 12-digit village code of this kiosk's township " + township);
            }
            if (!(name instanceof JsonPrimitive p) || !p.isString() || p.getAsString().isBlank()) {
                throw new ConfigException("villages", file + ": field 'villages': the name of " + code + " must be text");
            }
            out.put(code, p.getAsString().strip());
        }
        return java.util.Collections.unmodifiableSortedMap(out);
    }

    private static KioskConfig.ScreenHours screenHours(JsonObject d, Path file) throws ConfigException {
        List<String> spans = spans(d.get("screenOn"), "display.screenOn", file);
        String outside = optionalText(d, "outsideHours", file).orElse("dim");
        if (!outside.equals("dim") && !outside.equals("blank")) {
            throw new ConfigException("display.outsideHours", file + ": field 'display.outsideHours' must be \"dim\""
                    + " or \"blank\"");
        }
        try {
            return new KioskConfig.ScreenHours(QuietHours.parse(spans), outside.equals("blank"));
        } catch (IllegalArgumentException ex) {
            throw new ConfigException("display.screenOn", file + ": field 'display.screenOn': " + ex.getMessage());
        }
    }

    /** A list of "HH:MM-HH:MM" spans, or an empty list when absent. */
    private static List<String> spans(JsonElement list, String name, Path file) throws ConfigException {
        List<String> out = new java.util.ArrayList<>();
        if (list == null || list.isJsonNull()) {
            return out;
        }
        if (!list.isJsonArray()) {
            throw new ConfigException(name, file + ": field '" + name + "' must be a list of spans like \"08:00-18:00\"");
        }
        for (JsonElement s : list.getAsJsonArray()) {
            if (!(s instanceof JsonPrimitive p) || !p.isString()) {
                throw new ConfigException(name, file + ": field '" + name + "' must list spans like \"08:00-18:00\"");
            }
            out.add(p.getAsString());
        }
        return out;
    }

    private static KioskConfig.Broadcast broadcast(JsonElement e, Path file) throws ConfigException {
        if (!e.isJsonObject()) {
            throw new ConfigException("broadcast", file + ": field 'broadcast' must be an object");
        }
        JsonObject b = e.getAsJsonObject();
        rejectUnknown(b, BROADCAST, "broadcast.", file);
        boolean enabled = optionalBool(b, "broadcast.enabled", "enabled", file).orElse(true);
        List<String> spans = spans(b.get("quietHours"), "broadcast.quietHours", file);
        try {
            return new KioskConfig.Broadcast(enabled, QuietHours.parse(spans));
        } catch (IllegalArgumentException ex) {
            throw new ConfigException("broadcast.quietHours", file + ": field 'broadcast.quietHours': "
                    + ex.getMessage());
        }
    }

    private static KioskConfig.Feed feed(JsonElement e, Path file, Path configDir) throws ConfigException {
        if (!e.isJsonObject()) {
            throw new ConfigException("feed", file + ": field 'feed' must be an object");
        }
        JsonObject f = e.getAsJsonObject();
        rejectUnknown(f, FEED, "feed.", file);
        Optional<java.net.URI> url = Optional.empty();
        Optional<String> urlText = optionalText(f, "url", file);
        if (urlText.isPresent()) {
            try {
                java.net.URI uri = new java.net.URI(urlText.get());
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new java.net.URISyntaxException(urlText.get(), "not an http:// or https:// address");
                }
                url = Optional.of(uri);
            } catch (java.net.URISyntaxException ex) {
                throw new ConfigException("feed.url", file + ": field 'feed.url' must be an http:// or https:// address"
                        + " of the county's feed folder, got '" + urlText.get() + "'");
            }
        }
        java.util.List<Path> keys = new java.util.ArrayList<>();
        JsonElement list = f.get("trustedKeys");
        if (list != null && !list.isJsonNull()) {
            if (!list.isJsonArray()) {
                throw new ConfigException("feed.trustedKeys", file + ": field 'feed.trustedKeys' must be a list of"
                        + " key file names");
            }
            for (JsonElement k : list.getAsJsonArray()) {
                if (!(k instanceof JsonPrimitive p) || !p.isString() || p.getAsString().isBlank()) {
                    throw new ConfigException("feed.trustedKeys", file + ": field 'feed.trustedKeys' must list key"
                            + " file names");
                }
                keys.add(configDir.resolve(p.getAsString().strip()).normalize());
            }
        }
        int minutes = optionalInt(f, "feed.syncIntervalMinutes", "syncIntervalMinutes", file)
                .orElse((int) KioskConfig.Feed.DEFAULT_INTERVAL.toMinutes());
        if (minutes < 5 || minutes > 7 * 24 * 60) {
            throw new ConfigException("feed.syncIntervalMinutes", file + ": field 'feed.syncIntervalMinutes' must be"
                    + " 5 to 10080 (a week)");
        }
        return new KioskConfig.Feed(url, keys, java.time.Duration.ofMinutes(minutes));
    }

    private static void rejectUnknown(JsonObject o, Set<String> known, String prefix, Path file) throws ConfigException {
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                throw new ConfigException(prefix + key, file + ": unknown field '" + prefix + key + "' (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String requiredText(JsonObject o, String field, Path file) throws ConfigException {
        return optionalText(o, field, file).orElseThrow(() ->
                new ConfigException(field, file + ": field '" + field + "' is missing"));
    }

    private static Optional<String> optionalText(JsonObject o, String field, Path file) throws ConfigException {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (!(e instanceof JsonPrimitive p) || !p.isString()) {
            throw new ConfigException(field, file + ": field '" + field + "' must be text");
        }
        String s = p.getAsString().strip();
        if (s.isEmpty()) {
            throw new ConfigException(field, file + ": field '" + field + "' must not be empty");
        }
        return Optional.of(s);
    }

    private static Optional<Boolean> optionalBool(JsonObject o, String name, String field, Path file)
            throws ConfigException {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (!(e instanceof JsonPrimitive p) || !p.isBoolean()) {
            throw new ConfigException(name, file + ": field '" + name + "' must be true or false");
        }
        return Optional.of(p.getAsBoolean());
    }

    private static Optional<Integer> optionalInt(JsonObject o, String name, String field, Path file)
            throws ConfigException {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (!(e instanceof JsonPrimitive p) || !p.isNumber() || p.getAsDouble() != Math.rint(p.getAsDouble())) {
            throw new ConfigException(name, file + ": field '" + name + "' must be a whole number");
        }
        return Optional.of(p.getAsInt());
    }
}
