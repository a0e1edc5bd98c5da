package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.publish.FeedPublisher;
import cn.gongkai.kiosk.feed.publish.PublishException;
import cn.gongkai.kiosk.feed.publish.Rotations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kiosk feed ...}: the county's side. Needs no kiosk configuration or data directory. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "County side: make keys, publish a signed feed, rotate the feed key (docs/feed-protocol.md).",
        subcommands = {FeedCommand.Keygen.class, FeedCommand.Publish.class, FeedCommand.Rotate.class})
final class FeedCommand {

    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = "Make an Ed25519 feed key: NAME.key (keep it on the publishing machine) and NAME.pub"
                    + " (copy it to every kiosk with 'kiosk setup --trust').")
    static final class Keygen implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the key files.")
        Path out;

        @Option(names = "--name", defaultValue = "feed-key", paramLabel = "NAME", description = "File name (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        public Integer call() {
            PrintWriter w = spec.commandLine().getOut();
            try {
                FeedKeys.SigningKey key = FeedKeys.generate();
                FeedKeys.save(key, out, name);
                w.printf("key %s written: %s (private, keep it safe) and %s (public, for kiosks)%n", key.id(),
                        out.resolve(name + ".key"), out.resolve(name + ".pub"));
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("kiosk feed keygen: " + e.getMessage());
                return Main.EXIT_CONFIG;
            } finally {
                w.flush();
            }
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Read the catalog tables (CSV, UTF-8 or GBK) and the content folder, check everything, and"
                    + " write a signed feed version into FEEDDIR for any static web server or a USB stick.")
    static final class Publish implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--catalog", paramLabel = "FILE.csv", description = "A standard catalog table; may be given several times.")
        List<Path> catalogs = new ArrayList<>();

        @Option(names = "--content", paramLabel = "DIR", description = "Content folder: policies, funds, notices, media (README).")
        Path content;

        @Option(names = "--region", required = true, paramLabel = "CODE", description = "The publisher's region code (county: 6 digits).")
        String region;

        @Option(names = "--key", required = true, paramLabel = "KEYFILE", description = "The private key (.key) from 'feed keygen'.")
        Path key;

        @Option(names = "--out", required = true, paramLabel = "FEEDDIR", description = "The feed folder (kept between versions).")
        Path out;

        @Option(names = "--skip-bad-rows", description = "Publish without catalog rows that cannot be read (they are listed).")
        boolean skipBadRows;

        @Option(names = "--title", defaultValue = "", paramLabel = "TEXT", description = "A title for the feed, shown to staff.")
        String title;

        @Option(names = "--version", paramLabel = "N", description = "Version number (default: the folder's version + 1).")
        Long version;

        @Option(names = "--valid-days", defaultValue = "45", paramLabel = "DAYS",
                description = "Days kiosks accept this version, by network or USB (default: ${DEFAULT-VALUE}).")
        int validDays;

        @Override
        public Integer call() {
            PrintWriter w = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!RegionCode.isValid(region)) {
                err.println("kiosk feed publish: --region must be a 6-, 9- or 12-digit region code, got '" + region + "'");
                return Main.EXIT_CONFIG;
            }
            if (catalogs.isEmpty() && content == null) {
                err.println("kiosk feed publish: give --catalog FILE.csv and/or --content DIR");
                return Main.EXIT_CONFIG;
            }
            if (validDays < 1 || validDays > 3660) {
                err.println("kiosk feed publish: --valid-days must be 1 to 3660");
                return Main.EXIT_CONFIG;
            }
            try {
                FeedPublisher.Result r = new FeedPublisher(FeedKeys.loadPrivate(key)).publish(
                        new FeedPublisher.Inputs(catalogs, Optional.ofNullable(content), RegionCode.of(region), title,
                                skipBadRows),
                        new FeedPublisher.Options(Optional.ofNullable(version), Duration.ofDays(validDays), Instant.now()),
                        out);
                r.warnings().forEach(x -> w.println("note: " + x));
                r.skipped().forEach(x -> w.println("skipped: " + x));
                w.printf("published version %d to %s: %s; %d objects written, %d unchanged; valid until %s%n",
                        r.manifest().version(), out, r.counts(), r.objectsWritten(), r.objectsKept(), r.manifest().expires());
                return 0;
            } catch (PublishException e) {
                e.problems().forEach(p -> err.println("  " + p));
                err.println("kiosk feed publish: " + e.getMessage());
                return Main.EXIT_NOT_FOUND;
            } catch (IOException e) {
                err.println("kiosk feed publish: " + e.getMessage());
                return Main.EXIT_CONFIG;
            } finally {
                w.flush();
                err.flush();
            }
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Hand the feed over to a new key: writes a statement signed by the current key into"
                    + " FEEDDIR/keys. Then publish with the new key; kiosks follow the statement and stop trusting the old key.")
    static final class Rotate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--key", required = true, paramLabel = "CURRENT.key", description = "The key kiosks trust now.")
        Path current;

        @Option(names = "--new-key", required = true, paramLabel = "NEW.pub", description = "The new key's public file.")
        Path next;

        @Option(names = "--out", required = true, paramLabel = "FEEDDIR", description = "The feed folder.")
        Path out;

        @Override
        public Integer call() {
            try {
                FeedKeys.SigningKey cur = FeedKeys.loadPrivate(current);
                FeedKeys.TrustedKey nxt = FeedKeys.loadPublic(next);
                Path statement = Rotations.rotate(out, cur, nxt, Instant.now());
                spec.commandLine().getOut().printf("%s: key %s hands over to key %s; publish with the new key now%n",
                        statement, cur.id(), nxt.id());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("kiosk feed rotate: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return Main.EXIT_CONFIG;
            }
        }
    }
}
