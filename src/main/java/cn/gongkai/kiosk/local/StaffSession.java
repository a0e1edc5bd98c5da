package cn.gongkai.kiosk.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A staff member at the console. It ends two minutes after the last touch (the console calls
 * {@link #touch()} on every input), when closed, or when the kiosk resets after idling; a closed
 * session stays closed.
 */
public final class StaffSession {
    public static final Duration IDLE = Duration.ofMinutes(2);

    private final StaffAccess.Staff staff;
    private final Clock clock;
    private Instant lastTouch;
    private boolean closed;

    StaffSession(StaffAccess.Staff staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
        this.lastTouch = clock.instant();
    }

    public StaffAccess.Staff staff() {
        return staff;
    }

    public synchronized boolean isOpen() {
        if (!closed && Duration.between(lastTouch, clock.instant()).compareTo(IDLE) >= 0) {
            closed = true;
        }
        return !closed;
    }

    /** Counts as activity; no effect once the session has ended. */
    public synchronized void touch() {
        if (isOpen()) {
            lastTouch = clock.instant();
        }
    }

    public synchronized void close() {
        closed = true;
    }

    /** Throws unless the session is open; what every change checks first (and counts as activity). */
    void require() {
        if (!isOpen()) {
            throw new LocalContentException("工作人员登录已超时，请重新输入密码。");
        }
        touch();
    }
}
