package cn.gongkai.kiosk.config;

import cn.gongkai.kiosk.domain.RegionCode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The kiosk's configuration (kiosk-config/kiosk.json), validated.
 *
 * @param siteName    where the kiosk stands, shown in the footer (石鼻镇便民服务中心)
 * @param areaName    the area it serves, shown in the home title (安义县石鼻镇)
 * @param region      the area's region code; decides which content is shown
 * @param dataDir     data directory, empty for the per-user default
 * @param demoContent load the embedded demo content when the kiosk has none
 */
public record KioskConfig(String siteName, String areaName, RegionCode region, ZoneId timeZone,
                          Display display, Optional<Path> dataDir, boolean demoContent) {

    /**
     * @param fullScreen   undecorated full-screen (false only for development)
     * @param seniorsMode  start in seniors' mode (长辈版)
     * @param screen       index of the screen to use; 0 is the primary screen
     */
    public record Display(boolean fullScreen, boolean seniorsMode, int screen) { }
}
