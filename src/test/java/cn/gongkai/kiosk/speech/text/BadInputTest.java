package cn.gongkai.kiosk.speech.text;

import static cn.gongkai.kiosk.speech.text.FrontEndAssertions.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the text, the front end answers, skips what it cannot say, and never throws. */
class BadInputTest {
    private final ChineseFrontEnd frontEnd = new ChineseFrontEnd();

    private List<Sentence> prepare(String text) {
        List<Sentence> sentences = frontEnd.prepare(text);
        assertWellFormed(text, sentences);
        return sentences;
    }

    @Test
    void nullAndEmptyGiveNothing() {
        assertThat(frontEnd.prepare(null)).isEmpty();
        assertThat(frontEnd.prepare("")).isEmpty();
        assertThat(frontEnd.prepare(" \n\t\u3000\r\n")).isEmpty();
        assertThat(frontEnd.normalize(null)).isEmpty();
        assertThat(frontEnd.normalize("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"。", "。！？", "……", "———", "，、；：", "“”《》（）", "!?!?", "***", "%", "😀🎉👍🏽",
        "┌─┬─┐│ │└─┘", "\uE000\uF8FF", "\uD800", "\uDC00\uD800", "\u0000\u0007\u001B", "\u200B\u200D\uFEFF",
        "\u0301\u0308", "‮‭", "☃★♪✓", "ᠮᠣᠩᠭᠣᠯ", "∑∫√∞"})
    void unsayableTextGivesSilentSentences(String text) {
        List<Sentence> sentences = prepare(text);
        assertThat(sentences).allMatch(Sentence::silent);
    }

    @Test
    void mixedScriptsKeepWhatCanBeSaid() {
        List<Sentence> s = prepare("Hello 你好 Привет こんにちは 안녕 مرحبا");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).segments()).containsExactly(
                new Segment(Segment.Script.LATIN, "Hello"), new Segment(Segment.Script.MANDARIN, "ni3 hao3 ."));
    }

    @Test
    void emojiAndPrivateUseCharactersAreSkipped() {
        List<Sentence> s = prepare("请😀到\uE000窗口👍🏽办理┃业务。");
        assertThat(s).singleElement().extracting(x -> x.segments().get(0).spoken())
                .isEqualTo("qing3 dao4 chuang1 kou3 ban4 li3 ye4 wu4 .");
    }

    @Test
    void rareCharactersWithoutAReadingAreSkipped() {
        // CJK extension B and A characters HanLP has no pinyin for.
        List<Sentence> s = prepare("石鼻镇\uD840\uDC00村\u3400民");
        assertThat(s).singleElement().extracting(x -> x.segments().get(0).spoken())
                .isEqualTo("shi2 bi2 zhen4 cun1 min2 .");
    }

    @Test
    void aTenThousandCharacterDocumentIsPreparedQuickly() {
        StringBuilder sb = new StringBuilder();
        String[] parts = {"根据县民政局工作安排，镇人民政府定于2026年11月5日至12月15日对全镇城乡低保家庭开展年度核查。",
            "咨询电话：0791-83461023（示例）；", "补贴标准为每亩112元，占比33.1%，", "联合村万*明（农村低保户，D级，拆除重建）\n",
            "下载APP办理😀", "清淤约3,200立方米"};
        for (int i = 0; sb.length() < 10_000; i++) {
            sb.append(parts[i % parts.length]);
        }
        String text = sb.toString();
        frontEnd.prepare(text); // warm up
        long t0 = System.nanoTime();
        List<Sentence> s = prepare(text);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(s).hasSizeGreaterThan(100);
        assertThat(s).filteredOn(x -> !x.silent()).hasSizeGreaterThan(100);
        // Measured about 20 ms; the bound only catches a pathological slowdown (a regex gone quadratic).
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void longRunsOfDigitsStarsAndLettersDoNotBreakIt() {
        for (String text : new String[] {"1".repeat(10_000), "*".repeat(10_000), "A".repeat(10_000),
            "张*".repeat(5_000), "1,".repeat(5_000), "-1".repeat(5_000), "2026-".repeat(2_000), "汉".repeat(10_000)}) {
            long t0 = System.nanoTime();
            List<Sentence> s = prepare(text);
            assertThat(s).as(text.substring(0, 10)).allSatisfy(x ->
                    assertThat(x.display().length()).isLessThanOrEqualTo(SentenceSplitter.MAX + 1));
            assertThat(frontEnd.normalize(text)).isNotNull();
            // Each takes well under 0.1 s; a pattern that backtracks over the whole run takes seconds.
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as(text.substring(0, 10))
                    .isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void randomTextNeverBreaksTheContract() {
        String alphabet = "银行长重庆还款的是了，。！？；：、“”（）《》〔〕[]()0123456789０１２３.,:%％-—～~/*¥￥ "
                + "\n\r\tAPPGkmgxyz²℃㎡①Ⅲ〇😀🎉\uE000\u0000\u200B\uFEFF┃";
        Random random = new Random(4);
        int[] cps = alphabet.codePoints().toArray();
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(120);
            for (int i = 0; i < len; i++) {
                sb.appendCodePoint(cps[random.nextInt(cps.length)]);
            }
            // lone surrogates too
            if (round % 10 == 0 && sb.length() > 0) {
                sb.setCharAt(random.nextInt(sb.length()), (char) (0xD800 + random.nextInt(0x800)));
            }
            String text = sb.toString();
            prepare(text);
            assertThat(frontEnd.normalize(text)).as(text).doesNotContainPattern("[0-9*%¥]");
        }
    }
}
