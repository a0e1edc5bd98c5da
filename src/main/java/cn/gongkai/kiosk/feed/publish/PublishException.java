package cn.gongkai.kiosk.feed.publish;

import java.util.List;

/** Nothing was published; {@link #problems()} lists every reason (row errors, bad records, bad options). */
public final class PublishException extends Exception {
    private final List<String> problems;

    public PublishException(String summary, List<String> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public PublishException(String message) {
        this(message, List.of());
    }

    public List<String> problems() {
        return problems;
    }
}
