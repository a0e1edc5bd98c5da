package cn.gongkai.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mandarin through eSpeak NG's {@code cmn-latn-pinyin} voice, fed tone-numbered pinyin (its
 * {@code cmn} voice misreads characters: speech.md). A separate process per sentence: a crash
 * cannot take the kiosk with it, a reading is cancelled by killing it, and the GPL program stays
 * a separate program. One sentence takes 20-45 ms.
 */
public final class EspeakSynthesizer implements Synthesizer {
    static final String VOICE = "cmn-latn-pinyin";
    private static final long TIMEOUT_SECONDS = 20;

    private final String executable;
    private volatile Boolean available;
    private volatile String problem = "";

    public EspeakSynthesizer() {
        this(findExecutable());
    }

    /** @param executable the espeak-ng program to run (the doctor and tests name a missing one) */
    public EspeakSynthesizer(String executable) {
        this.executable = executable;
    }

    private static String findExecutable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, "espeak-ng");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return "espeak-ng";
    }

    @Override
    public String name() {
        return "espeak-ng " + VOICE;
    }

    @Override
    public boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    @Override
    public String problem() {
        return problem;
    }

    private boolean probe() {
        try {
            Pcm p = synthesize("ni3 hao3", Speed.NORMAL);
            if (p.samples().length == 0) {
                problem = "eSpeak NG produced no sound for the " + VOICE + " voice";
                return false;
            }
            return true;
        } catch (SpeechException e) {
            problem = e.getMessage();
            return false;
        }
    }

    @Override
    public Pcm synthesize(String spoken, Speed speed) throws SpeechException {
        ProcessBuilder pb = new ProcessBuilder(List.of(executable, "-v", VOICE, "-s",
                Integer.toString(speed.wordsPerMinute()), "--stdout"));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new SpeechException("eSpeak NG is not installed (apt-get install espeak-ng)", e);
        }
        try {
            try (OutputStream in = p.getOutputStream()) {
                in.write(spoken.getBytes(StandardCharsets.UTF_8));
            }
            byte[] wav;
            try (InputStream out = p.getInputStream()) {
                wav = out.readAllBytes();
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new SpeechException("eSpeak NG did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new SpeechException("eSpeak NG failed (exit " + p.exitValue() + "); is the " + VOICE
                        + " voice installed?");
            }
            return Pcm.fromWav(wav);
        } catch (IOException e) {
            throw new SpeechException("eSpeak NG: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException("reading cancelled", e);
        } finally {
            p.destroyForcibly();
        }
    }
}
