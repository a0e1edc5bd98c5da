package cn.gongkai.kiosk.speech;

/**
 * The two-note chime before an announcement (a soft "ding-dong", like a station's), made in
 * code so nothing needs shipping or licensing: two sine tones with a bell-like decay.
 */
public final class Chime {
    private Chime() {
    }

    public static Pcm dingDong() {
        int n = Pcm.RATE * 9 / 10;
        short[] s = new short[2 * n];
        tone(s, 0, n, 784.0);      // G5
        tone(s, n, n, 622.3);      // D#5, a major third below: a pleasant fall
        return new Pcm(Pcm.RATE, s);
    }

    private static void tone(short[] out, int from, int length, double hz) {
        for (int i = 0; i < length; i++) {
            double t = (double) i / Pcm.RATE;
            double envelope = Math.min(1.0, t * 200) * Math.exp(-3.2 * t);
            double v = Math.sin(2 * Math.PI * hz * t) + 0.3 * Math.sin(4 * Math.PI * hz * t);
            out[from + i] = (short) (9000 * envelope * v);
        }
    }
}
