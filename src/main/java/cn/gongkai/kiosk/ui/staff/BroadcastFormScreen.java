package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.domain.BroadcastEntry;
import cn.gongkai.kiosk.local.LocalContentException;
import cn.gongkai.kiosk.local.RemovableMedia;
import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.storage.LocalContentDao;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.Views;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A hall announcement of the township: what is read (or a WAV recording from a USB stick), at
 * which times, on which days, until when; new, or a new version of a local one.
 */
final class BroadcastFormScreen extends RecordForm {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private final BroadcastEntry editing;
    private final Label audioName = new Label();
    private final VBox found = new VBox(8);
    private String audio;

    BroadcastFormScreen(UiContext ctx, Navigator nav, StaffSession session, BroadcastEntry editing) {
        super(ctx, nav, session, "screen-broadcast-form", Msg.get(editing == null ? "form.newBroadcast" : "form.edit"));
        this.editing = editing;
        choice("scope", Msg.get("form.scope"), Scopes.labels(ctx), 0);
        text("title", Msg.get("form.broadcast.title"), true, Msg.get("form.broadcast.title.prompt"));
        area("text", Msg.get("form.broadcast.text"), false, Msg.get("form.broadcast.text.prompt"));
        text("times", Msg.get("form.broadcast.times"), true, "08:30 14:30");
        choice("days", Msg.get("form.broadcast.days"), List.of(Msg.get("form.broadcast.workdays"),
                Msg.get("form.broadcast.everyday")), 0);
        choice("validity", Msg.get("form.validity"), List.of(Msg.get("form.days", 7), Msg.get("form.days", 30),
                Msg.get("form.days", 90), Msg.get("form.days.open")), 1);
        choice("priority", Msg.get("form.broadcast.priority"), List.of(Msg.get("form.broadcast.normal"),
                Msg.get("form.broadcast.urgent")), 0);
        audioName.setId("form-audio");
        found.setId("form-found");
        form.getChildren().addAll(Views.label(Msg.get("form.broadcast.audio"), "form-label"), audioName,
                StaffConsoleScreen.action("form-find-audio", Msg.get("form.findAudio"), this::findAudio), found);
        if (editing != null) {
            choose("scope", Scopes.indexOf(ctx, editing.scope()));
            set("title", editing.title());
            set("text", editing.text());
            set("times", editing.schedule().timesOfDay().stream().map(HH_MM::format).collect(Collectors.joining(" ")));
            choose("days", editing.days().isEmpty() ? 1 : 0);
            choose("validity", editing.validUntil() == null ? 3 : 1);
            choose("priority", editing.priority() == BroadcastEntry.Priority.URGENT ? 1 : 0);
            audio = editing.audio().isEmpty() ? null : editing.audio();
        }
        audioName.setText(audio == null ? Msg.get("form.noAudio") : Msg.get("form.audioAttached"));
    }

    private void findAudio() {
        found.getChildren().setAll(Views.label(Msg.get("usb.working"), "meta-text"));
        load(() -> RemovableMedia.system().recordings(), files -> {
            found.getChildren().clear();
            if (files.isEmpty()) {
                found.getChildren().add(Views.label(Msg.get("form.noRecordings"), "body-text"));
            }
            for (int i = 0; i < files.size(); i++) {
                Path p = files.get(i);
                found.getChildren().add(StaffConsoleScreen.action("form-recording-" + i, p.getFileName().toString(),
                        () -> attach(p)));
            }
        });
    }

    private void attach(Path recording) {
        say(Msg.get("usb.working"));
        load(() -> {
            try {
                return new String[] {ctx.local().attachAudio(session, recording), null};
            } catch (LocalContentException e) {
                return new String[] {null, e.getMessage()};
            }
        }, r -> {
            if (r[1] != null) {
                say(r[1]);
            } else {
                audio = r[0];
                audioName.setText(Msg.get("form.audioAttached") + "：" + recording.getFileName());
                say("");
            }
        });
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
        if (audio == null && value("text").isEmpty()) {
            throw new Invalid("text", Msg.get("form.broadcast.textOrAudio"));
        }
        LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), ctx.config().timeZone());
        int[] days = {7, 30, 90, 0};
        int valid = days[chosen("validity")];
        Set<DayOfWeek> on = chosen("days") == 0 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : Set.of();
        boolean urgent = chosen("priority") == 1;
        String id = editing != null ? editing.id() : ctx.local().newId(LocalContentDao.Kind.BROADCAST);
        return new BroadcastEntry(id, value("title"), value("text"), audio,
                new BroadcastEntry.Times(times.stream().sorted().distinct().toList()), on, today,
                valid == 0 ? null : today.plusDays(valid), urgent ? BroadcastEntry.Priority.URGENT
                : BroadcastEntry.Priority.NORMAL, true, 1, Scopes.of(ctx, chosen("scope")));
    }
}
