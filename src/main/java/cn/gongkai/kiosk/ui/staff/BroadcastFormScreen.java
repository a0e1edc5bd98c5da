package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A hall announcement of the township: what is read, at which times, on which days, until when. */
final class BroadcastFormScreen extends RecordForm {
    BroadcastFormScreen(UiContext ctx, Navigator nav, StaffSession session) {
        super(ctx, nav, session, "screen-broadcast-form", Msg.get("form.newBroadcast"));
        text("title", Msg.get("form.broadcast.title"), true, Msg.get("form.broadcast.title.prompt"));
        area("text", Msg.get("form.broadcast.text"), true, Msg.get("form.broadcast.text.prompt"));
        text("times", Msg.get("form.broadcast.times"), true, "08:30 14:30");
        choice("days", Msg.get("form.broadcast.days"), List.of(Msg.get("form.broadcast.workdays"),
                Msg.get("form.broadcast.everyday")), 0);
        choice("validity", Msg.get("form.validity"), List.of(Msg.get("form.days", 7), Msg.get("form.days", 30),
                Msg.get("form.days", 90), Msg.get("form.days.open")), 1);
        choice("priority", Msg.get("form.broadcast.priority"), List.of(Msg.get("form.broadcast.normal"),
                Msg.get("form.broadcast.urgent")), 0);
    }

    @Override
    protected Object build() {
        List<LocalTime> times = new ArrayList<>();
        for (String t : value("times").split("[\\s,，、；;]+")) {
            if (!t.isBlank()) {
                try {
                    times.add(LocalTime.parse(t.length() == 4 ? "0" + t : t));
                } catch (DateTimeParseException e) {
                    throw new Invalid("times", Msg.get("form.broadcast.times.bad", t));
                }
            }
        }
        if (times.isEmpty()) {
            throw new Invalid("times", Msg.get("form.missing", label("times")));
        }
        LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), ctx.config().timeZone());
        int[] days = {7, 30, 90, 0};
        int valid = days[chosen("validity")];
        Set<DayOfWeek> on = chosen("days") == 0 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : Set.of();
        boolean urgent = chosen("priority") == 1;
        return new BroadcastEntry(ctx.local().newId(LocalContentDao.Kind.BROADCAST), value("title"), value("text"), null,
                new BroadcastEntry.Times(times.stream().sorted().distinct().toList()), on, today,
                valid == 0 ? null : today.plusDays(valid), urgent ? BroadcastEntry.Priority.URGENT
                : BroadcastEntry.Priority.NORMAL, true, 1, ctx.local().townshipScope());
    }
}
