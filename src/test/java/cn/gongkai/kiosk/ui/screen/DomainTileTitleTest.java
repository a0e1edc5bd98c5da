package cn.gongkai.kiosk.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.Domains;
import org.junit.jupiter.api.Test;

class DomainTileTitleTest {
    @Test
    void longDomainNamesBreakBetweenWordsAndEveryLineFitsATile() {
        assertThat(DomainsScreen.twoLines("国有土地上房屋征收与补偿")).isEqualTo("国有土地上\n房屋征收与补偿");
        assertThat(DomainsScreen.twoLines("就业")).isEqualTo("就业");
        for (Domains.Domain d : Domains.all()) {
            for (String line : DomainsScreen.twoLines(d.name()).split("\\n")) {
                assertThat(line.length()).as(d.name()).isLessThanOrEqualTo(8);
            }
        }
    }
}
