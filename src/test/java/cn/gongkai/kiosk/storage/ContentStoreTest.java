package cn.gongkai.kiosk.storage;

import static cn.gongkai.kiosk.storage.Samples.count;
import static cn.gongkai.kiosk.storage.Samples.fund;
import static cn.gongkai.kiosk.storage.Samples.item;
import static cn.gongkai.kiosk.storage.Samples.notice;
import static cn.gongkai.kiosk.storage.Samples.policy;
import static cn.gongkai.kiosk.storage.Samples.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.RegionCode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
    private static final RegionCode KIOSK = RegionCode.of(Samples.KIOSK);

    @TempDir
    Path dir;
    Database db;
    ContentStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("kiosk.db"));
        store = new ContentStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ContentSet first() {
        return set(List.of(item("cat-1", "360123"), item("cat-2", "360123102"), item("cat-3", "360123")),
                List.of(policy("pol-1", "360123"), policy("pol-2", "360123102")),
                List.of(fund("fund-1", "360123102"), fund("fund-2", "360123102")),
                List.of(notice("notice-1", "360123102"), notice("notice-2", "360123")));
    }

    private int rows(String table) {
        return count(db, "SELECT count(*) FROM " + table);
    }

    @Test
    void replaceInsertsEveryKind() {
        store.replaceFeedContent(first(), "demo", 1, "360123", Samples.NOW);
        assertThat(rows("catalog_item")).isEqualTo(3);
        assertThat(rows("policy")).isEqualTo(2);
        assertThat(rows("fund")).isEqualTo(2);
        assertThat(rows("fund_beneficiary")).isEqualTo(2);
        assertThat(rows("notice")).isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM catalog_item WHERE origin <> 'feed'")).isZero();
        assertThat(new CatalogDao(db, KIOSK).byId("cat-2")).isPresent();
        assertThat(new PolicyDao(db, KIOSK).byId("pol-1")).isPresent();
        assertThat(new FundDao(db, KIOSK).byId("fund-2")).isPresent();
        assertThat(new NoticeDao(db, KIOSK).byId("notice-2")).isPresent();
    }

    @Test
    void secondReplaceWithdrawsRecordsAbsentFromTheNewSet() {
        store.replaceFeedContent(first(), "feed", 1, "360123", Samples.NOW);
        ContentSet second = set(List.of(item("cat-2", "360123102"), item("cat-4", "360123")),
                List.of(policy("pol-2", "360123102")), List.of(fund("fund-2", "360123102")), List.of());
        store.replaceFeedContent(second, "feed", 2, "360123", Samples.NOW.plusSeconds(60));

        assertThat(new CatalogDao(db, KIOSK).list(java.util.Optional.empty()))
                .extracting(c -> c.id()).containsExactly("cat-2", "cat-4");
        assertThat(new PolicyDao(db, KIOSK).list()).extracting(p -> p.id()).containsExactly("pol-2");
        assertThat(new FundDao(db, KIOSK).list()).extracting(f -> f.id()).containsExactly("fund-2");
        assertThat(new NoticeDao(db, KIOSK).list()).isEmpty();
        // beneficiaries of the withdrawn fund go with it (foreign key cascade)
        assertThat(count(db, "SELECT count(*) FROM fund_beneficiary WHERE fund_id = 'fund-1'")).isZero();
        assertThat(rows("fund_beneficiary")).isEqualTo(1);
    }

    @Test
    void localRowsSurviveAReplace() {
        db.write(c -> c.createStatement().executeUpdate("INSERT INTO notice (id, origin, title, category, body,"
                + " issuer, published, valid_from, valid_until, urgent, scope_level, region) VALUES ('local-1',"
                + " 'local', '镇里自己发的通知', '通知', '正文', '石鼻镇', '2026-11-01', '2026-11-01', NULL, 0,"
                + " 'township', '360123102')"));
        store.replaceFeedContent(first(), "feed", 1, "360123", Samples.NOW);
        store.replaceFeedContent(set(List.of(), List.of(), List.of(), List.of()), "feed", 2, "360123", Samples.NOW);

        assertThat(rows("catalog_item")).isZero();
        assertThat(new NoticeDao(db, KIOSK).list()).extracting(n -> n.id()).containsExactly("local-1");
        assertThat(count(db, "SELECT count(*) FROM notice WHERE origin = 'local'")).isEqualTo(1);
    }

    @Test
    void replaceFailingMidwayLeavesPreviousContentIntact() {
        store.replaceFeedContent(first(), "feed", 1, "360123", Samples.NOW);
        ContentSet duplicate = set(List.of(item("cat-9", "360123"), item("cat-9", "360123")),
                List.of(policy("pol-9", "360123")), List.of(), List.of());

        assertThatThrownBy(() -> store.replaceFeedContent(duplicate, "feed", 2, "360123", Samples.NOW))
                .isInstanceOf(StorageException.class);

        assertThat(new CatalogDao(db, KIOSK).list(java.util.Optional.empty()))
                .extracting(c -> c.id()).containsExactly("cat-1", "cat-2", "cat-3");
        assertThat(new PolicyDao(db, KIOSK).list()).extracting(p -> p.id()).containsExactlyInAnyOrder("pol-1", "pol-2");
        assertThat(rows("fund")).isEqualTo(2);
        assertThat(rows("fund_beneficiary")).isEqualTo(2);
        assertThat(rows("notice")).isEqualTo(2);
        assertThat(store.current()).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
        assertThat(rows("content_version")).isEqualTo(1);
    }

    @Test
    void failingLateInTheTransactionAlsoRollsBack() {
        store.replaceFeedContent(first(), "feed", 1, "360123", Samples.NOW);
        // catalog and policies succeed, then the second notice collides with the first
        ContentSet lateFailure = set(List.of(item("cat-7", "360123")), List.of(policy("pol-7", "360123")),
                List.of(fund("fund-7", "360123102")), List.of(notice("n-7", "360123"), notice("n-7", "360123")));
        assertThatThrownBy(() -> store.replaceFeedContent(lateFailure, "feed", 2, "360123", Samples.NOW))
                .isInstanceOf(StorageException.class);
        assertThat(count(db, "SELECT count(*) FROM catalog_item WHERE id = 'cat-7'")).isZero();
        assertThat(count(db, "SELECT count(*) FROM fund_beneficiary WHERE fund_id = 'fund-7'")).isZero();
        assertThat(rows("catalog_item")).isEqualTo(3);
        assertThat(rows("fund_beneficiary")).isEqualTo(2);
    }

    @Test
    void currentIsEmptyThenTheLastAppliedVersion() {
        assertThat(store.current()).isEmpty();
        Instant t1 = Instant.parse("2026-11-01T00:00:00Z");
        Instant t2 = Instant.parse("2026-11-02T08:30:00Z");
        store.replaceFeedContent(first(), "demo", 1, "360123", t1);
        store.replaceFeedContent(set(List.of(item("cat-1", "360123")), List.of(), List.of(), List.of()),
                "https://feed.example/anyi", 7, "360123102", t2);

        ContentStore.AppliedVersion v = store.current().orElseThrow();
        assertThat(v.source()).isEqualTo("https://feed.example/anyi");
        assertThat(v.version()).isEqualTo(7);
        assertThat(v.region()).isEqualTo("360123102");
        assertThat(v.appliedAt()).isEqualTo(t2);
        assertThat(v.counts()).containsExactly(entry("catalog", 1), entry("policies", 0), entry("funds", 0),
                entry("notices", 0), entry("broadcasts", 0));
    }

    @Test
    void currentSurvivesReopening() {
        store.replaceFeedContent(first(), "demo", 3, "360123", Samples.NOW);
        db.close();
        db = Database.open(dir.resolve("kiosk.db"));
        assertThat(new ContentStore(db).current()).hasValueSatisfying(v -> {
            assertThat(v.version()).isEqualTo(3);
            assertThat(v.counts()).containsEntry("catalog", 3);
        });
    }
}
