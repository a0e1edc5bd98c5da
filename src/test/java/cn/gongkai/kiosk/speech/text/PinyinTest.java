package cn.gongkai.kiosk.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tone-numbered pinyin for the Mandarin voice: polyphones, the override table, pauses. */
class PinyinTest {
    private final ChineseFrontEnd frontEnd = new ChineseFrontEnd();

    /** The MANDARIN text of a one-sentence input that has no Latin letters. */
    private String mandarin(String text) {
        List<Sentence> sentences = frontEnd.prepare(text);
        assertThat(sentences).hasSize(1);
        assertThat(sentences.get(0).segments()).hasSize(1);
        Segment segment = sentences.get(0).segments().get(0);
        assertThat(segment.script()).isEqualTo(Segment.Script.MANDARIN);
        return segment.spoken();
    }

    /**
     * The polyphone test of speech.md: 25 words whose reading depends on the word (it names
     * 银行, 行长, 音乐, 重庆; the others are common in policy text). HanLP alone got 22 of 25.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            银行   | yin2 hang2
            行长   | hang2 zhang3
            音乐   | yin1 yue4
            重庆   | chong2 qing4
            还款   | huan2 kuan3
            还有   | hai2 you3
            长大   | zhang3 da4
            长期   | chang2 qi1
            重要   | zhong4 yao4
            重新   | chong2 xin1
            会计   | kuai4 ji4
            朝阳   | zhao1 yang2
            朝代   | chao2 dai4
            处理   | chu3 li3
            好处   | hao3 chu4
            便民   | bian4 min2
            便宜   | pian2 yi5
            利率   | li4 lv4
            率先   | shuai4 xian1
            发行   | fa1 xing2
            行业   | hang2 ye4
            调查   | diao4 cha2
            调整   | tiao2 zheng3
            睡觉   | shui4 jiao4
            觉得   | jue2 de5
            """)
    void readsPolyphonesByWord(String word, String pinyin) {
        assertThat(mandarin(word)).isEqualTo(pinyin + " .");
    }

    /** The domain words of the issue, with the reading the override table must give. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            银行   | yin2 hang2
            行长   | hang2 zhang3
            重庆   | chong2 qing4
            还款   | huan2 kuan3
            还贷   | huan2 dai4
            单位   | dan1 wei4
            补贴   | bu3 tie1
            长辈   | zhang3 bei4
            便民   | bian4 min2
            低保   | di1 bao3
            参保   | can1 bao3
            地址   | di4 zhi3
            处理   | chu3 li3
            利率   | li4 lv4
            增长率 | zeng1 zhang3 lv4
            失业保险费率 | shi1 ye4 bao3 xian3 fei4 lv4
            重点   | zhong4 dian3
            重新   | chong2 xin1
            行业   | hang2 ye4
            发行   | fa1 xing2
            会计   | kuai4 ji4
            朝阳   | zhao1 yang2
            都昌县 | du1 chang1 xian4
            单*明  | shan4 mou3 ming2
            """)
    void readsDomainWords(String text, String pinyin) {
        assertThat(mandarin(text)).isEqualTo(pinyin + " .");
    }

    static Stream<Arguments> overrides() {
        return PinyinConverter.OVERRIDES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /**
     * Every entry of the table takes effect, at the start of a sentence and after a pause (after a
     * word it depends on HanLP's word boundaries: 请到任某 is 到任|某, see the next test).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overrides")
    void appliesEveryOverride(String word, String pinyin) {
        assertThat(mandarin(word)).isEqualTo(pinyin + " .");
        assertThat(mandarin("请看：" + word)).isEqualTo("qing3 kan4 , " + pinyin + " .");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            银行行长到重庆还款          | yin2 hang2 hang2 zhang3 dao4 chong2 qing4 huan2 kuan3
            进行长期跟踪                | jin4 xing2 chang2 qi1 gen1 zong1
            中国建设银行                | zhong1 guo2 jian4 she4 yin2 hang2
            长辈版                      | zhang3 bei4 ban3
            会计师事务所                | kuai4 ji4 shi1 shi4 wu4 suo3
            公示期为7天                 | gong1 shi4 qi1 wei2 qi1 tian1
            按规定为其缴纳              | an4 gui1 ding4 wei4 qi2 jiao3 na4
            """)
    void appliesOverridesOnlyOnWordBoundaries(String text, String pinyin) {
        assertThat(mandarin(text)).isEqualTo(pinyin + " .");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            11月11日    | shi2 yi1 yue4 shi2 yi1 ri4
            21:00       | er4 shi2 yi1 dian3
            11分钟      | shi2 yi1 fen1 zhong1
            2021年      | er4 ling2 er4 yi1 nian2
            2个         | liang3 ge4
            12345热线   | yao1 er4 san1 si4 wu3 re4 xian4
            50%         | bai3 fen1 zhi1 wu3 shi2
            张*明       | zhang1 mou3 ming2
            """)
    void readsNumbersInTheirCitationTone(String text, String pinyin) {
        assertThat(mandarin(text)).isEqualTo(pinyin + " .");
    }

    @Test
    void marksPausesAndTheEnd() {
        assertThat(mandarin("你好，世界！")).isEqualTo("ni3 hao3 , shi4 jie4 .");
        assertThat(mandarin("补贴、低保：参保")).isEqualTo("bu3 tie1 , di1 bao3 , can1 bao3 .");
        assertThat(mandarin("每亩112元（示例）。")).isEqualTo("mei3 mu3 yi1 bai3 yi1 shi2 er4 yuan2 , shi4 li4 .");
        assertThat(mandarin("国办发〔2019〕54号")).isEqualTo("guo2 ban4 fa1 er4 ling2 yi1 jiu3 , wu3 shi2 si4 hao4 .");
        // no title without its end, and no double marks
        assertThat(mandarin("关于开展核查的通知")).endsWith("tong1 zhi1 .");
        assertThat(mandarin("，，真的吗？！”")).isEqualTo("zhen1 de5 ma5 .");
    }

    @Test
    void writesUmlautAsV() {
        assertThat(mandarin("绿色旅游")).isEqualTo("lv4 se4 lv3 you2 .");
    }

    @Test
    void everyOverrideHasOneSyllableACharacter() {
        for (Map.Entry<String, String> e : PinyinConverter.OVERRIDES.entrySet()) {
            assertThat(e.getValue().split(" ")).as(e.getKey()).hasSize(e.getKey().length())
                    .allMatch(s -> s.matches("[a-z]+[1-5]"));
        }
    }
}
