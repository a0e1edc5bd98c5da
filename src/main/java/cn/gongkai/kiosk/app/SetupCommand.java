package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.config.ConfigException;
import cn.gongkai.kiosk.config.ConfigLoader;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedJson;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.util.DurableFiles;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk setup}: provisions a kiosk in one command. Writes kiosk.json and a copy of the
 * county's public key into the config folder, after checking everything, and reads the result
 * back through the same loader the kiosk uses, so what it writes is known to start.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Write a kiosk configuration: site name, region, the county feed's address and the key it is signed with.")
final class SetupCommand implements Callable<Integer> {
    static final String KEYS_DIR = "trusted-keys";

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "NAME", description = "Where the kiosk stands (石鼻镇便民服务中心).")
    String site;

    @Option(names = "--area", paramLabel = "NAME", description = "The area it serves, shown as the home title (default: the site name).")
    String area;

    @Option(names = "--region", required = true, paramLabel = "CODE", description = "Region code of the township (9 digits) or village (12).")
    String region;

    @Option(names = "--feed", required = true, paramLabel = "URL", description = "The county feed folder's http(s) address.")
    String feed;

    @Option(names = "--trust", required = true, paramLabel = "PUBKEYFILE", description = "The county's public feed key (.pub).")
    Path trust;

    @Option(names = "--sync-minutes", defaultValue = "60", paramLabel = "N", description = "Minutes between syncs (default: ${DEFAULT-VALUE}).")
    int syncMinutes;

    @Option(names = "--force", description = "Replace an existing kiosk.json.")
    boolean force;

    @Override
    public Integer call() {
        try {
            return provision();
        } catch (SetupRefused e) {
            spec.commandLine().getErr().println("kiosk setup: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.EXIT_CONFIG;
        }
    }

    private int provision() throws SetupRefused {
        Path dir = main.config == null ? Locations.configDir(null, System.getenv()) : main.config;
        if (!RegionCode.isValid(region)) {
            throw new SetupRefused("--region must be a 6-, 9- or 12-digit region code (township 9, village 12), got '"
                    + region + "'");
        }
        URI url;
        try {
            url = new URI(feed);
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new URISyntaxException(feed, "not an http:// or https:// address");
            }
        } catch (URISyntaxException e) {
            throw new SetupRefused("--feed must be the http:// or https:// address of the county's feed folder, got '"
                    + feed + "'");
        }
        FeedKeys.TrustedKey key;
        try {
            key = FeedKeys.loadPublic(trust);
        } catch (IOException e) {
            throw new SetupRefused("--trust: cannot read a public feed key from " + trust + ": " + e.getMessage());
        }
        Path file = dir.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(file) && !force) {
            throw new SetupRefused(file + " exists; add --force to replace it");
        }
        JsonObject o = new JsonObject();
        o.addProperty("siteName", site.strip());
        o.addProperty("areaName", (area == null ? site : area).strip());
        o.addProperty("regionCode", RegionCode.of(region).digits());
        o.addProperty("timeZone", "Asia/Shanghai");
        o.addProperty("demoContent", false);
        JsonObject f = new JsonObject();
        f.addProperty("url", url.toString());
        JsonArray keys = new JsonArray();
        keys.add(KEYS_DIR + "/" + key.id() + ".pub");
        f.add("trustedKeys", keys);
        f.addProperty("syncIntervalMinutes", syncMinutes);
        o.add("feed", f);
        try {
            Files.createDirectories(dir.resolve(KEYS_DIR));
            DurableFiles.write(dir.resolve(KEYS_DIR).resolve(key.id() + ".pub"),
                    key.toJson().getBytes(StandardCharsets.UTF_8));
            Path staged = dir.resolve(ConfigLoader.FILE_NAME + ".new");
            Files.writeString(staged, FeedJson.pretty(o), StandardCharsets.UTF_8);
            try {
                ConfigLoader.parseFile(staged, dir);
            } catch (ConfigException e) {
                Files.deleteIfExists(staged);
                throw new SetupRefused(e.getMessage());
            }
            DurableFiles.move(staged, file);
        } catch (IOException e) {
            throw new SetupRefused("cannot write " + dir + ": " + e.getMessage());
        }
        spec.commandLine().getOut().printf("wrote %s for %s (%s), feed %s, trusting key %s%n"
                + "next: kiosk doctor, then kiosk sync%n", file, site, region, url, key.id());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static final class SetupRefused extends Exception {
        SetupRefused(String message) {
            super(message);
        }
    }
}
