package cn.gongkai.kiosk.feed.sync;

import static cn.gongkai.kiosk.feed.FeedException.Reason.BAD_SIGNATURE;
import static cn.gongkai.kiosk.feed.FeedException.Reason.UNTRUSTED_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.feed.FeedKeys;
import cn.gongkai.kiosk.feed.publish.Rotations;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key rotation: a new key is trusted only through a statement signed by the key trusted now, and
 * the old key is retired once the kiosk has followed the statement.
 */
class KeyRotationTest {
    @TempDir
    Path tmp;
    FeedKeys.SigningKey a;
    FeedKeys.SigningKey b;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;

    @BeforeEach
    void setUp() throws Exception {
        a = FeedKeys.generate();
        b = FeedKeys.generate();
        county = new FeedFixture(tmp.resolve("county"), a);
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(a.publicKey()));
        kiosk.sync(server.uri());
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    FeedSync.Result publishAndSync(FeedKeys.SigningKey key) throws FeedException {
        county.publish(key, FeedFixture.T0, FeedFixture.VALID_FOR);
        return kiosk.sync(server.uri());
    }

    @Test
    void aKioskTrustingAFollowsTheStatementToBAndThenRefusesA() throws Exception {
        Rotations.rotate(county.feed, a, b.publicKey(), FeedFixture.T0);

        assertThat(publishAndSync(b).version()).isEqualTo(2);
        assertThat(kiosk.status().failing()).isFalse();

        FeedException e = kiosk.refused(UNTRUSTED_KEY, () -> publishAndSync(a));
        assertThat(e.getMessage()).contains(a.id(), b.id());
        assertThat(publishAndSync(b).version()).as("B goes on working").isEqualTo(4);
    }

    @Test
    void aRotationFromAUsbStickIsFollowedAndKeptForTheNetwork() throws Exception {
        Rotations.rotate(county.feed, a, b.publicKey(), FeedFixture.T0);
        county.publish(b, FeedFixture.T0, FeedFixture.VALID_FOR);

        assertThat(kiosk.importFrom(county.copyTo(tmp.resolve("usb"))).version()).isEqualTo(2);
        kiosk.refused(UNTRUSTED_KEY, () -> publishAndSync(a));
    }

    @Test
    void aStatementSignedByAnUntrustedKeyDoesNotHelp() throws Exception {
        FeedKeys.SigningKey c = FeedKeys.generate();
        FeedKeys.SigningKey d = FeedKeys.generate();
        Rotations.rotate(county.feed, c, d.publicKey(), FeedFixture.T0);

        kiosk.refused(UNTRUSTED_KEY, () -> publishAndSync(d));
        assertThat(kiosk.version()).isEqualTo(1);
        assertThat(publishAndSync(a).version()).as("A is still the key").isEqualTo(3);
    }

    @Test
    void aStatementThatClaimsAButIsSignedByAnotherKeyIsRefused() throws Exception {
        FeedKeys.SigningKey c = FeedKeys.generate();
        FeedKeys.SigningKey forger = new FeedKeys.SigningKey(a.publicKey(), c.privateKey());
        Rotations.rotate(county.feed, forger, c.publicKey(), FeedFixture.T0);

        FeedException e = kiosk.refused(BAD_SIGNATURE, () -> publishAndSync(c));
        assertThat(e.getMessage()).contains("rotation");
    }

    @Test
    void aKioskProvisionedWithBDirectlyAcceptsTheFeedThatStillListsTheStatement() throws Exception {
        Rotations.rotate(county.feed, a, b.publicKey(), FeedFixture.T0);
        county.publish(b, FeedFixture.T0, FeedFixture.VALID_FOR);

        try (Kiosk fresh = new Kiosk(tmp.resolve("fresh"), List.of(b.publicKey()))) {
            assertThat(fresh.sync(server.uri()).version()).isEqualTo(2);
            county.publish(a, FeedFixture.T0, FeedFixture.VALID_FOR);
            fresh.refused(UNTRUSTED_KEY, () -> fresh.sync(server.uri()));
        }
    }
}
