package cn.gongkai.kiosk.feed.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.Domains;
import cn.gongkai.kiosk.feed.FeedException;
import cn.gongkai.kiosk.storage.CatalogDao;
import cn.gongkai.kiosk.storage.FundDao;
import cn.gongkai.kiosk.storage.NoticeDao;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply: one transaction (a reader sees the old version or the new one, never a mix; a
 * failure half-way leaves the old one whole), and staff's local rows untouched by any sync or
 * import.
 */
class ApplyTest {
    static final List<String> LOCAL_TABLES = List.of("catalog_item", "policy", "fund", "fund_beneficiary", "notice",
            "broadcast", "media");

    /** Version, feed rows and feed state, read in one statement, hence from one snapshot. */
    record Seen(long version, long catalog, long notices, long media, long stateVersion) { }

    @TempDir
    Path tmp;
    FeedFixture county;
    FaultyFeedServer server;
    Kiosk kiosk;

    @BeforeEach
    void setUp() throws Exception {
        county = new FeedFixture(tmp.resolve("county"));
        county.publish();
        server = FaultyFeedServer.serve(county.feed);
        kiosk = new Kiosk(tmp.resolve("kiosk"), List.of(county.key.publicKey()));
        kiosk.sync(server.uri());
    }

    @AfterEach
    void tearDown() {
        server.close();
        kiosk.close();
    }

    Seen seen() {
        return kiosk.db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT"
                    + " (SELECT version FROM content_version ORDER BY seq DESC LIMIT 1),"
                    + " (SELECT COUNT(*) FROM catalog_item WHERE origin = 'feed'),"
                    + " (SELECT COUNT(*) FROM notice WHERE origin = 'feed'),"
                    + " (SELECT COUNT(*) FROM media WHERE origin = 'feed'),"
                    + " (SELECT manifest_version FROM feed_state WHERE id = 1)")) {
                rs.next();
                return new Seen(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        });
    }

    /** Runs {@code apply} while another thread reads on the reader connection; returns what it saw. */
    Set<Seen> watch(Kiosk.Attempt apply, AtomicInteger reads) throws Exception {
        Set<Seen> observed = Collections.synchronizedSet(new LinkedHashSet<>());
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                boolean last;
                do {
                    last = done.get(); // one more read once the apply is over
                    observed.add(seen());
                    reads.incrementAndGet();
                } while (!last);
            } catch (Throwable t) {
                failed.set(t);
            }
        }, "screen-reader");
        reader.start();
        try {
            apply.run();
        } finally {
            done.set(true);
            reader.join();
        }
        assertThat(failed.get()).isNull();
        return observed;
    }

    @Test
    void readersSeeTheOldVersionOrTheNewOneNeverAMix() throws Exception {
        Seen v1 = seen();
        assertThat(v1).isEqualTo(new Seen(1, 4, 2, 3, 1));
        county.manyCatalogItems(3_000).removeNotice("notice-village-1")
                .media("media/" + FeedFixture.TOWNSHIP + "/extra.jpg", FeedFixture.random(5, 1_000)).publish();
        AtomicInteger reads = new AtomicInteger();

        Set<Seen> observed = watch(() -> kiosk.sync(server.uri()), reads);

        Seen v2 = new Seen(2, 3_004, 1, 4, 2);
        assertThat(seen()).isEqualTo(v2);
        assertThat(observed).as("%d reads", reads.get()).containsOnly(v1, v2);
        assertThat(reads.get()).isGreaterThan(10);
    }

    @Test
    void anApplyThatFailsHalfWayLeavesTheOldVersionWhole() throws Exception {
        Seen v1 = seen();
        county.manyCatalogItems(1_000).removeNotice("notice-village-1").removeBroadcast("bc-town-1").publish();
        // The last statement of the apply (the media rows, after all content rows) fails.
        kiosk.db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER fail_apply BEFORE INSERT ON media WHEN NEW.origin = 'feed'"
                        + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
            }
            return null;
        });
        AtomicInteger reads = new AtomicInteger();

        Set<Seen> observed = watch(() -> kiosk.refused(FeedException.Reason.INTERNAL, () -> kiosk.sync(server.uri())),
                reads);

        assertThat(observed).containsOnly(v1);
        assertThat(seen()).isEqualTo(v1);
        assertThat(kiosk.status().version()).isEqualTo(1);
        assertThat(kiosk.status().lastError()).hasValueSatisfying(m -> assertThat(m).contains("injected failure"));

        kiosk.db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER fail_apply");
            }
            return null;
        });
        assertThat(kiosk.sync(server.uri()).version()).isEqualTo(2);
        assertThat(seen()).isEqualTo(new Seen(2, 1_004, 1, 3, 2));
    }

    @Test
    void localRowsAreNeverTouchedBySyncOrImport() throws Exception {
        insertLocalRows();
        List<String> local = localRows();
        assertThat(local).hasSize(LOCAL_TABLES.size());

        // Another version (with a withdrawal), an import, and a refused import.
        county.removeNotice("notice-village-1").removeCatalogItem("cat-town-1").publish();
        kiosk.sync(server.uri());
        assertThat(localRows()).isEqualTo(local);
        county.notice("notice-v3", "township", FeedFixture.TOWNSHIP, "第三版").publish();
        kiosk.importFrom(county.copyTo(tmp.resolve("usb")));
        assertThat(kiosk.version()).isEqualTo(3);
        assertThat(localRows()).isEqualTo(local);
        county.publish(cn.gongkai.kiosk.feed.FeedKeys.generate(), FeedFixture.T0, FeedFixture.VALID_FOR);
        kiosk.refused(FeedException.Reason.UNTRUSTED_KEY, () -> kiosk.sync(server.uri()));
        assertThat(localRows()).isEqualTo(local);

        // Still on screen, through the same DAOs as feed content.
        assertThat(new CatalogDao(kiosk.db, kiosk.region).byId("local-cat-1")).isPresent();
        assertThat(new NoticeDao(kiosk.db, kiosk.region).byId("local-notice-1")).isPresent();
        assertThat(new cn.gongkai.kiosk.storage.BroadcastDao(kiosk.db, kiosk.region).byId("local-bc-1")).isPresent();
        assertThat(new FundDao(kiosk.db, kiosk.region).byId("local-fund-1").orElseThrow().beneficiaries()).hasSize(1);
        assertThat(kiosk.state.mediaInUse()).contains("ab".repeat(32));
    }

    private void insertLocalRows() {
        String t = FeedFixture.TOWNSHIP;
        kiosk.db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO catalog_item (id, origin, domain, domain_order, level1, level2, seq, content,"
                        + " basis, deadline, subject, channels, audience, manner, levels, five_public, scope_level, region)"
                        + " VALUES ('local-cat-1', 'local', '就业', " + Domains.order("就业") + ", '就业政策法规',"
                        + " '镇级补充事项', 0, '镇里自行公开的内容', '镇政府决定', '即时', '石鼻镇人民政府', '[\"便民服务站\"]',"
                        + " '全社会', '主动', '[\"乡级\"]', '[]', 'township', '" + t + "')");
                s.executeUpdate("INSERT INTO policy (id, origin, title, doc_number, issuer, issued, effective, expires,"
                        + " domain, summary, body, interpretation, key_points, tables, scope_level, region) VALUES"
                        + " ('local-pol-1', 'local', '镇级政策', '石府发〔2026〕3号', '石鼻镇人民政府', '2026-10-01',"
                        + " '2026-10-01', NULL, '就业', '概要', '正文', '解读', '[]', '[]', 'township', '" + t + "')");
                s.executeUpdate("INSERT INTO fund (id, origin, project, project_code, domain, fund_source,"
                        + " source_doc_number, amount_central, amount_provincial, amount_municipal, amount_county,"
                        + " responsible_unit, beneficiary_summary, period, start_date, published, posted_until,"
                        + " complaints_phone, description, scope_level, region) VALUES ('local-fund-1', 'local',"
                        + " '镇级补贴', '', '涉农补贴', '镇财政', '', '0', '0', '0', '1.5', '石鼻镇财政所', '', '2026年度',"
                        + " NULL, '2026-10-01', NULL, '0791-83420000', '', 'township', '" + t + "')");
                s.executeUpdate("INSERT INTO fund_beneficiary (fund_id, seq, name, id_number, bank_account, village,"
                        + " amount_yuan, note) VALUES ('local-fund-1', 0, '李*华', '3601**********5678', '', '石鼻村',"
                        + " '500', '')");
                s.executeUpdate("INSERT INTO notice (id, origin, title, category, body, issuer, published, valid_from,"
                        + " valid_until, urgent, scope_level, region) VALUES ('local-notice-1', 'local', '镇里的通知',"
                        + " '通知', '正文', '石鼻镇人民政府', '2026-11-20', '2026-11-20', '2026-12-31', 0, 'township',"
                        + " '" + t + "')");
                s.executeUpdate("INSERT INTO broadcast (id, origin, title, text, audio, times, every_minutes,"
                        + " window_start, window_end, days, valid_from, valid_until, priority, chime, repeat_count,"
                        + " scope_level, region) VALUES ('local-bc-1', 'local', '镇里的广播', '今天下午停电检修。', '',"
                        + " '[\"09:00\"]', NULL, NULL, NULL, '[]', '2026-11-26', '2026-11-26', 'normal', 1, 1,"
                        + " 'township', '" + t + "')");
                s.executeUpdate("INSERT INTO media (name, origin, sha256, length, region) VALUES"
                        + " ('media/local/photo.jpg', 'local', '" + "ab".repeat(32) + "', 1234, '" + t + "')");
            }
            return null;
        });
    }

    /** Every column of every local row, as text. */
    private List<String> localRows() {
        return kiosk.db.read(c -> {
            List<String> rows = new ArrayList<>();
            for (String table : LOCAL_TABLES) {
                String where = table.equals("fund_beneficiary")
                        ? "fund_id IN (SELECT id FROM fund WHERE origin = 'local')" : "origin = 'local'";
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE " + where + " ORDER BY 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(table);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            b.append('|').append(rs.getString(i));
                        }
                        rows.add(b.toString());
                    }
                }
            }
            return rows;
        });
    }
}
