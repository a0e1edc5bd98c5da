package cn.gongkai.kiosk.speech.text;

import static cn.gongkai.kiosk.speech.text.FrontEndAssertions.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences are exact pieces of the source with their offsets, short enough to start at once. */
class SentenceSplittingTest {
    private final ChineseFrontEnd frontEnd = new ChineseFrontEnd();

    private List<String> displays(String text) {
        List<Sentence> sentences = frontEnd.prepare(text);
        assertWellFormed(text, sentences);
        return sentences.stream().map(Sentence::display).toList();
    }

    @Test
    void splitsAtEndMarksWithOffsets() {
        String text = "第一句。第二句！第三句？第四句；第五句!第六句?第七句;最后";
        List<Sentence> s = frontEnd.prepare(text);
        assertThat(s).extracting(Sentence::display).containsExactly(
                "第一句。", "第二句！", "第三句？", "第四句；", "第五句!", "第六句?", "第七句;", "最后");
        assertThat(s).extracting(Sentence::start).containsExactly(0, 4, 8, 12, 16, 20, 24, 28);
    }

    @Test
    void keepsClosingQuotesAndBracketsWithTheirSentence() {
        assertThat(displays("他说：“按时缴费。”然后走了。（本办法自2026年1月1日起施行。）下一句"))
                .containsExactly("他说：“按时缴费。”", "然后走了。", "（本办法自2026年1月1日起施行。）", "下一句");
        assertThat(displays("真的吗？！”好。")).containsExactly("真的吗？！”", "好。");
    }

    @Test
    void splitsAtLineBreaksAndDropsBlankPieces() {
        String text = "  关于开展核查的通知\r\n\n各村委会：\n\u3000\u3000现将有关事项通知如下。 \n \n";
        List<Sentence> s = frontEnd.prepare(text);
        assertWellFormed(text, s);
        assertThat(s).extracting(Sentence::display)
                .containsExactly("关于开展核查的通知", "各村委会：", "现将有关事项通知如下。");
        assertThat(s.get(0).start()).isEqualTo(2);
        assertThat(s.get(2).start()).isEqualTo(text.indexOf("现将"));
    }

    @Test
    void cutsALongSentenceAfterACommaSoReadingStartsSoon() {
        String text = "对招用毕业年度或离校2年内未就业高校毕业生、登记失业的16—24岁青年，与其签订劳动合同并按规定为其缴纳失业保险费"
                + "1个月以上的企业，按每招用1人不超过1500元的标准发放一次性扩岗补助，同一企业同一人员不得重复享受，"
                + "补助资金直接拨付至企业对公账户，社会团体、基金会、社会服务机构、律师事务所、会计师事务所、"
                + "以单位形式参保的个体工商户参照实施，返还资金直接拨付至企业对公账户，推行免申即享。";
        assertThat(text.length()).isGreaterThan(2 * SentenceSplitter.MAX);
        List<Sentence> s = frontEnd.prepare(text);
        assertWellFormed(text, s);
        assertThat(s).hasSizeGreaterThan(1);
        assertThat(s).allSatisfy(x -> assertThat(x.display().length()).isLessThanOrEqualTo(SentenceSplitter.MAX));
        assertThat(s.subList(0, s.size() - 1)).allSatisfy(x -> assertThat(x.display()).matches(".*[，、：]"));
        assertThat(String.join("", s.stream().map(Sentence::display).toList())).isEqualTo(text);
    }

    @Test
    void aShortSentenceIsNotCut() {
        String text = "符合条件的个人创业者可申请最高30万元创业担保贷款，符合条件的小微企业最高可申请400万元，按规定给予贴息。";
        assertThat(displays(text)).containsExactly(text);
    }

    @Test
    void neverCutsInsideANumber() {
        // The only comma-like marks near the limit are inside a number and a time: no cut there.
        String text = "水".repeat(74) + "3,200,000立方米" + "到".repeat(30) + "。";
        assertThat(displays(text)).anySatisfy(p -> assertThat(p).contains("3,200,000立方米"));
        text = "水".repeat(76) + "8:30" + "到".repeat(30) + "。";
        assertThat(displays(text)).hasSizeGreaterThan(1).anySatisfy(p -> assertThat(p).contains("8:30"));
    }

    @Test
    void cutsARunWithoutPunctuationAtWordBoundaries() {
        String text = ("石鼻镇便民服务中心" + "12345" + "APP").repeat(40);
        List<Sentence> s = frontEnd.prepare(text);
        assertWellFormed(text, s);
        assertThat(s).hasSizeGreaterThan(5);
        for (Sentence x : s) {
            assertThat(x.display().length()).isLessThanOrEqualTo(SentenceSplitter.MAX);
            if (x.start() > 0) {
                String around = text.substring(x.start() - 1, x.start() + 1);
                assertThat(around).as("cut at %d", x.start()).doesNotMatch("[0-9A-Za-z]{2}");
            }
        }
        assertThat(String.join("", s.stream().map(Sentence::display).toList())).isEqualTo(text);
    }

    @Test
    void aSilentPieceIsKeptAndMarked() {
        List<Sentence> s = frontEnd.prepare("请注意。😀😀。……\n身份证号：3601**********1234。");
        assertThat(s).extracting(Sentence::silent).containsExactly(false, true, true, false);
        assertThat(s.get(3).segments()).singleElement().extracting(Segment::spoken)
                .isEqualTo("shen1 fen4 zheng4 hao4 .");
    }
}
