package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.kiosk.domain.CatalogItem.Audience;
import cn.gongkai.kiosk.domain.CatalogItem.CatalogLevel;
import cn.gongkai.kiosk.domain.CatalogItem.FivePublic;
import cn.gongkai.kiosk.domain.CatalogItem.Manner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CatalogItemTest {
    private static final String[] VALID = {"cat-1", "就业", "就业政策法规", "就业创业扶持政策", "公开内容", "公开依据",
        "20个工作日内", "县人社局"};
    private static final String[] FIELDS = {"id", "domain", "level1", "level2", "content", "basis", "deadline",
        "subject"};

    private static CatalogItem item(String[] v, List<String> channels) {
        return new CatalogItem(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], channels, Audience.PUBLIC,
                Manner.PROACTIVE, Set.of(CatalogLevel.COUNTY), Set.of(FivePublic.RESULT),
                Scope.of(PublisherLevel.COUNTY, "360123"));
    }

    @Test
    void validItemIsStripped() {
        String[] v = VALID.clone();
        v[2] = "  就业政策法规 ";
        CatalogItem item = item(v, List.of("政府网站"));
        assertThat(item.level1()).isEqualTo("就业政策法规");
        assertThat(item.channels()).containsExactly("政府网站");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void blankRequiredFieldIsRejectedNamingIt(int index) {
        for (String blank : Arrays.asList(null, "", "   ")) {
            String[] v = VALID.clone();
            v[index] = blank;
            assertThatThrownBy(() -> item(v, List.of("政府网站")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(FIELDS[index] + ":");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "含 空格", "中文id", "-leading", "a/b"})
    void badIdIsRejected(String id) {
        String[] v = VALID.clone();
        v[0] = id;
        assertThatThrownBy(() -> item(v, List.of("政府网站"))).hasMessageContaining("id");
    }

    @Test
    void channelsMustNotBeEmpty() {
        assertThatThrownBy(() -> item(VALID, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channels");
    }

    @Test
    void collectionsAreDefensiveCopies() {
        List<String> channels = new ArrayList<>(List.of("政府网站"));
        CatalogItem item = item(VALID, channels);
        channels.add("公开栏");
        assertThat(item.channels()).containsExactly("政府网站");
    }

    @Test
    void labelsParseAndRejectUnknown() {
        assertThat(Labelled.fromLabel(Audience.class, "特定群体")).isEqualTo(Audience.SPECIFIC_GROUP);
        assertThat(Labelled.fromLabel(Manner.class, "依申请")).isEqualTo(Manner.ON_APPLICATION);
        assertThatThrownBy(() -> Labelled.fromLabel(Audience.class, "所有人"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("所有人").hasMessageContaining("全社会, 特定群体");
    }
}
