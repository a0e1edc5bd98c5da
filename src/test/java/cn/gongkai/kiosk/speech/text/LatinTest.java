package cn.gongkai.kiosk.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Latin runs go to the English voice; digits around them stay Mandarin. */
class LatinTest {
    private final ChineseFrontEnd frontEnd = new ChineseFrontEnd();

    /** The segments of a one-sentence text as "SCRIPT:spoken" strings. */
    private List<String> segments(String text) {
        List<Sentence> sentences = frontEnd.prepare(text);
        assertThat(sentences).hasSize(1);
        return sentences.get(0).segments().stream().map(s -> s.script() + ":" + s.spoken()).toList();
    }

    @Test
    void spellsAcronymsLetterByLetter() {
        // "." only ends the sentence's last MANDARIN segment
        assertThat(segments("下载APP")).containsExactly("MANDARIN:xia4 zai4", "LATIN:A P P");
        assertThat(segments("PDF文件")).containsExactly("LATIN:P D F", "MANDARIN:wen2 jian4 .");
        assertThat(segments("ＡＰＰ")).containsExactly("LATIN:A P P");
        assertThat(segments("App")).containsExactly("LATIN:A P P");
        assertThat(segments("D级危房")).containsExactly("LATIN:D", "MANDARIN:ji2 wei1 fang2 .");
    }

    @Test
    void keepsDigitsNextToLettersInMandarin() {
        assertThat(segments("5G网络")).containsExactly("MANDARIN:wu3", "LATIN:G", "MANDARIN:wang3 luo4 .");
        assertThat(segments("PM2.5")).containsExactly("LATIN:P M", "MANDARIN:er4 dian3 wu3 .");
        assertThat(segments("12345热线")).containsExactly("MANDARIN:yao1 er4 san1 si4 wu3 re4 xian4 .");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WiFi                 | why fy
            Wi-Fi                | why fy
            WIFI                 | why fy
            Hello world          | Hello world
            iPhone               | iPhone
            www.jiangxi.gov.cn   | www dot jiangxi dot gov dot cn
            OK                   | OK
            x                    | X
            """)
    void readsWordsAsEnglish(String text, String english) {
        assertThat(segments(text)).containsExactly("LATIN:" + english);
    }

    @Test
    void saysUnitsInChineseNotEnglish() {
        assertThat(segments("5km")).containsExactly("MANDARIN:wu3 gong1 li3 .");
        assertThat(segments("单位：kg")).containsExactly("MANDARIN:dan1 wei4 , qian1 ke4 .");
        assertThat(segments("20m²")).containsExactly("MANDARIN:er4 shi2 ping2 fang1 mi3 .");
    }

    @Test
    void switchesVoicesWithoutDanglingPauses() {
        assertThat(segments("请用 APP ，或者PDF。")).containsExactly(
                "MANDARIN:qing3 yong4", "LATIN:A P P", "MANDARIN:huo4 zhe3", "LATIN:P D F");
    }
}
