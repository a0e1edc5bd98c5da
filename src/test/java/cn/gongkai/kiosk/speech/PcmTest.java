package cn.gongkai.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audio value every engine and sink shares: WAV in and out, resampling, volume. */
class PcmTest {
    private static Pcm tone(int rate, int millis) {
        short[] s = new short[rate * millis / 1000];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate));
        }
        return new Pcm(rate, s);
    }

    @Test
    void wavRoundTripKeepsEverySample() throws Exception {
        Pcm p = tone(Pcm.RATE, 200);
        Pcm back = Pcm.fromWav(p.toWav());
        assertThat(back.sampleRate()).isEqualTo(Pcm.RATE);
        assertThat(back.samples()).isEqualTo(p.samples());
        assertThat(back.duration()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void readsTheStreamingHeaderESpeakWritesToAPipe() throws Exception {
        byte[] wav = tone(22_050, 100).toWav();
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, 0x7fffffff);
        b.putInt(40, 0x7fffffff); // data size unknown while streaming
        assertThat(Pcm.fromWav(wav).samples()).hasSize(2205);
    }

    @Test
    void stereoIsMixedDownAndOtherFormatsAreRefusedInWords() throws Exception {
        Pcm mono = tone(16_000, 50);
        byte[] mwav = mono.toWav();
        ByteBuffer data = ByteBuffer.allocate(mono.samples().length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : mono.samples()) {
            data.putShort(s).putShort(s);
        }
        ByteBuffer st = ByteBuffer.allocate(44 + data.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        st.put(mwav, 0, 44).putShort(22, (short) 2).putInt(28, 16_000 * 4).putShort(32, (short) 4)
                .putInt(40, data.capacity()).position(44);
        st.put(data.array());
        assertThat(Pcm.fromWav(st.array()).samples()).isEqualTo(mono.samples());

        assertThatThrownBy(() -> Pcm.fromWav("ID3 not a wav at all".getBytes())).isInstanceOf(SpeechException.class)
                .hasMessageContaining("not a WAV");
        byte[] eightBit = mono.toWav();
        ByteBuffer.wrap(eightBit).order(ByteOrder.LITTLE_ENDIAN).putShort(34, (short) 8);
        assertThatThrownBy(() -> Pcm.fromWav(eightBit)).hasMessageContaining("16-bit");
    }

    @Test
    void resamplingKeepsTheDurationAndConcatenationTheOrder() {
        Pcm freetts = tone(16_000, 400);
        Pcm resampled = freetts.resampled(Pcm.RATE);
        assertThat(resampled.duration().toMillis()).isBetween(398L, 401L);
        assertThat(resampled.rms()).isCloseTo(freetts.rms(), org.assertj.core.data.Percentage.withPercentage(3));
        Pcm joined = Pcm.concat(List.of(tone(Pcm.RATE, 100), Pcm.silence(Duration.ofMillis(50)), freetts));
        assertThat(joined.duration().toMillis()).isBetween(548L, 551L);
        assertThat(joined.samples()[Pcm.RATE / 10 + 100]).isZero();
    }

    @Test
    void volumeScalesWithoutWrappingRound() {
        Pcm loud = new Pcm(Pcm.RATE, new short[] {Short.MAX_VALUE, Short.MIN_VALUE, 1000});
        assertThat(loud.scaled(0.5).samples()).containsExactly((short) 16384, (short) -16384, (short) 500);
        assertThat(loud.scaled(1.0)).isSameAs(loud);
    }
}
