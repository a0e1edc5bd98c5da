package cn.gongkai.kiosk.feed;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad content folder fails as a whole, with a message naming file, record and field. */
class BundleErrorsTest {
    @TempDir
    Path root;

    private TempBundle bundle() {
        return TempBundle.in(root.resolve("bundle"));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> fails(TempBundle b) {
        return assertThatThrownBy(b::read).isInstanceOf(BundleFormatException.class);
    }

    @Test
    void invalidJsonNamesTheFile() {
        fails(bundle().write("policies.json", "[{\"id\": \"pol-1\", \"title\": ")).hasMessageStartingWith(
                "policies.json: not valid JSON");
    }

    @Test
    void missingRequiredFieldNamesFileRecordAndField() {
        String secondWithoutSubject = TempBundle.CATALOG_ITEM.formatted("cat-2").replace(
                "\"subject\": \"县人社局\",", "");
        fails(bundle().write("catalog/jiuye.json", "{\"domain\": \"就业\", \"items\": [%s, %s]}".formatted(
                TempBundle.CATALOG_ITEM.formatted("cat-1"), secondWithoutSubject)))
                .hasMessageContaining("catalog/jiuye.json")
                .hasMessageContaining("record 2")
                .hasMessageContaining("cat-2")
                .hasMessageContaining("subject");
        fails(bundle().write("notices.json", TempBundle.NOTICES.replace("\"published\": \"2026-11-20\",", "")))
                .hasMessageContaining("notices.json record 1 (notice-1)").hasMessageContaining("published: missing");
        fails(bundle().write("funds.json", TempBundle.FUNDS.replace("\"complaintsPhone\": \"0791-83421234\",", "")))
                .hasMessageContaining("funds.json record 1 (fund-1)").hasMessageContaining("complaintsPhone");
    }

    @Test
    void badValuesNameTheirRecord() {
        fails(bundle().write("notices.json", TempBundle.NOTICES.replace("2026-11-20\", \"validFrom", "20.11.2026\", \"validFrom")))
                .hasMessageContaining("notices.json record 1").hasMessageContaining("published")
                .hasMessageContaining("YYYY-MM-DD");
        fails(bundle().write("funds.json", TempBundle.FUNDS.replace("1234.5", "\"很多\"")))
                .hasMessageContaining("funds.json record 1").hasMessageContaining("amount");
        // An exponent would expand to a number with billions of digits when stored.
        fails(bundle().write("funds.json", TempBundle.FUNDS.replace("1234.5", "1e2000000000")))
                .hasMessageContaining("funds.json record 1").hasMessageContaining("amount");
        fails(bundle().write("notices.json", TempBundle.NOTICES.replace("\"region\": \"360123102201\"",
                "\"region\": \"360123102\""))).hasMessageContaining("notices.json record 1")
                .hasMessageContaining("12-digit");
    }

    @Test
    void unknownAudienceLabel() {
        fails(bundle().write("catalog/jiuye.json", TempBundle.CATALOG.replaceFirst("全社会", "所有人")))
                .hasMessageContaining("catalog/jiuye.json record 1 (cat-1): audience:")
                .hasMessageContaining("所有人")
                .hasMessageContaining("全社会, 特定群体");
    }

    @Test
    void unknownDomain() {
        fails(bundle().write("catalog/jiuye.json", TempBundle.CATALOG.replace("\"就业\"", "\"外交\"")))
                .hasMessageStartingWith("catalog/jiuye.json:").hasMessageContaining("外交");
    }

    @Test
    void duplicateIdsWithinAndAcrossFiles() {
        fails(bundle().write("catalog/jiuye.json", TempBundle.CATALOG.replace("cat-2", "cat-1")))
                .hasMessageContaining("cat-1").hasMessageContaining("twice");
        TempBundle b = bundle();
        b.write("catalog/yanglao.json", TempBundle.CATALOG.replace("\"就业\"", "\"养老服务\"").replace("cat-1", "cat-9"));
        fails(b).hasMessageContaining("'cat-2' appears twice");
    }

    @Test
    void nonUtf8Bytes() {
        byte[] gbk = {'[', '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xD5, (byte) 0xC5, '"', '}', ']'};
        fails(bundle().write("notices.json", gbk)).hasMessageStartingWith("notices.json: not valid UTF-8");
    }

    @Test
    void recordsMustBeAList() {
        fails(bundle().write("policies.json", "42")).hasMessageStartingWith("policies.json:")
                .hasMessageContaining("list");
        fails(bundle().write("catalog/jiuye.json", "{\"domain\": \"就业\"}"))
                .hasMessageStartingWith("catalog/jiuye.json:");
    }
}
