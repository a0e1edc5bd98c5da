package cn.gongkai.kiosk.bench;

import cn.gongkai.kiosk.domain.CatalogItem;
import cn.gongkai.kiosk.domain.ContentSet;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.Notice;
import cn.gongkai.kiosk.domain.Policy;
import cn.gongkai.kiosk.feed.ContentFolder;
import cn.gongkai.kiosk.speech.Pcm;
import cn.gongkai.kiosk.speech.Speaker;
import cn.gongkai.kiosk.speech.SpeechService;
import cn.gongkai.kiosk.speech.Speed;
import cn.gongkai.kiosk.speech.play.AudioSink;
import cn.gongkai.kiosk.speech.play.ReadingSession;
import cn.gongkai.kiosk.speech.play.Sinks;
import cn.gongkai.kiosk.speech.text.ChineseFrontEnd;
import cn.gongkai.kiosk.speech.text.Segment;
import cn.gongkai.kiosk.speech.text.Sentence;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Read-aloud (issue #4). Prints:
 * <ol>
 *   <li>tap to first audio sample: from calling {@link SpeechService#read} to the moment the
 *       sink's {@code write} receives its first samples, for a ~2,000-character policy text
 *       (goal <= 150 ms): p50/p95/max over N taps after the app's own warm-up
 *       ({@link ChineseFrontEnd#warmUp()} and the eSpeak NG probe, which is one synthesis); and
 *       once in a fresh JVM with no warm-up (a child process: {@code --cold});</li>
 *   <li>synthesis real-time factor for Mandarin (goal <= 0.02): {@link Speaker#sentence} time over
 *       the audio it returns, every sentence of the three longest demo policies, normal speed,
 *       one eSpeak NG process per sentence as the app does it; then where a sentence's time goes
 *       (process start, eSpeak's work, WAV parsing) and eSpeak's own speed with one process for
 *       all those sentences;</li>
 *   <li>front end throughput: characters per second of {@link ChineseFrontEnd#prepare} over every
 *       demo text the screens read, warm, median of several rounds.</li>
 * </ol>
 * Texts are exactly what the screens read aloud: {@code ui.screen.Spoken} (package-private) is
 * called reflectively.
 *
 * <p>Usage: java -cp CP cn.gongkai.kiosk.bench.SpeechBenchmark REPO [TAPS] (or REPO --cold)
 */
public final class SpeechBenchmark {
    private static final int TARGET_CHARS = 2_000;
    private static final int FRONT_END_ROUNDS = 20;
    private static final int RTF_PASSES = 3;
    /** Between taps: the look-ahead sentence's eSpeak process ends, as when a villager taps. */
    private static final long PAUSE_BETWEEN_TAPS_MS = 600;
    /** The reading panel's default volume: the samples are scaled, as in the app. */
    private static final double VOLUME = 0.8;

    private SpeechBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        if (args.length > 1 && args[1].equals("--cold")) {
            cold(repo);
            System.exit(0);
        }
        int taps = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.out.println("load average at start: " + loadAverage());

        // 0. Cold, first, in its own JVM while this one is idle.
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SpeechBenchmark.class.getName(), repo.toString(), "--cold")
                .inheritIO().start();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("cold run failed");
        }

        ContentSet demo = ContentFolder.read(repo.resolve("assets/demo/content"));
        Speaker speaker = Speaker.standard();
        AtomicReference<TapSink> lastSink = new AtomicReference<>();
        SpeechService service = new SpeechService(speaker, () -> {
            TapSink s = new TapSink();
            lastSink.set(s);
            return s;
        }, id -> Optional.empty());

        // The app's warm-up (Main: in the background at start-up): the front end, and the eSpeak
        // NG probe, which synthesizes "ni3 hao3" once.
        long w0 = System.nanoTime();
        ChineseFrontEnd.warmUp();
        long w1 = System.nanoTime();
        if (!service.mandarinAvailable()) {
            throw new IllegalStateException("no Mandarin engine: " + speaker.mandarin().problem());
        }
        long w2 = System.nanoTime();
        System.out.printf("app warm-up: ChineseFrontEnd.warmUp() %.0f ms, eSpeak NG probe (one synthesis) %.0f ms%n",
                ms(w1 - w0), ms(w2 - w1));

        tapToFirstSample(demo, speaker, service, lastSink, taps);
        realTimeFactor(demo, speaker);
        frontEndThroughput(demo, speaker.frontEnd());
        service.close();
        System.out.println("load average at end: " + loadAverage());
        System.exit(0);
    }

    // ---- 1. tap to first sample ----

    private static void tapToFirstSample(ContentSet demo, Speaker speaker, SpeechService service,
                                         AtomicReference<TapSink> lastSink, int taps) throws Exception {
        TapText t = tapText(demo);
        System.out.printf("== tap to first audio sample (goal <= 150 ms)%n");
        System.out.printf("text: %s: %,d characters, %d sentences; first sentence \"%s\"%n", t.what, t.text.length(),
                speaker.prepare(t.text).size(), firstSpoken(speaker, t.text).display());
        List<Double> total = new ArrayList<>();
        List<Double> readCall = new ArrayList<>();
        for (int i = 0; i < taps; i++) {
            double[] r = tap(service, lastSink, t.text, t.recordId);
            total.add(r[0]);
            readCall.add(r[1]);
        }
        System.out.printf("warm, %d taps: p50 %.1f ms, p95 %.1f ms, max %.1f ms (min %.1f)%n", taps, pct(total, 50),
                pct(total, 95), Collections.max(total), Collections.min(total));
        System.out.printf("  of which SpeechService.read() returning (front end over the whole text, session start):"
                + " p50 %.1f ms, max %.1f ms%n", pct(readCall, 50), Collections.max(readCall));
        List<Double> prep = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        Sentence s0 = firstSpoken(speaker, t.text);
        long audio = 0;
        for (int i = 0; i < taps; i++) {
            long a = System.nanoTime();
            speaker.prepare(t.text);
            long b = System.nanoTime();
            Pcm p = speaker.sentence(s0, Speed.NORMAL);
            long c = System.nanoTime();
            prep.add(ms(b - a));
            first.add(ms(c - b));
            audio = p.duration().toMillis();
        }
        System.out.printf("  alone: front end prepare() of the text p50 %.1f ms; first sentence's synthesis"
                + " (Speaker.sentence, %d ms of audio) p50 %.1f ms, max %.1f ms%n", pct(prep, 50), audio, pct(first, 50),
                Collections.max(first));

        // The whole longest policy, to show the latency does not grow with the document.
        Policy longest = policiesByLength(demo).get(0);
        String whole = spoken("policy", Policy.class, longest);
        List<Double> wholeTaps = new ArrayList<>();
        for (int i = 0; i < Math.max(5, taps / 2); i++) {
            wholeTaps.add(tap(service, lastSink, whole, longest.id())[0]);
        }
        System.out.printf("whole longest policy %s (%,d characters), %d taps: p50 %.1f ms, max %.1f ms%n", longest.id(),
                whole.length(), wholeTaps.size(), pct(wholeTaps, 50), Collections.max(wholeTaps));

        // Not in the figures above: the app's sink supplier, Sinks.system(), runs inside read() at
        // every tap and opens the sound card (on a machine without one it falls back to a silent sink).
        List<Double> open = new ArrayList<>();
        String described = "";
        for (int i = 0; i < 5; i++) {
            long a = System.nanoTime();
            try (AudioSink s = Sinks.system()) {
                open.add(ms(System.nanoTime() - a));
                described = s.describe();
            }
        }
        System.out.printf("  not included: Sinks.system() as the app calls it per tap: median %.1f ms here (%s)%n",
                pct(open, 50), described);
    }

    /** One tap: {ms to the first sample, ms until read() returned}. */
    private static double[] tap(SpeechService service, AtomicReference<TapSink> lastSink, String text, String recordId)
            throws Exception {
        long t0 = System.nanoTime();
        ReadingSession session = service.read(text, Optional.of(recordId), Speed.NORMAL, VOLUME, new Quiet());
        long t1 = System.nanoTime();
        long first = lastSink.get().first.get(60, TimeUnit.SECONDS);
        session.stop();
        session.join();
        Thread.sleep(PAUSE_BETWEEN_TAPS_MS);
        return new double[] {ms(first - t0), ms(t1 - t0)};
    }

    /** Fresh JVM, nothing warmed: the first tap after start-up if the warm-up had not run. */
    private static void cold(Path repo) throws Exception {
        ContentSet demo = ContentFolder.read(repo.resolve("assets/demo/content"));
        TapText t = tapText(demo);
        AtomicReference<TapSink> lastSink = new AtomicReference<>();
        SpeechService service = new SpeechService(Speaker.standard(), () -> {
            TapSink s = new TapSink();
            lastSink.set(s);
            return s;
        }, id -> Optional.empty());
        long t0 = System.nanoTime();
        ReadingSession session = service.read(t.text, Optional.of(t.recordId), Speed.NORMAL, VOLUME, new Quiet());
        long t1 = System.nanoTime();
        long first = lastSink.get().first.get(60, TimeUnit.SECONDS);
        session.stop();
        System.out.printf("COLD (fresh JVM, no warm-up; content already loaded): tap to first sample %.0f ms"
                + " (read() returned after %.0f ms: HanLP load, front end, eSpeak NG probe)%n", ms(first - t0), ms(t1 - t0));
    }

    private record TapText(String what, String text, String recordId) { }

    /**
     * The policies' read-aloud texts, longest first, joined and cut after the first sentence end at
     * or beyond 2,000 characters (with the demo, the beginning of the longest policy).
     */
    private static TapText tapText(ContentSet demo) throws Exception {
        StringBuilder b = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (Policy p : policiesByLength(demo)) {
            b.append(spoken("policy", Policy.class, p));
            ids.add(p.id());
            if (b.length() >= TARGET_CHARS) {
                break;
            }
        }
        int cut = b.length();
        for (int i = TARGET_CHARS - 1; i < b.length(); i++) {
            if ("。！？；\n".indexOf(b.charAt(i)) >= 0) {
                cut = i + 1;
                break;
            }
        }
        String text = b.substring(0, cut);
        String what = "Spoken.policy(" + String.join(" + ", ids) + ")" + (cut < b.length() ? ", cut at a sentence end" : "");
        return new TapText(what, text, ids.get(0));
    }

    private static Sentence firstSpoken(Speaker speaker, String text) {
        return speaker.prepare(text).stream().filter(s -> !s.silent()).findFirst().orElseThrow();
    }

    // ---- 2. real-time factor ----

    private static void realTimeFactor(ContentSet demo, Speaker speaker) throws Exception {
        List<Policy> three = policiesByLength(demo).subList(0, 3);
        List<Sentence> sentences = new ArrayList<>();
        int chars = 0;
        for (Policy p : three) {
            String text = spoken("policy", Policy.class, p);
            chars += text.length();
            speaker.prepare(text).stream().filter(s -> !s.silent()).forEach(sentences::add);
        }
        long latin = sentences.stream().flatMap(s -> s.segments().stream())
                .filter(g -> g.script() == Segment.Script.LATIN).count();
        long gapMs = ((Duration) field(Speaker.class, "SENTENCE_GAP")).toMillis();
        System.out.printf("== synthesis real-time factor, Mandarin, normal speed (goal <= 0.02)%n");
        System.out.printf("text: the three longest demo policies (%s), %,d characters, %d spoken sentences"
                + " (%d Latin segments, FreeTTS)%n", three.stream().map(Policy::id).toList(), chars, sentences.size(), latin);
        for (int pass = 1; pass <= RTF_PASSES; pass++) {
            List<Double> each = new ArrayList<>();
            long synth = 0;
            long audioSamples = 0;
            for (Sentence s : sentences) {
                long a = System.nanoTime();
                Pcm p = speaker.sentence(s, Speed.NORMAL);
                long d = System.nanoTime() - a;
                synth += d;
                each.add(ms(d));
                audioSamples += p.samples().length;
            }
            double audioS = audioSamples / (double) Pcm.RATE;
            double speechS = audioS - sentences.size() * gapMs / 1000.0;
            System.out.printf("pass %d: synthesis %.2f s for %.1f s of audio: RTF %.4f (%.4f against the speech"
                    + " alone, without the %d ms pause after each sentence); per sentence p50 %.1f ms, p95 %.1f ms,"
                    + " max %.1f ms%n", pass, synth / 1e9, audioS, synth / 1e9 / audioS, synth / 1e9 / speechS, gapMs,
                    pct(each, 50), pct(each, 95), Collections.max(each));
        }
        processBreakdown(sentences);
    }

    /** Where one sentence's time goes: the same process EspeakSynthesizer runs, timed step by step. */
    private static void processBreakdown(List<Sentence> sentences) throws Exception {
        String espeak = espeakPath();
        List<String> mandarin = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Segment g : s.segments()) {
                if (g.script() == Segment.Script.MANDARIN) {
                    mandarin.add(g.spoken());
                }
            }
        }
        List<Double> spawn = new ArrayList<>();
        List<Double> toFirstByte = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        List<Double> exit = new ArrayList<>();
        List<Double> parse = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        long samples = 0;
        for (String spoken : mandarin) {
            long t0 = System.nanoTime();
            Process p = espeakProcess(espeak);
            long t1 = System.nanoTime();
            try (OutputStream in = p.getOutputStream()) {
                in.write(spoken.getBytes(StandardCharsets.UTF_8));
            }
            byte[] wav;
            long t2;
            try (InputStream out = p.getInputStream()) {
                int b0 = out.read();
                t2 = System.nanoTime();
                byte[] more = out.readAllBytes();
                wav = new byte[more.length + 1];
                wav[0] = (byte) b0;
                System.arraycopy(more, 0, wav, 1, more.length);
            }
            long t3 = System.nanoTime();
            p.waitFor();
            long t4 = System.nanoTime();
            Pcm pcm = Pcm.fromWav(wav);
            long t5 = System.nanoTime();
            samples += pcm.samples().length;
            spawn.add(ms(t1 - t0));
            toFirstByte.add(ms(t2 - t1));
            rest.add(ms(t3 - t2));
            exit.add(ms(t4 - t3));
            parse.add(ms(t5 - t4));
            whole.add(ms(t5 - t0));
        }
        double audioS = samples / (double) Pcm.RATE;
        System.out.printf("per eSpeak NG process (%d Mandarin segments, each as EspeakSynthesizer runs it), median ms:"
                + " start %.2f | to first WAV byte (eSpeak start-up, voice load, first chunk) %.2f | rest of the WAV"
                + " %.2f | exit %.2f | Pcm.fromWav %.2f | whole %.2f (p95 %.2f); sum %.2f s for %.1f s: RTF %.4f%n",
                mandarin.size(), pct(spawn, 50), pct(toFirstByte, 50), pct(rest, 50), pct(exit, 50), pct(parse, 50),
                pct(whole, 50), pct(whole, 95), sum(whole) / 1000, audioS, sum(whole) / 1000 / audioS);
        System.out.printf("  shares of the sum: start %.0f %%, to first byte %.0f %%, rest of WAV %.0f %%, exit %.0f %%,"
                + " parsing %.0f %%%n", 100 * sum(spawn) / sum(whole), 100 * sum(toFirstByte) / sum(whole),
                100 * sum(rest) / sum(whole), 100 * sum(exit) / sum(whole), 100 * sum(parse) / sum(whole));

        // A process that synthesizes nothing: the fixed cost of one eSpeak NG run.
        List<Double> empty = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            Process p = espeakProcess(espeak);
            p.getOutputStream().close();
            try (InputStream out = p.getInputStream()) {
                out.readAllBytes();
            }
            p.waitFor();
            empty.add(ms(System.nanoTime() - t0));
        }
        // All the sentences in one process: eSpeak NG's own synthesis speed.
        List<Double> batch = new ArrayList<>();
        long batchSamples = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Process p = espeakProcess(espeak);
            CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(String.join("\n", mandarin).getBytes(StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            byte[] wav;
            try (InputStream out = p.getInputStream()) {
                wav = out.readAllBytes();
            }
            feed.join();
            p.waitFor();
            batchSamples = Pcm.fromWav(wav).samples().length;
            batch.add(ms(System.nanoTime() - t0));
        }
        double batchAudio = batchSamples / (double) Pcm.RATE;
        System.out.printf("eSpeak NG with empty input (start, voice load, exit): median %.2f ms, min %.2f ms%n",
                pct(empty, 50), Collections.min(empty));
        System.out.printf("all %d segments in ONE process: median %.0f ms for %.1f s of audio: RTF %.4f"
                + " (eSpeak NG's synthesis alone)%n", mandarin.size(), pct(batch, 50), batchAudio,
                pct(batch, 50) / 1000 / batchAudio);
    }

    private static Process espeakProcess(String espeak) throws java.io.IOException {
        ProcessBuilder pb = new ProcessBuilder(List.of(espeak, "-v", "cmn-latn-pinyin", "-s",
                Integer.toString(Speed.NORMAL.wordsPerMinute()), "--stdout"));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static String espeakPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, "espeak-ng");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return "espeak-ng";
    }

    // ---- 3. front end throughput ----

    private static void frontEndThroughput(ContentSet demo, ChineseFrontEnd frontEnd) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Policy p : demo.policies()) {
            texts.add(spoken("policy", Policy.class, p));
        }
        for (Notice n : demo.notices()) {
            texts.add(spoken("notice", Notice.class, n));
        }
        for (FundDisclosure f : demo.funds()) {
            texts.add(spoken("fund", FundDisclosure.class, f));
        }
        for (CatalogItem i : demo.catalog()) {
            texts.add(spoken("item", CatalogItem.class, i));
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("== front end throughput%n");
        System.out.printf("text: every demo text the screens read (Spoken.policy/notice/fund/item: %d policies, %d notices,"
                + " %d fund disclosures, %d catalog items): %d texts, %,d characters%n", demo.policies().size(),
                demo.notices().size(), demo.funds().size(), demo.catalog().size(), texts.size(), chars);
        int sentences = 0;
        for (int i = 0; i < 5; i++) { // warm the JIT on exactly this work
            sentences = 0;
            for (String t : texts) {
                sentences += frontEnd.prepare(t).size();
            }
        }
        // Wall time is what a villager waits; the thread's CPU time shows the front end's own cost
        // when other programs take the machine's two cores.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        for (int r = 0; r < FRONT_END_ROUNDS; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (String t : texts) {
                frontEnd.prepare(t);
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            rates.add(chars / ((t1 - t0) / 1e9));
            cpuRates.add(chars / ((c1 - c0) / 1e9));
        }
        System.out.printf("%d sentences; %d rounds: median %,.0f characters/s (min %,.0f, max %,.0f);"
                + " a 2,000-character text in %.1f ms at the median%n", sentences, FRONT_END_ROUNDS, pct(rates, 50),
                Collections.min(rates), Collections.max(rates), 2000 / pct(rates, 50) * 1000);
        System.out.printf("  per CPU second of the preparing thread: median %,.0f characters/s (min %,.0f, max %,.0f)%n",
                pct(cpuRates, 50), Collections.min(cpuRates), Collections.max(cpuRates));
    }

    // ---- helpers ----

    private static List<Policy> policiesByLength(ContentSet demo) throws Exception {
        List<Policy> ps = new ArrayList<>(demo.policies());
        List<Integer> lengths = new ArrayList<>();
        for (Policy p : ps) {
            lengths.add(spoken("policy", Policy.class, p).length());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> -lengths.get(i)).thenComparing(i -> ps.get(i).id()));
        return order.stream().map(ps::get).toList();
    }

    /** What a screen reads aloud: {@code ui.screen.Spoken.<kind>(record)}, package-private, called reflectively. */
    private static String spoken(String kind, Class<?> type, Object record) throws Exception {
        Method m = Class.forName("cn.gongkai.kiosk.ui.screen.Spoken").getDeclaredMethod(kind, type);
        m.setAccessible(true);
        return (String) m.invoke(null, record);
    }

    private static Object field(Class<?> c, String name) throws Exception {
        java.lang.reflect.Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }

    /** Nearest-rank percentile. */
    private static double pct(List<Double> values, int p) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        if (p == 50 && s.size() % 2 == 0) {
            return (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1)));
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /**
     * Timestamps the first samples it receives, then takes real time like a sound card (so the
     * reading does not race ahead of what would be heard).
     */
    private static final class TapSink implements AudioSink {
        final CompletableFuture<Long> first = new CompletableFuture<>();

        @Override
        public void write(short[] samples, int offset, int length) {
            long now = System.nanoTime();
            if (!first.isDone()) {
                first.complete(now);
            }
            long nanos = length * 1_000_000_000L / Pcm.RATE;
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void discard() {
        }

        @Override
        public void drain() {
        }

        @Override
        public String describe() {
            return "benchmark sink";
        }

        @Override
        public void close() {
        }
    }

    private static final class Quiet implements ReadingSession.Listener {
        @Override
        public void sentence(int index) {
        }

        @Override
        public void finished(boolean completed) {
        }
    }
}
