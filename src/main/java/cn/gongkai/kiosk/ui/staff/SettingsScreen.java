package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.config.ConfigException;
import cn.gongkai.kiosk.config.KioskConfig;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.ui.KioskApplication;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * For admins: the settings that belong to the hall rather than to county IT (how long the kiosk
 * waits before it asks 还在使用吗？, when the screen is on, whether and when broadcasts play).
 * They are checked like kiosk.json, saved in the data folder, and take effect when the kiosk
 * restarts (立即重新启动: the launcher starts it again at once).
 */
final class SettingsScreen extends RecordForm {
    static final int[] WARN = {30, 60, 120, 300};
    static final int[] COUNTDOWN = {10, 20, 30};
    private final Runnable allowExit;

    SettingsScreen(UiContext ctx, Navigator nav, StaffSession session, Runnable allowExit) {
        super(ctx, nav, session, "screen-settings", Msg.get("settings.title"));
        this.allowExit = allowExit;
        KioskConfig c = ctx.config();
        choice("warn", Msg.get("settings.warn"), List.of("30秒", "1分钟", "2分钟", "5分钟"),
                index(WARN, (int) c.display().idleWarning().toSeconds(), 1));
        choice("countdown", Msg.get("settings.countdown"), List.of("10秒", "20秒", "30秒"),
                index(COUNTDOWN, (int) c.display().idleCountdown().toSeconds(), 1));
        text("screenOn", Msg.get("settings.screenOn"), false, "07:30-18:00");
        choice("outside", Msg.get("settings.outside"), List.of(Msg.get("settings.dim"), Msg.get("settings.blank")),
                c.display().hours().blank() ? 1 : 0);
        choice("broadcast", Msg.get("settings.broadcast"), List.of(Msg.get("settings.on"), Msg.get("settings.off")),
                c.broadcast().enabled() ? 0 : 1);
        text("quiet", Msg.get("settings.quiet"), false, "12:00-14:00 18:00-08:00");
        set("screenOn", String.join(" ", c.display().hours().on().texts()));
        set("quiet", String.join(" ", c.broadcast().quietHours().texts()));
        actionLabel(Msg.get("settings.save"));
        form.getChildren().add(1, StaffConsoleScreen.action("settings-restart", Msg.get("settings.restart"), this::restart));
    }

    private static int index(int[] values, int value, int fallback) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return fallback;
    }

    /** The preview step of other forms is the save here: the settings, checked, written. */
    @Override
    protected Object build() {
        JsonObject display = new JsonObject();
        display.addProperty("idleWarningSeconds", WARN[chosen("warn")]);
        display.addProperty("idleCountdownSeconds", COUNTDOWN[chosen("countdown")]);
        display.add("screenOn", spans(value("screenOn")));
        display.addProperty("outsideHours", chosen("outside") == 0 ? "dim" : "blank");
        JsonObject broadcast = new JsonObject();
        broadcast.addProperty("enabled", chosen("broadcast") == 0);
        broadcast.add("quietHours", spans(value("quiet")));
        JsonObject settings = new JsonObject();
        settings.add("display", display);
        settings.add("broadcast", broadcast);
        try {
            ctx.settings().save(settings);
        } catch (ConfigException e) {
            throw new Invalid(e.field().startsWith("display") ? "screenOn" : "quiet", Msg.get("settings.badHours"));
        }
        ctx.local().audit(session, "settings", settings.toString());
        say(Msg.get("settings.saved"));
        return null; // nothing to preview or publish
    }

    private static JsonArray spans(String text) {
        JsonArray a = new JsonArray();
        for (String s : text.split("[\\s,，、；;]+")) {
            if (!s.isBlank()) {
                a.add(s.strip());
            }
        }
        return a;
    }

    private void restart() {
        if (session.isOpen() && session.staff().isAdmin()) {
            ctx.local().audit(session, "restart-requested", "");
            allowExit.run();
            KioskApplication.restart();
        }
    }
}
