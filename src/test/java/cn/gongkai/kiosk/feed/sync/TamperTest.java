package cn.gongkai.kiosk.feed.sync;

import static cn.gongkai.kiosk.feed.FeedException.Reason.BAD_SIGNATURE;
import static cn.gongkai.kiosk.feed.FeedException.Reason.CORRUPT_OBJECT;
import static cn.gongkai.kiosk.feed.FeedException.Reason.MALFORMED;
import static cn.gongkai.kiosk.feed.FeedException.Reason.UNTRUSTED_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios 1, 2 and 5 of sync.md: a flipped byte anywhere, an unknown key, a missing signature,
 * and a newer manifest whose object has an older version's bytes. The kiosk has version 1 on
 * screen; every tampered version 2 is refused over the network and from a USB folder alike, and
 * version 1 stays exactly as it was.
 */
class TamperTest {
    static final String NEW_NOTICE = "notices/notice-new.json";
    static final String NEW_MEDIA = "media/" + FeedFixture.TOWNSHIP + "/new.jpg";

    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;
    /** Objects the first, good sync fetched: a refused version must not add any. */
    long fetchedByVersion1;

    @BeforeEach
    void setUp() throws Exception {
        county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
        kiosk.sync(server.uri());
        assertThat(kiosk.version()).isEqualTo(1);
        fetchedByVersion1 = objectRequests();
        assertThat(fetchedByVersion1).isEqualTo(county.manifest().objects().stream()
                .filter(e -> kiosk.region.overlaps(e.region().orElseThrow())).count());
        // Version 2 brings one new record and one new media file: both are fetched.
        county.notice("notice-new", "township", FeedFixture.TOWNSHIP, "新通知")
                .media(NEW_MEDIA, FeedFixture.random(9, 30_000)).publish();
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    long objectRequests() {
        return server.log().stream().filter(s -> s.path().startsWith("objects/")).count();
    }

    Path manifestFile() {
        return county.feed.resolve(Manifest.FILE);
    }

    @Test
    void oneBitOfTheManifestFlippedIsRefusedAsBadSignature() throws Exception {
        byte[] bytes = Files.readAllBytes(manifestFile());
        String text = new String(bytes, StandardCharsets.UTF_8);
        int digit = text.indexOf("\"version\": 2") + "\"version\": ".length();
        FeedFixture.flipByte(manifestFile(), digit); // '2' (0x32) becomes '3' (0x33): still valid JSON
        assertThat(Files.readString(manifestFile())).contains("\"version\": 3");

        FeedException e = kiosk.refused(BAD_SIGNATURE, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains(Manifest.FILE);
        kiosk.refused(BAD_SIGNATURE, () -> kiosk.importFrom(county.copyTo(tmp.resolve("usb"))));
    }

    @Test
    void aValidlySignedManifestWithADuplicateKeyOrAWrongTypeIsRefused() throws Exception {
        String text = Files.readString(manifestFile(), java.nio.charset.StandardCharsets.UTF_8);
        // Two parsers could disagree on which "version" counts: refused even when signed.
        String duplicate = text.replaceFirst("\"version\": 2,", "\"version\": 2,\n  \"version\": 99,");
        String wrongType = text.replaceFirst("\"version\": 2,", "\"version\": \"2\",");
        for (String bad : List.of(duplicate, wrongType)) {
            byte[] bytes = bad.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(manifestFile(), bytes);
            Files.write(county.feed.resolve(Manifest.SIGNATURE_FILE),
                    cn.gongkai.kiosk.feed.ManifestCodec.writeSignature(county.key, bytes));
            FeedException e = kiosk.refused(FeedException.Reason.MALFORMED, () -> kiosk.sync(server.uri()));
            assertThat(e.getMessage()).contains("manifest.json").contains("version");
            kiosk.refused(FeedException.Reason.MALFORMED, () -> kiosk.importFrom(county.feed));
        }
    }

    @Test
    void theSignatureCoversTheExactBytesNotTheParsedJson() throws Exception {
        // One space more means the same JSON to a parser, but not the bytes that were signed.
        String text = Files.readString(manifestFile());
        Files.writeString(manifestFile(), text.replaceFirst("\"version\": 2", "\"version\":  2"));

        kiosk.refused(BAD_SIGNATURE, () -> kiosk.sync(server.uri()));
    }

    @Test
    void aFlipAnywhereInTheManifestIsRefused() throws Exception {
        byte[] original = Files.readAllBytes(manifestFile());
        for (int i = 0; i < original.length; i += original.length / 17) {
            Files.write(manifestFile(), original);
            FeedFixture.flipByte(manifestFile(), i);
            Kiosk.Screen before = kiosk.screen();
            try {
                kiosk.sync(server.uri());
                throw new AssertionError("a manifest with byte " + i + " flipped was accepted");
            } catch (FeedException e) {
                assertThat(e.reason()).as("byte %d: %s", i, e.getMessage()).isIn(BAD_SIGNATURE, MALFORMED);
            }
            assertThat(kiosk.screen()).isEqualTo(before);
        }
        assertThat(objectRequests())
                .as("nothing listed by a manifest that does not verify is fetched").isEqualTo(fetchedByVersion1);
    }

    @Test
    void aRecordObjectWithOneBitFlippedIsRefused() throws Exception {
        FeedFixture.flipByte(county.objectFile(NEW_NOTICE), 40);
        Path usb = county.copyTo(tmp.resolve("usb"));

        FeedException e = kiosk.refused(CORRUPT_OBJECT, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains(NEW_NOTICE);
        assertThat(kiosk.client.objects().has(county.entry(NEW_NOTICE))).isFalse();
        kiosk.refused(CORRUPT_OBJECT, () -> kiosk.importFrom(usb));
        assertThat(kiosk.leftovers()).isEmpty();
    }

    @Test
    void aMediaObjectWithOneBitFlippedIsRefused() throws Exception {
        FeedFixture.flipByte(county.objectFile(NEW_MEDIA), -1);
        Path usb = county.copyTo(tmp.resolve("usb"));

        FeedException e = kiosk.refused(CORRUPT_OBJECT, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains(NEW_MEDIA);
        kiosk.refused(CORRUPT_OBJECT, () -> kiosk.importFrom(usb));
        assertThat(kiosk.screen().media()).extracting(m -> m.name()).doesNotContain(NEW_MEDIA);
    }

    @Test
    void aFeedSignedWithAnUnknownKeyIsRefused() throws Exception {
        FeedKeys.SigningKey stranger = FeedKeys.generate();
        county.notice("notice-forged", "township", FeedFixture.TOWNSHIP, "伪造通知")
                .publish(stranger, FeedFixture.T0, FeedFixture.VALID_FOR);

        FeedException e = kiosk.refused(UNTRUSTED_KEY, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains(stranger.id());
        kiosk.refused(UNTRUSTED_KEY, () -> kiosk.importFrom(county.copyTo(tmp.resolve("usb"))));
        assertThat(objectRequests())
                .as("nothing of an untrusted feed is fetched").isEqualTo(fetchedByVersion1);
    }

    @Test
    void aFeedWithoutItsSignatureFileIsRefused() throws Exception {
        Files.delete(county.feed.resolve(Manifest.SIGNATURE_FILE));

        FeedException e = kiosk.refused(MALFORMED, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains(Manifest.SIGNATURE_FILE);
        kiosk.refused(MALFORMED, () -> kiosk.importFrom(county.copyTo(tmp.resolve("usb"))));
    }

    @Test
    void theSignatureOfAnotherVersionDoesNotVerify() throws Exception {
        Path v2 = county.copyTo(tmp.resolve("v2"));
        county.notice("notice-v3", "township", FeedFixture.TOWNSHIP, "第三版").publish();
        Files.copy(v2.resolve(Manifest.SIGNATURE_FILE), county.feed.resolve(Manifest.SIGNATURE_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        kiosk.refused(BAD_SIGNATURE, () -> kiosk.sync(server.uri()));
    }

    @Test
    void version8ListingAnObjectWithVersion7sBytesIsNotActivated() throws Exception {
        county.publishVersion(county.key, Optional.of(7L), FeedFixture.T0, FeedFixture.VALID_FOR);
        kiosk.sync(server.uri());
        assertThat(kiosk.version()).isEqualTo(7);
        byte[] v7Notice = Files.readAllBytes(county.objectFile("notices/notice-village-1.json"));

        // Same length, other bytes: only the hash tells them apart.
        county.notice("notice-village-1", "village", FeedFixture.VILLAGE, "停电通知").publish();
        assertThat(county.manifest().version()).isEqualTo(8);
        Path v8Object = county.objectFile("notices/notice-village-1.json");
        assertThat(Files.readAllBytes(v8Object)).isNotEqualTo(v7Notice).hasSameSizeAs(v7Notice);
        Files.write(v8Object, v7Notice); // the server (or a stale cache) hands out the old bytes

        kiosk.refused(CORRUPT_OBJECT, () -> kiosk.sync(server.uri()));
        assertThat(kiosk.version()).isEqualTo(7);
        assertThat(kiosk.status().version()).isEqualTo(7);
        kiosk.refused(CORRUPT_OBJECT, () -> kiosk.importFrom(county.copyTo(tmp.resolve("usb"))));
        assertThat(kiosk.version()).isEqualTo(7);
        assertThat(kiosk.screen().notices()).contains("notice-village-1");
        assertThat(new cn.gongkai.kiosk.storage.NoticeDao(kiosk.db, kiosk.region).byId("notice-village-1")
                .orElseThrow().title()).isEqualTo("停水通知");
    }

    @Test
    void anObjectOfAnotherLengthIsRefusedAsCorruptNotAsANetworkOrUsbFault() throws Exception {
        byte[] v2Notice = Files.readAllBytes(county.objectFile("notices/notice-village-1.json"));
        county.notice("notice-village-1", "village", FeedFixture.VILLAGE, "停水通知（已更正）").publish();
        Files.write(county.objectFile("notices/notice-village-1.json"), v2Notice); // shorter than listed

        FeedException e = kiosk.refused(CORRUPT_OBJECT, () -> kiosk.sync(server.uri()));
        assertThat(e.getMessage()).contains("notices/notice-village-1.json");
        kiosk.refused(CORRUPT_OBJECT, () -> kiosk.importFrom(county.copyTo(tmp.resolve("usb"))));
        assertThat(kiosk.version()).isEqualTo(1);
    }
}
