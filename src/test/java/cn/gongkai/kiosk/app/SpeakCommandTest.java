package cn.gongkai.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.kiosk.speech.EspeakSynthesizer;
import cn.gongkai.kiosk.speech.Pcm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `kiosk speak TEXT --out FILE.wav`: what the kiosk would say, written down. */
class SpeakCommandTest {
    @TempDir
    Path tmp;

    private static int run(StringWriter out, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return cl.execute(args);
    }

    @Test
    void writesANonSilentWavWhoseLengthFitsTheText() throws Exception {
        EspeakSynthesizer espeak = new EspeakSynthesizer();
        if (!espeak.available()) {
            if ("1".equals(System.getenv("KIOSK_REQUIRE_ESPEAK"))) {
                throw new AssertionError(espeak.problem());
            }
            Assumptions.abort("eSpeak NG not installed");
        }
        Path shortWav = tmp.resolve("short.wav");
        Path longWav = tmp.resolve("long.wav");
        StringWriter out = new StringWriter();
        assertThat(run(out, "speak", "办事请到二楼。", "--out", shortWav.toString())).as(out.toString()).isZero();
        assertThat(run(out, "speak", "国办发〔2019〕54号文件规定，2026年补贴标准提高到每人每月120元，咨询电话0791-83421234。",
                "--out", longWav.toString())).as(out.toString()).isZero();
        Pcm s = Pcm.fromWav(Files.readAllBytes(shortWav));
        Pcm l = Pcm.fromWav(Files.readAllBytes(longWav));
        assertThat(s.rms()).isGreaterThan(500);
        assertThat(s.duration().toMillis()).isBetween(1_200L, 6_000L);     // 6 syllables
        assertThat(l.duration().toMillis()).isBetween(15_000L, 60_000L);   // about 60 syllables
        assertThat(out.toString()).contains("s of speech");
    }
}
