package cn.gongkai.kiosk.speech;

import org.junit.jupiter.api.Assumptions;

/**
 * The real engines for tests. eSpeak NG comes from Debian's packages: without it the Mandarin
 * tests are skipped on a developer's machine, but fail in CI (KIOSK_REQUIRE_ESPEAK=1), which
 * installs it.
 */
final class Engines {
    private static final EspeakSynthesizer ESPEAK = new EspeakSynthesizer();

    private Engines() {
    }

    static EspeakSynthesizer espeak() {
        if (!ESPEAK.available()) {
            if ("1".equals(System.getenv("KIOSK_REQUIRE_ESPEAK"))) {
                throw new AssertionError("eSpeak NG is required here but does not work: " + ESPEAK.problem());
            }
            Assumptions.abort("eSpeak NG not installed (apt-get install espeak-ng): " + ESPEAK.problem());
        }
        return ESPEAK;
    }
}
