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
        }
    }
}
