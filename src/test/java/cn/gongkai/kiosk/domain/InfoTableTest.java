package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfoTableTest {
    @Test
    void shortRowsArePaddedAndLongRowsCut() {
        InfoTable t = new InfoTable(" 补贴标准 ", List.of("类别", "标准", "备注"), List.of(
                List.of("一类"),
                List.of("二类", "300元", "按月", "多余", "更多"),
                Arrays.asList(null, " 200元 ", null)));
        assertThat(t.title()).isEqualTo("补贴标准");
        assertThat(t.rows()).containsExactly(
                List.of("一类", "", ""),
                List.of("二类", "300元", "按月"),
                List.of("", "200元", ""));
        assertThat(t.rows()).allSatisfy(r -> assertThat(r).hasSize(3));
    }

    @Test
    void emptyRowBecomesBlankCells() {
        InfoTable t = new InfoTable(null, List.of("a", "b"), List.of(List.of()));
        assertThat(t.title()).isEmpty();
        assertThat(t.rows()).containsExactly(List.of("", ""));
    }

    @Test
    void needsAtLeastOneColumn() {
        assertThatThrownBy(() -> new InfoTable("空表", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("空表").hasMessageContaining("column");
    }
}
