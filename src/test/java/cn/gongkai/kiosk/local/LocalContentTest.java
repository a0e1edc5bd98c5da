package cn.gongkai.kiosk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.app.KioskServices;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.PublisherLevel;
import cn.gongkai.kiosk.domain.RegionCode;
import cn.gongkai.kiosk.domain.Scope;
import cn.gongkai.kiosk.search.SearchHit;
import cn.gongkai.kiosk.search.SearchQuery;
import cn.gongkai.kiosk.search.SearchService;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.storage.LocalContentDao.Kind;
import cn.gongkai.kiosk.storage.StaffDao;
import cn.gongkai.kiosk.testing.MutableClock;
import cn.gongkai.kiosk.testing.TestKiosk;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local content on a kiosk with the demo content: revisions, restore, withdrawal, audit, and syncs that leave it alone. */
class LocalContentTest {
    private static final RegionCode TOWNSHIP = RegionCode.of("360123102");

    @TempDir
    Path dir;
    TestKiosk kiosk;
    KioskServices s;
    final MutableClock clock = new MutableClock(TestKiosk.NOW);
    LocalContent local;
    StaffSession editor;

    @BeforeEach
    void start() {
        kiosk = TestKiosk.start(dir);
        s = kiosk.services;
        LocalContentDao dao = new LocalContentDao(s.database());
        local = new LocalContent(dao, TOWNSHIP, clock, ZoneId.of("Asia/Shanghai"));
        StaffAccess access = new StaffAccess(new StaffDao(s.database()), dao, clock, 1_000);
        access.save("王会计", StaffAccess.Role.EDITOR, "1357", "setup");
        editor = ((StaffAccess.Opened) access.login("王会计", "1357")).session();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private Notice notice(String id, String title, String body, String region) {
        return new Notice(id, title, "通知", body, "石鼻镇人民政府", LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 31), false,
                Scope.of(region.length() == 12 ? PublisherLevel.VILLAGE : PublisherLevel.TOWNSHIP, region));
    }

    private List<String> found(String query) {
        return new SearchService(s.database(), TOWNSHIP).search(SearchQuery.of(query)).stream().map(SearchHit::id).toList();
    }

    @Test
    void publishEditRestoreWithdraw() {
        String id = local.newId(Kind.NOTICE);
        assertThat(id).matches("local-notice-20261126-[0-9a-f]{6}");
        assertThat(local.publish(editor, notice(id, "石鼻村十二月村务公开栏更新", "本月公开财务收支明细。", "360123102201")))
                .isEqualTo(1);
        assertThat(s.notices().byId(id)).map(Notice::title).contains("石鼻村十二月村务公开栏更新");
        assertThat(found("村务公开栏")).contains(id);

        clock.advance(Duration.ofMinutes(1));
        local.publish(editor, notice(id, "石鼻村十二月村务公开栏更新（更正）", "本月公开财务收支明细，已更正。", "360123102201"));
        assertThat(s.notices().byId(id)).map(Notice::title).contains("石鼻村十二月村务公开栏更新（更正）");

        // Restore the first revision: it becomes revision 3, with who and when.
        assertThat(local.restore(editor, Kind.NOTICE, id, 1)).isEqualTo(3);
        assertThat(s.notices().byId(id)).map(Notice::title).contains("石鼻村十二月村务公开栏更新");
        List<LocalContentDao.Revision> revs = local.revisions(Kind.NOTICE, id);
        assertThat(revs).extracting(LocalContentDao.Revision::action).containsExactly("publish", "publish", "restore");
        assertThat(revs).extracting(LocalContentDao.Revision::who).containsOnly("王会计");
        assertThat(revs.get(1).at()).isEqualTo(TestKiosk.NOW.plus(Duration.ofMinutes(1)));

        assertThat(local.withdraw(editor, Kind.NOTICE, id)).isEqualTo(4);
        assertThat(s.notices().byId(id)).isEmpty();
        assertThat(found("村务公开栏")).doesNotContain(id);
        assertThatThrownBy(() -> local.withdraw(editor, Kind.NOTICE, id)).isInstanceOf(LocalContentException.class);
        // Withdrawn is not lost: any revision comes back.
        local.restore(editor, Kind.NOTICE, id, 2);
        assertThat(s.notices().byId(id)).map(Notice::title).contains("石鼻村十二月村务公开栏更新（更正）");
        assertThat(local.current()).singleElement().satisfies(r -> assertThat(r.rev()).isEqualTo(5));

        assertThat(local.auditLog(20)).extracting(LocalContentDao.AuditEntry::action)
                .containsSubsequence("restore", "withdraw", "restore", "publish", "publish");
    }

    @Test
    void aFullCountySyncLeavesLocalContentAsItWas() {
        String id = local.newId(Kind.NOTICE);
        Notice mine = notice(id, "石鼻镇冬季用电安全提醒", "请各户检查电线。", "360123102");
        local.publish(editor, mine);
        ContentSet county = new ContentSet(s.catalog().list(Optional.empty()), s.policies().list(), s.funds().list(),
                s.notices().list().stream().filter(n -> !n.id().startsWith("local-")).toList(), List.of());
        // Two new county versions, the second without any notice at all.
        s.content().replaceFeedContent(county, "county", 50, "360123", TestKiosk.NOW);
        s.content().replaceFeedContent(new ContentSet(county.catalog(), county.policies(), county.funds(), List.of(),
                List.of()), "county", 51, "360123", TestKiosk.NOW);
        assertThat(s.notices().list()).containsExactly(mine);
        assertThat(local.revisions(Kind.NOTICE, id)).hasSize(1);
        assertThat(found("用电安全")).containsExactly(id);
    }

    @Test
    void onlyTheKiosksTownshipAndItsVillagesAndOnlyWithAnOpenSession() {
        assertThatThrownBy(() -> local.publish(editor, notice(local.newId(Kind.NOTICE), "县里的通知", "正文", "360123")))
                .isInstanceOf(IllegalArgumentException.class); // a county notice cannot even be built with a township level
        Notice county = new Notice(local.newId(Kind.NOTICE), "县里的通知", "通知", "正文", "县政府",
                LocalDate.of(2026, 11, 26), null, null, false, Scope.of(PublisherLevel.COUNTY, "360123"));
        assertThatThrownBy(() -> local.publish(editor, county)).hasMessage("本机只能发布本乡镇和本乡镇各村的内容。");
        Notice other = notice(local.newId(Kind.NOTICE), "别的乡镇", "正文", "360123105");
        assertThatThrownBy(() -> local.publish(editor, other)).hasMessage("本机只能发布本乡镇和本乡镇各村的内容。");
        Notice takenId = notice("notice-001", "冒用县级编号", "正文", "360123102");
        assertThatThrownBy(() -> local.publish(editor, takenId)).isInstanceOf(LocalContentException.class);
        clock.advance(StaffSession.IDLE);
        Notice fine = notice(local.newId(Kind.NOTICE), "超时后", "正文", "360123102");
        assertThatThrownBy(() -> local.publish(editor, fine)).hasMessageContaining("超时");
        assertThat(local.current()).isEmpty();
    }
}
