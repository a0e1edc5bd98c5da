package cn.gongkai.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.Domains.Domain;
import cn.gongkai.kiosk.domain.Domains.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainsTest {
    @Test
    void thirtyDomainsStandardFirstThenVillageAffairs() {
        List<Domain> all = Domains.all();
        assertThat(all).hasSize(30);
        assertThat(all.subList(0, 26)).allMatch(d -> d.kind() == Kind.STANDARD);
        assertThat(all.subList(26, 30)).extracting(Domain::name).containsExactly("党务", "政务", "村务", "财务");
        assertThat(all.subList(26, 30)).allMatch(d -> d.kind() == Kind.VILLAGE_AFFAIRS);
        assertThat(all.get(0).name()).isEqualTo("城乡规划");
        assertThat(all.get(25).name()).isEqualTo("社会保险");
    }

    @Test
    void namesAndKeysAreUniqueAndKeysAreAscii() {
        assertThat(Domains.all()).extracting(Domain::name).doesNotHaveDuplicates();
        assertThat(Domains.all()).extracting(Domain::key).doesNotHaveDuplicates()
                .allMatch(k -> k.matches("[a-z][a-z-]*"));
    }

    @Test
    void orderFollowsTheList() {
        assertThat(Domains.order("城乡规划")).isZero();
        assertThat(Domains.order("就业")).isLessThan(Domains.order("社会保险"));
        assertThat(Domains.order("社会保险")).isLessThan(Domains.order("党务"));
        assertThat(Domains.order("财务")).isEqualTo(29);
        assertThat(Domains.order("不存在的领域")).isEqualTo(30);
        for (int i = 0; i < Domains.all().size(); i++) {
            assertThat(Domains.order(Domains.all().get(i).name())).isEqualTo(i);
        }
    }

    @Test
    void fupinIsAnAliasOfRuralRevitalisation() {
        assertThat(Domains.byName("扶贫")).map(Domain::name).contains("乡村振兴");
        assertThat(Domains.byName("扶贫/乡村振兴")).map(Domain::key).contains("xiangcun-zhenxing");
        assertThat(Domains.order("扶贫")).isEqualTo(Domains.order("乡村振兴"));
    }

    @Test
    void unknownNameIsEmpty() {
        assertThat(Domains.byName("外交")).isEmpty();
        assertThat(Domains.byName(null)).isEmpty();
    }
}
