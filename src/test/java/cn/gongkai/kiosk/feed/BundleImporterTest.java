package cn.gongkai.kiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.storage.CatalogDao;
import cn.gongkai.kiosk.storage.ContentStore;
import cn.gongkai.kiosk.storage.Database;
import cn.gongkai.kiosk.storage.FundDao;
import cn.gongkai.kiosk.storage.NoticeDao;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleImporterTest {
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final RegionCode KIOSK = RegionCode.of("360123102");

    @TempDir
    Path dir;
    Database db;
    ContentStore store;
    BundleImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data/kiosk.db"));
        store = new ContentStore(db);
        importer = new BundleImporter(store, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void appliesABundleAndRecordsItsVersion() throws Exception {
        TempBundle b = TempBundle.in(dir.resolve("bundle"));
        b.write("bundle.json", TempBundle.HEADER.formatted(5));
        importer.apply(b.source(), "usb");
        assertThat(store.current()).hasValueSatisfying(v -> {
            assertThat(v.source()).isEqualTo("usb");
            assertThat(v.version()).isEqualTo(5);
            assertThat(v.region()).isEqualTo("360123");
            assertThat(v.appliedAt()).isEqualTo(NOW);
        });
        assertThat(new CatalogDao(db, KIOSK).list(Optional.empty())).hasSize(2);
        assertThat(new FundDao(db, KIOSK).byId("fund-1").orElseThrow().beneficiaries().get(0).idNumber())
                .isEqualTo("3601**********1234");
        assertThat(new NoticeDao(db, RegionCode.of("360123102201")).list()).extracting(Notice::id)
                .containsExactly("notice-1");
    }

    @Test
    void badBundleLeavesPreviousContentUnchanged() throws Exception {
        TempBundle b = TempBundle.in(dir.resolve("bundle"));
        importer.apply(b.source(), "usb");
        ContentStore.AppliedVersion before = store.current().orElseThrow();

        // version 2 withdraws nothing but has a broken notice: nothing of it may be applied
        b.write("bundle.json", TempBundle.HEADER.formatted(2));
        b.write("catalog/jiuye.json", TempBundle.CATALOG.replace("cat-2", "cat-3"));
        b.write("notices.json", TempBundle.NOTICES.replace("\"body\": \"正文\",", ""));
        assertThatThrownBy(() -> importer.apply(b.source(), "usb"))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("notices.json record 1");

        assertThat(store.current()).contains(before);
        assertThat(new CatalogDao(db, KIOSK).list(Optional.empty())).extracting(i -> i.id())
                .containsExactly("cat-1", "cat-2");
        assertThat(new NoticeDao(db, RegionCode.of("360123102201")).byId("notice-1")).isPresent();
    }

    @Test
    void loadDemoIfEmptyLoadsOnceThenReturnsFalse() throws Exception {
        assertThat(importer.loadDemoIfEmpty(cn.gongkai.kiosk.domain.RegionCode.of("360123102"))).isTrue();
        ContentStore.AppliedVersion v = store.current().orElseThrow();
        assertThat(v.source()).isEqualTo("demo");
        assertThat(v.counts().get("catalog")).isGreaterThanOrEqualTo(150);
        int domains = new CatalogDao(db, KIOSK).domains().size();
        assertThat(domains).isGreaterThanOrEqualTo(20);

        assertThat(importer.loadDemoIfEmpty(cn.gongkai.kiosk.domain.RegionCode.of("360123102"))).isFalse();
        assertThat(store.current()).contains(v);
    }

    @Test
    void demoIsNotLoadedOverExistingContent() throws Exception {
        importer.apply(TempBundle.in(dir.resolve("bundle")).source(), "feed");
        assertThat(importer.loadDemoIfEmpty(cn.gongkai.kiosk.domain.RegionCode.of("360123102"))).isFalse();
        assertThat(store.current().orElseThrow().source()).isEqualTo("feed");
        assertThat(new CatalogDao(db, KIOSK).list(Optional.empty())).hasSize(2);
    }

    @Test
    void demoBundleAppliedTwiceReplacesRatherThanDuplicates() throws Exception {
        importer.apply(BundleSource.classpath(BundleImporter.DEMO_PREFIX), "demo");
        int first = new CatalogDao(db, KIOSK).list(Optional.empty()).size();
        importer.apply(BundleSource.classpath(BundleImporter.DEMO_PREFIX), "demo");
        assertThat(new CatalogDao(db, KIOSK).list(Optional.empty())).hasSize(first);
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }
}
