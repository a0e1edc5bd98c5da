package cn.gongkai.kiosk.config;

import cn.gongkai.kiosk.domain.QuietHours;
import cn.gongkai.kiosk.domain.RegionCode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk's configuration (kiosk-config/kiosk.json), validated.
 *
 * @param siteName    where the kiosk stands, shown in the footer (石鼻镇便民服务中心)
 * @param areaName    the area it serves, shown in the home title (安义县石鼻镇)
 * @param region      the area's region code; decides which content is shown
 * @param dataDir     data directory, empty for the per-user default
 * @param demoContent load the embedded demo content when the kiosk has none (its demo key is
 *                    trusted for that embedded copy only, never for a network or USB feed)
 * @param feed        where the county feed is and which keys may sign it
 * @param broadcast   whether the hall broadcasts play, and when the hall must stay quiet
 * @param villages    the villages of the kiosk's township, 12-digit code to name: where staff
 *                    may publish village content (empty: township content only)
 */
public record KioskConfig(String siteName, String areaName, RegionCode region, ZoneId timeZone,
                          Display display, Optional<Path> dataDir, boolean demoContent, Feed feed,
                          Broadcast broadcast, java.util.SortedMap<String, String> villages) {

    /**
     * @param enabled    play scheduled broadcasts on this kiosk
     * @param quietHours when normal broadcasts are skipped (urgent ones still play)
     */
    public record Broadcast(boolean enabled, QuietHours quietHours) {
        public static Broadcast defaults() {
            return new Broadcast(true, QuietHours.none());
        }
    }

    /**
     * @param url          the feed folder on the county's web server; empty for USB-only kiosks
     * @param trustedKeys  public key files (resolved against the config folder) the feed may be signed with
     * @param interval     time between automatic syncs while the kiosk runs (jitter is added)
     */
    public record Feed(Optional<URI> url, List<Path> trustedKeys, Duration interval) {
        public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(60);

        public static Feed none() {
            return new Feed(Optional.empty(), List.of(), DEFAULT_INTERVAL);
        }
    }

    /**
     * @param fullScreen   undecorated full-screen (false only for development)
     * @param seniorsMode  start in seniors' mode (长辈版)
     * @param screen       index of the screen to use; 0 is the primary screen
     */
    /**
     * @param idleWarning   untouched this long, the kiosk shows the 继续 warning
     * @param idleCountdown then resets to the home screen after this countdown
     */
    public record Display(boolean fullScreen, boolean seniorsMode, int screen, java.time.Duration idleWarning,
                          java.time.Duration idleCountdown, ScreenHours hours) {
        public static final java.time.Duration IDLE_WARNING = java.time.Duration.ofSeconds(60);
        public static final java.time.Duration IDLE_COUNTDOWN = java.time.Duration.ofSeconds(20);

        public Display(boolean fullScreen, boolean seniorsMode, int screen) {
            this(fullScreen, seniorsMode, screen, IDLE_WARNING, IDLE_COUNTDOWN, ScreenHours.ALWAYS);
        }
    }

    /**
     * When the screen is on: outside {@code on} (office hours; empty means always), an idle kiosk
     * dims its screen, or blanks it, until touched. Broadcasts do not depend on the screen.
     */
    public record ScreenHours(QuietHours on, boolean blank) {
        public static final ScreenHours ALWAYS = new ScreenHours(QuietHours.none(), false);

        public boolean offAt(java.time.LocalTime time) {
            return !on.isEmpty() && !on.contains(time);
        }
    }
}
