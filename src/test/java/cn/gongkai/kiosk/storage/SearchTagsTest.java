package cn.gongkai.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTagsTest {
    @Test
    void aVillageRecordIsTaggedWithEveryLevelAboveIt() {
        assertThat(List.of(SearchTags.of("notice", "公告", "360123102203").split(" ")))
                .containsExactly("knotice", SearchTags.domain("公告"), "r360123102203", "p360123", "p360123102",
                        "p360123102203");
        assertThat(List.of(SearchTags.of("policy", "", "360123").split(" ")))
                .containsExactly("kpolicy", SearchTags.domain(""), "r360123", "p360123");
    }

    @Test
    void aDomainTagIsOneTokenWhateverTheName() {
        for (String domain : List.of("社会救助", "财政预决算 (示例)", "就业·创业", "\"*\" AND x")) {
            assertThat(SearchTags.domain(domain)).matches("d[0-9a-f]{16}");
        }
        assertThat(SearchTags.domain("社会救助")).isNotEqualTo(SearchTags.domain("社会保障"));
    }

    @Test
    void ownAreaAndTheLevelsAboveIt() {
        assertThat(SearchTags.own("360123102")).isEqualTo("p360123102");
        assertThat(SearchTags.above("360123102")).containsExactly("r360123");
        assertThat(SearchTags.above("360123102203")).containsExactly("r360123", "r360123102");
        assertThat(SearchTags.above("360123")).isEmpty();
    }
}
