package cn.gongkai.kiosk.speech.text;

import java.util.List;

/**
 * One sentence as shown and as spoken.
 *
 * <p>As {@link ChineseFrontEnd#prepare} makes them: {@code display} has no blanks around it,
 * sentences come in source order without overlapping, and silent ones are kept (the reader
 * skips them).
 *
 * @param display  the sentence exactly as it appears in the source text (what the screen
 *                 highlights while it is read), including its closing punctuation
 * @param start    its offset in the source text
 * @param segments what is spoken, in order; empty when nothing in it can be said (only
 *                 punctuation, emoji, masked digits)
 */
public record Sentence(String display, int start, List<Segment> segments) {
    public Sentence {
        segments = List.copyOf(segments);
    }

    public boolean silent() {
        return segments.isEmpty();
    }
}
