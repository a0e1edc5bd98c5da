package cn.gongkai.kiosk.feed.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.feed.Manifest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk stores only its own area's records, and a record the county withdraws disappears. */
class ScopeAndWithdrawalTest {
    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;

    @BeforeEach
    void setUp() {
        county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    @Test
    void onlyTheKiosksAreaIsStoredAndTheSiblingTownshipsMediaIsNeverFetched() throws Exception {
        FeedSync.Result r = kiosk.sync(server.uri());

        assertThat(r.outcome()).isEqualTo(FeedSync.Outcome.APPLIED);
        assertThat(r.counts()).isEqualTo(FeedFixture.kioskCounts());
        Kiosk.Screen screen = kiosk.screen();
        assertThat(screen.catalog()).containsExactly("cat-county-1", "cat-county-2", "cat-town-1", "cat-village-1");
        assertThat(screen.policies()).containsExactly("pol-county-1");
        assertThat(screen.funds()).containsExactly("fund-town-1");
        assertThat(screen.notices()).containsExactly("notice-county-1", "notice-village-1");
        assertThat(screen.media()).extracting(m -> m.name())
                .containsExactly(FeedFixture.BIG, FeedFixture.MAP, FeedFixture.LOGO);
        // Not hidden by the DAOs' filter: absent from the database altogether.
        assertThat(kiosk.rowsOf(FeedFixture.OTHER_TOWNSHIP)).isZero();
        assertThat(kiosk.count("SELECT COUNT(*) FROM catalog_item WHERE id LIKE 'cat-other%'")).isZero();
        assertThat(kiosk.count("SELECT COUNT(*) FROM catalog_item")).isEqualTo(4);
        assertThat(kiosk.count("SELECT COUNT(*) FROM notice")).isEqualTo(2);
        // The sibling township's objects (its catalog table and its media) never crossed the wire.
        for (Manifest.Entry e : county.manifest().objects()) {
            boolean sibling = e.region().orElseThrow().digits().startsWith(FeedFixture.OTHER_TOWNSHIP);
            assertThat(server.requests(e.location())).as(e.path()).isEqualTo(sibling ? 0 : 1);
        }
        assertThat(county.manifest().objects()).filteredOn(e -> e.region().orElseThrow().digits()
                .startsWith(FeedFixture.OTHER_TOWNSHIP)).extracting(Manifest.Entry::path)
                .contains(FeedFixture.OTHER_MEDIA);
        assertThat(kiosk.client.objects().has(county.entry(FeedFixture.OTHER_MEDIA))).isFalse();
        assertThat(kiosk.status().failing()).isFalse();
        assertThat(kiosk.status().version()).isEqualTo(1);
    }

    @Test
    void aRecordAbsentFromTheNextVersionDisappears() throws Exception {
        kiosk.sync(server.uri());
        assertThat(kiosk.screen().notices()).contains("notice-village-1");
        assertThat(kiosk.screen().media()).extracting(m -> m.name()).contains(FeedFixture.MAP);

        county.removeNotice("notice-village-1").removeCatalogItem("cat-town-1").removeMedia(FeedFixture.MAP).publish();
        FeedSync.Result r = kiosk.sync(server.uri());

        assertThat(r.version()).isEqualTo(2);
        Kiosk.Screen screen = kiosk.screen();
        assertThat(screen.notices()).containsExactly("notice-county-1");
        assertThat(screen.catalog()).containsExactly("cat-county-1", "cat-county-2", "cat-village-1");
        assertThat(screen.media()).extracting(m -> m.name()).containsExactly(FeedFixture.BIG, FeedFixture.LOGO);
        assertThat(kiosk.count("SELECT COUNT(*) FROM notice WHERE id = 'notice-village-1'")).isZero();
        assertThat(screen.version().orElseThrow().counts())
                .containsEntry("notices", 1).containsEntry("catalog", 3);
    }
}
