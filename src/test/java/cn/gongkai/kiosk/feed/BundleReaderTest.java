package cn.gongkai.kiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.CatalogItem.CatalogLevel;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Policy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a valid content folder. */
class BundleReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryKind() throws Exception {
        ContentSet c = TempBundle.in(dir).read();
        assertThat(c.counts()).containsExactly(org.assertj.core.api.Assertions.entry("catalog", 2),
                org.assertj.core.api.Assertions.entry("policies", 1),
                org.assertj.core.api.Assertions.entry("funds", 1),
                org.assertj.core.api.Assertions.entry("notices", 1),
                org.assertj.core.api.Assertions.entry("broadcasts", 1));
    }

    @Test
    void catalogItemsTakeTheTableDomainAndNormaliseLabels() throws Exception {
        CatalogItem item = TempBundle.in(dir).read().catalog().get(0);
        assertThat(item.domain()).isEqualTo("就业");
        // 镇级 is read as 乡级
        assertThat(item.levels()).containsExactlyInAnyOrder(CatalogLevel.COUNTY, CatalogLevel.TOWNSHIP);
        assertThat(item.channels()).containsExactly("政府网站");
    }

    @Test
    void oldDomainNameIsStoredUnderItsCurrentName() throws Exception {
        TempBundle b = TempBundle.in(dir);
        b.write("catalog/jiuye.json", TempBundle.CATALOG.replace("\"就业\"", "\"扶贫\""));
        assertThat(b.read().catalog()).extracting(CatalogItem::domain).containsOnly("乡村振兴");
    }

    @Test
    void beneficiariesAreMaskedWhenRead() throws Exception {
        FundDisclosure f = TempBundle.in(dir).read().funds().get(0);
        assertThat(f.beneficiaries()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("张*明");
            assertThat(b.idNumber()).isEqualTo("3601**********1234");
            assertThat(b.bankAccount()).endsWith("1234").doesNotContain("62170012");
        });
        assertThat(f.amounts().total()).isEqualByComparingTo("160.7");
    }

    @Test
    void policyTablesAndDefaultsAreFilled() throws Exception {
        Policy p = TempBundle.in(dir).read().policies().get(0);
        assertThat(p.effective()).isEqualTo(p.issued());
        assertThat(p.keyPoints()).hasSize(1);
        assertThat(p.tables().get(0).rows()).containsExactly(List.of("1", ""));
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        TempBundle b = TempBundle.in(dir);
        byte[] text = TempBundle.NOTICES.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        b.write("notices.json", withBom);
        assertThat(b.read().notices()).hasSize(1);
    }
}
