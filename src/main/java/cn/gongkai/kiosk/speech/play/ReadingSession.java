package cn.gongkai.kiosk.speech.play;

import cn.gongkai.kiosk.speech.Pcm;
import cn.gongkai.kiosk.speech.SpeechException;
import cn.gongkai.kiosk.speech.Speaker;
import cn.gongkai.kiosk.speech.Speed;
import cn.gongkai.kiosk.speech.text.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One reading aloud: sentence by sentence, the next one synthesized while the current one plays,
 * so the first sound comes after one sentence's synthesis (tens of milliseconds) whatever the
 * length of the document. Tells its listener which sentence is being heard, for the highlight.
 * Pause keeps the place within the sentence; a broadcast interrupting it makes it start that
 * sentence again afterwards.
 */
public final class ReadingSession {
    private static final Logger LOG = Logger.getLogger(ReadingSession.class.getName());
    /** 50 ms chunks: pause and stop take effect within about that. */
    private static final int CHUNK = Pcm.RATE / 20;

    /** Told on the reading thread; a UI hops to its own thread. */
    public interface Listener {
        void sentence(int index);

        void finished(boolean completed);

        default void problem(String message) {
        }
    }

    public enum State { READING, PAUSED, STOPPED, FINISHED }

    private final Speaker speaker;
    private final List<Sentence> sentences;
    private final Optional<Pcm> recording;
    private final AudioSink sink;
    private final Executor synthesis;
    private final Listener listener;
    private volatile Speed speed;
    private volatile double volume;
    private State state = State.READING;
    private boolean restartSentence;
    private Thread thread;

    /**
     * @param recording the county's recording of this text; played instead of synthesis
     */
    public ReadingSession(Speaker speaker, List<Sentence> sentences, Optional<Pcm> recording, AudioSink sink,
                          Executor synthesis, Speed speed, double volume, Listener listener) {
        this.speaker = speaker;
        this.sentences = List.copyOf(sentences);
        this.recording = recording;
        this.sink = sink;
        this.synthesis = synthesis;
        this.speed = speed;
        this.volume = volume;
        this.listener = listener;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public boolean recorded() {
        return recording.isPresent();
    }

    public synchronized ReadingSession start() {
        thread = new Thread(this::run, "reading");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized void pause() {
        if (state == State.READING) {
            state = State.PAUSED;
            sink.discard();
        }
    }

    public synchronized void resume() {
        if (state == State.PAUSED) {
            state = State.READING;
            notifyAll();
        }
    }

    /**
     * Pauses for a broadcast; {@link #resume()} then starts the interrupted sentence again.
     *
     * @return whether it was reading (a reading the villager paused stays paused afterwards)
     */
    public synchronized boolean interrupt() {
        if (state == State.READING) {
            restartSentence = true;
            pause();
            return true;
        }
        return false;
    }

    public synchronized void stop() {
        if (state != State.FINISHED) {
            state = State.STOPPED;
            sink.discard();
            notifyAll();
        }
    }

    /** From the next sentence on. */
    public void speed(Speed s) {
        this.speed = s;
    }

    public void volume(double v) {
        this.volume = Math.max(0, Math.min(1, v));
    }

    /** Waits for the reading to end (tests, the command line). */
    public void join() throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join();
        }
    }

    private void run() {
        boolean completed = false;
        try {
            completed = recording.isPresent() ? playRecording() : readSentences();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading failed", e);
            listener.problem(e.getMessage());
        } finally {
            synchronized (this) {
                if (state != State.STOPPED) {
                    state = State.FINISHED;
                }
            }
            sink.drain();
            listener.finished(completed);
        }
    }

    private boolean playRecording() throws InterruptedException {
        listener.sentence(0);
        return play(recording.get());
    }

    private boolean readSentences() throws InterruptedException {
        CompletableFuture<Pcm> next = synth(0);
        for (int i = 0; i < sentences.size(); i++) {
            Pcm pcm;
            try {
                pcm = next.get();
            } catch (ExecutionException e) {
                String why = e.getCause() instanceof SpeechException se ? se.getMessage() : String.valueOf(e.getCause());
                LOG.warning("sentence " + i + " could not be spoken: " + why);
                listener.problem(why);
                return false;
            }
            next = synth(i + 1); // the next sentence is made while this one plays
            listener.sentence(i);
            while (true) {
                boolean done = play(pcm);
                if (!done && isStopped()) {
                    next.cancel(true);
                    return false;
                }
                if (done) {
                    break;
                }
                // interrupted by a broadcast: the same sentence again, from its start
            }
        }
        return true;
    }

    private CompletableFuture<Pcm> synth(int index) {
        if (index >= sentences.size()) {
            return CompletableFuture.completedFuture(null);
        }
        Sentence s = sentences.get(index);
        Speed sp = speed;
        return CompletableFuture.supplyAsync(() -> {
            if (s.silent()) {
                return new Pcm(Pcm.RATE, new short[0]);
            }
            try {
                return speaker.sentence(s, sp);
            } catch (SpeechException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, synthesis);
    }

    /** Plays one clip; true when it played to its end, false when stopped or interrupted. */
    private boolean play(Pcm pcm) throws InterruptedException {
        short[] samples = pcm.samples();
        int pos = 0;
        while (pos < samples.length) {
            synchronized (this) {
                while (state == State.PAUSED) {
                    wait();
                }
                if (state == State.STOPPED) {
                    return false;
                }
                if (restartSentence) {
                    restartSentence = false;
                    return false;
                }
            }
            int n = Math.min(CHUNK, samples.length - pos);
            short[] chunk = java.util.Arrays.copyOfRange(samples, pos, pos + n);
            sink.write(new Pcm(Pcm.RATE, chunk).scaled(volume).samples(), 0, n);
            pos += n;
        }
        return true;
    }

    private synchronized boolean isStopped() {
        return state == State.STOPPED;
    }
}
