package cn.gongkai.kiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Forward compatibility: what a newer publisher may add without stranding older kiosks. */
class ManifestCodecTest {
    private static final String MANIFEST = """
            {"kind": "gongkai-feed-manifest", "format": 2, "version": 3, "region": "360123",
             "issued": "2026-11-26T00:00:00Z", "expires": "2027-01-10T00:00:00Z", "rotations": [],
             "signedBy": "a field from a later publisher",
             "objects": [
               {"path": "notices/n-1.json", "kind": "notice", "sha256": "%s", "length": 10, "region": "360123"},
               {"path": "surveys/s-1.json", "kind": "survey", "sha256": "%s", "length": 20, "region": "360123"}
             ]}
            """.formatted("a".repeat(64), "b".repeat(64));

    @Test
    void unknownFieldsAndObjectKindsAreSkippedNotFatal() throws Exception {
        Manifest m = ManifestCodec.parse(MANIFEST.getBytes(StandardCharsets.UTF_8));
        assertThat(m.objects()).singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("notices/n-1.json"));
    }
}
