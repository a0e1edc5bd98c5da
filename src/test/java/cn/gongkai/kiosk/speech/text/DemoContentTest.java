package cn.gongkai.kiosk.speech.text;

import static cn.gongkai.kiosk.speech.text.FrontEndAssertions.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every text of the shipped demo content goes through the front end. */
class DemoContentTest {
    private static final Path CONTENT = Path.of("assets/demo/content");
    private static List<String> texts;
    private final ChineseFrontEnd frontEnd = new ChineseFrontEnd();

    @BeforeAll
    static void readContent() throws IOException {
        texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                collect(JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)), texts);
            }
        }
    }

    private static void collect(JsonElement e, List<String> out) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            out.add(e.getAsString());
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collect(x, out));
        } else if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(x -> collect(x.getValue(), out));
        }
    }

    @Test
    void everyTextIsPreparedWellFormed() {
        assertThat(texts).as("the demo content was found").hasSizeGreaterThan(1_000);
        int mandarin = 0;
        int latin = 0;
        for (String text : texts) {
            List<Sentence> sentences = frontEnd.prepare(text);
            assertWellFormed(text, sentences);
            for (Sentence s : sentences) {
                assertThat(frontEnd.normalize(s.display())).as(s.display()).doesNotContainPattern("[0-9*%¥]");
                for (Segment g : s.segments()) {
                    if (g.script() == Segment.Script.MANDARIN) {
                        mandarin++;
                    } else {
                        latin++;
                    }
                }
            }
            boolean hasHanzi = text.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (hasHanzi) {
                assertThat(sentences).as(text).anyMatch(s -> !s.silent());
            }
        }
        assertThat(mandarin).isGreaterThan(3_000);
        assertThat(latin).isGreaterThan(0);
    }

    @Test
    void noFullIdOrAccountNumberIsReadWhenMasked() {
        // The importer masks beneficiaries (domain.Masking); masked, they must not be read at all.
        for (String masked : List.of("3601**********569X", "***************3900", "邹*国")) {
            List<Sentence> s = frontEnd.prepare(masked);
            assertThat(s.stream().flatMap(x -> x.segments().stream()).map(Segment::spoken).toList())
                    .as(masked).allSatisfy(spoken -> assertThat(spoken).doesNotContain("jiu3").doesNotContain("ling2"));
        }
    }

    @Test
    void givesTheSameResultFromManyThreads() throws Exception {
        String all = String.join("\n", texts);
        List<Sentence> expected = frontEnd.prepare(all);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Sentence>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> new ChineseFrontEnd().prepare(all)));
            }
            for (Future<List<Sentence>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Informal throughput over the whole demo content after warm-up. Measured here at several
     * hundred thousand characters a second; the bound is far below and only catches a gross
     * regression, since the build machine may be busy.
     */
    @Test
    void preparesWellOverTwentyThousandCharactersASecond() {
        String all = String.join("\n", texts);
        for (int i = 0; i < 3; i++) {
            frontEnd.prepare(all);
        }
        long t0 = System.nanoTime();
        int rounds = 5;
        for (int i = 0; i < rounds; i++) {
            frontEnd.prepare(all);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double perSecond = rounds * all.length() / seconds;
        System.out.printf("front end: %,.0f characters/s over %,d characters%n", perSecond, all.length());
        assertThat(perSecond).isGreaterThan(20_000);
    }
}
