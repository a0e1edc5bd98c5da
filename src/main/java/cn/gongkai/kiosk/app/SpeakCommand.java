package cn.gongkai.kiosk.app;

import cn.gongkai.kiosk.speech.Pcm;
import cn.gongkai.kiosk.speech.Speaker;
import cn.gongkai.kiosk.speech.SpeechException;
import cn.gongkai.kiosk.speech.Speed;
import cn.gongkai.kiosk.speech.play.AudioSink;
import cn.gongkai.kiosk.speech.play.Sinks;
import cn.gongkai.kiosk.util.DurableFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiosk speak TEXT}: what the kiosk would say, played or written to a WAV file. */
@Command(name = "speak", mixinStandardHelpOptions = true,
        description = "Speak a text in Mandarin as the kiosk reads it (numbers, dates, document numbers read properly),"
                + " to the audio device or, with --out, into a WAV file.")
final class SpeakCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "The text (Chinese, with any digits and Latin words).")
    String text;

    @Option(names = "--out", paramLabel = "FILE.wav", description = "Write a WAV file instead of playing.")
    Path out;

    @Option(names = "--slow", description = "Slow speed, as villagers can choose.")
    boolean slow;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        Speaker speaker = Speaker.standard();
        try {
            Pcm pcm = speaker.text(text, slow ? Speed.SLOW : Speed.NORMAL);
            if (out != null) {
                DurableFiles.write(out, pcm.toWav());
                w.printf("%s: %.2f s of speech%n", out, pcm.duration().toMillis() / 1000.0);
            } else {
                try (AudioSink sink = Sinks.system()) {
                    sink.write(pcm.samples(), 0, pcm.samples().length);
                    sink.drain();
                    w.printf("spoke %.2f s through %s%n", pcm.duration().toMillis() / 1000.0, sink.describe());
                }
            }
            return 0;
        } catch (SpeechException e) {
            spec.commandLine().getErr().println("kiosk speak: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.EXIT_NOT_FOUND;
        } catch (IOException e) {
            spec.commandLine().getErr().println("kiosk speak: cannot write " + out + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.EXIT_CONFIG;
        } finally {
            w.flush();
        }
    }
}
