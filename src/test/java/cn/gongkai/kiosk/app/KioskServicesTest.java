package cn.gongkai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.testing.TestKiosk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up over real files: first start, restart, and a damaged database. */
class KioskServicesTest {
    @TempDir
    Path tmp;

    @Test
    void firstStartLoadsTheDemoThroughTheImporterAndARestartKeepsIt() {
        try (TestKiosk k = TestKiosk.start(tmp)) {
            assertThat(k.services.content().current()).hasValueSatisfying(v -> {
                assertThat(v.source()).isEqualTo("demo");
                assertThat(v.counts().get("catalog")).isGreaterThanOrEqualTo(150);
            });
        }
        try (TestKiosk again = TestKiosk.start(tmp)) {
            assertThat(again.services.catalog().list(java.util.Optional.empty())).hasSizeGreaterThanOrEqualTo(150);
            assertThat(again.services.recoveredFrom()).isEmpty();
        }
    }

    @Test
    void theDemoArrivesThroughTheSignedFeedPathOnlyOnce() {
        try (TestKiosk k = TestKiosk.start(tmp)) {
            var state = k.services.feedState().get();
            assertThat(state.version()).isEqualTo(1);
            assertThat(state.source()).hasValue("demo");
            assertThat(state.lineage()).hasValueSatisfying(l -> assertThat(l).hasSize(16));
            assertThat(state.manifestSha256()).isPresent();
            assertThat(k.services.feeds().status().staffSummary(java.time.ZoneId.of("Asia/Shanghai")))
                    .contains("演示内容");
        }
        try (TestKiosk again = TestKiosk.start(tmp)) {
            int versions = again.services.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM content_version")) {
                    return rs.getInt(1);
                }
            });
            assertThat(versions).as("the demo is applied once, not at every start").isEqualTo(1);
        }
    }

    @Test
    void withDemoContentOffNothingIsLoadedAndStaffAreTold() throws Exception {
        TestKiosk.writeConfig(tmp.resolve("config"), "360123102");
        Path cfg = tmp.resolve("config/kiosk.json");
        Files.writeString(cfg, Files.readString(cfg).replace("\"display\"", "\"demoContent\": false, \"display\""));
        try (KioskServices s = KioskServices.open(KioskServices.loadConfig(tmp.resolve("config")), tmp.resolve("data"),
                java.time.Clock.fixed(TestKiosk.NOW, java.time.ZoneOffset.UTC))) {
            assertThat(s.content().current()).isEmpty();
            assertThat(s.feeds().status().staffSummary(java.time.ZoneId.of("Asia/Shanghai"))).contains("尚未");
        }
    }

    @Test
    void aDamagedDatabaseIsMovedAsideAndTheKioskStartsAfresh() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(data.resolve("kiosk.db"), garbage);

        try (TestKiosk k = TestKiosk.start(tmp)) {
            assertThat(k.services.recoveredFrom()).isPresent();
            assertThat(k.services.recoveredFrom().get()).exists();
            assertThat(Files.readAllBytes(k.services.recoveredFrom().get())).isEqualTo(garbage);
            assertThat(k.services.database().integrityCheck()).isEqualTo("ok");
            assertThat(k.services.content().current()).isPresent();
        }
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("kiosk.db.damaged-"));
        }
    }

    @Test
    void aRegionFromAnotherCountySeesNoneOfThisCountysContent() {
        try (TestKiosk k = TestKiosk.start(tmp, "361003201")) {
            assertThat(k.services.catalog().list(java.util.Optional.empty())).isEmpty();
            assertThat(k.services.notices().list()).isEmpty();
        }
    }

    @Test
    void aSiblingTownshipSeesTheCountyButNotShibisOwnContent() {
        try (TestKiosk k = TestKiosk.start(tmp, "360123101")) {
            assertThat(k.services.catalog().list(java.util.Optional.empty()))
                    .isNotEmpty()
                    .allSatisfy(i -> assertThat(i.scope().region().digits()).hasSize(6));
            // not merely hidden: another township's records are not stored at all
            int stored = k.services.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT count(*) FROM catalog_item WHERE region LIKE '360123102%'")) {
                    return rs.getInt(1);
                }
            });
            assertThat(stored).isZero();
        }
    }
}
