package cn.gongkai.kiosk.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/** What holds for the output of {@link ChineseFrontEnd#prepare} whatever the input. */
final class FrontEndAssertions {
    /** Syllables with a tone number and the marks "," and ".", single spaces between. */
    static final Pattern MANDARIN = Pattern.compile("(?:[a-z]+[1-5]|[,.])(?: (?:[a-z]+[1-5]|[,.]))*");
    /** English words for FreeTTS: letters, single spaces, an apostrophe inside a word. */
    static final Pattern LATIN = Pattern.compile("[A-Za-z']+(?: [A-Za-z']+)*");

    private FrontEndAssertions() {
    }

    static void assertWellFormed(String text, List<Sentence> sentences) {
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertThat(s.display()).as("display").isNotBlank();
            assertThat(s.start()).as("sentences in order, not overlapping").isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(s.start(), s.start() + s.display().length())).isEqualTo(s.display());
            previousEnd = s.start() + s.display().length();
            assertThat(s.display().strip()).as("no blanks around a sentence").isEqualTo(s.display());
            for (Segment g : s.segments()) {
                Pattern p = g.script() == Segment.Script.MANDARIN ? MANDARIN : LATIN;
                assertThat(g.spoken()).as("%s in %s", g.script(), s.display()).matches(p);
                if (g.script() == Segment.Script.MANDARIN) {
                    assertThat(g.spoken()).as("a MANDARIN segment says something").matches("[a-z].*");
                }
            }
        }
    }
}
