package cn.gongkai.kiosk.ui;

import cn.gongkai.kiosk.speech.Speed;
import cn.gongkai.kiosk.speech.play.ReadingSession;
import cn.gongkai.kiosk.speech.text.Sentence;
import cn.gongkai.kiosk.ui.widget.Views;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The read-aloud panel at the bottom of the screen: the text being read, sentence by sentence,
 * with the one being heard highlighted and kept in view, and big controls: pause/continue, stop,
 * slow/normal, volume. Shown while a reading runs; gone when it ends or the screen is left.
 */
public final class ReadingPanel extends VBox {
    private static final double VOLUME_STEP = 0.2;

    private final UiContext ctx;
    private final Label status = Views.label("reading-status", "", "reading-status");
    private final VBox text = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(text);
    private final Button pause = button("reading-pause", Msg.get("reading.pause"));
    private final ToggleButton slow = new ToggleButton(Msg.get("reading.slow"));
    private final Label volumeLabel = Views.label("reading-volume", "", "reading-status");
    private final List<Label> lines = new ArrayList<>();
    private ReadingSession session;
    private double volume = 0.8;
    private int generation;

    public ReadingPanel(UiContext ctx) {
        this.ctx = ctx;
        setId("reading-panel");
        getStyleClass().add("reading-panel");
        Button stop = button("reading-stop", Msg.get("reading.stop"));
        Button quieter = button("reading-quieter", Msg.get("reading.quieter"));
        Button louder = button("reading-louder", Msg.get("reading.louder"));
        slow.setId("reading-slow");
        slow.getStyleClass().setAll("nav-button", "reading-toggle");
        slow.setFocusTraversable(false);
        pause.setOnAction(e -> togglePause());
        stop.setOnAction(e -> stop());
        slow.setOnAction(e -> {
            if (session != null) {
                session.speed(slow.isSelected() ? Speed.SLOW : Speed.NORMAL);
            }
        });
        quieter.setOnAction(e -> setVolume(volume - VOLUME_STEP));
        louder.setOnAction(e -> setVolume(volume + VOLUME_STEP));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(12, status, spacer, pause, stop, slow, quieter, volumeLabel, louder);
        controls.setAlignment(Pos.CENTER_LEFT);
        text.getStyleClass().add("reading-text");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(150);
        getChildren().addAll(controls, scroll);
        setVolume(volume);
        hide();
    }

    public boolean active() {
        return isVisible();
    }

    /** Starts reading (on the FX thread); the first sound follows within one sentence's synthesis. */
    public void start(ReadAloud what) {
        stop();
        int gen = ++generation;
        show(Msg.get("reading.preparing"));
        Speed speed = slow.isSelected() ? Speed.SLOW : Speed.NORMAL;
        double vol = volume;
        ctx.async().load(() -> {
            try {
                return ctx.speech().read(what.text(), what.recordId(), speed, vol, listener(gen));
            } catch (cn.gongkai.kiosk.speech.SpeechException noVoice) {
                return null; // no Mandarin engine and no recording: told below, in plain words
            }
        }, started -> {
            if (gen != generation) {
                if (started != null) {
                    started.stop();
                }
                return;
            }
            if (started == null) {
                showProblem(Msg.get("reading.noVoice"));
                return;
            }
            session = started;
            showText(started);
        }, e -> showProblem(Msg.get("reading.failed")));
    }

    /** Stops any reading and hides the panel (leaving the screen, the kiosk resetting). */
    public void stop() {
        generation++;
        if (session != null) {
            session.stop();
            session = null;
        }
        hide();
    }

    private ReadingSession.Listener listener(int gen) {
        return new ReadingSession.Listener() {
            @Override
            public void sentence(int index) {
                Platform.runLater(() -> {
                    if (gen == generation) {
                        highlight(index);
                    }
                });
            }

            @Override
            public void finished(boolean completed) {
                Platform.runLater(() -> {
                    if (gen == generation) {
                        session = null;
                        hide();
                    }
                });
            }

            @Override
            public void problem(String message) {
                Platform.runLater(() -> {
                    if (gen == generation) {
                        showProblem(Msg.get("reading.failed"));
                    }
                });
            }
        };
    }

    private void showText(ReadingSession s) {
        lines.clear();
        text.getChildren().clear();
        if (s.recorded()) {
            status.setText(Msg.get("reading.recording"));
        } else {
            status.setText(Msg.get("reading.reading"));
        }
        int n = 0;
        for (Sentence sentence : s.sentences()) {
            Label l = Views.label("reading-line-" + n++, sentence.display().strip(), "reading-line");
            l.setWrapText(true);
            lines.add(l);
            text.getChildren().add(l);
        }
    }

    private void highlight(int index) {
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).getStyleClass().remove("reading-current");
        }
        if (index < lines.size()) {
            Label current = lines.get(index);
            current.getStyleClass().add("reading-current");
            // keep the sentence being heard in view, a little below the top
            double y = current.getBoundsInParent().getMinY();
            double h = text.getHeight() - scroll.getViewportBounds().getHeight();
            if (h > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / h)));
            }
        }
    }

    private void togglePause() {
        if (session == null) {
            return;
        }
        if (session.state() == ReadingSession.State.PAUSED) {
            session.resume();
            pause.setText(Msg.get("reading.pause"));
        } else {
            session.pause();
            pause.setText(Msg.get("reading.resume"));
        }
    }

    private void setVolume(double v) {
        volume = Math.max(0.2, Math.min(1.0, v));
        volumeLabel.setText(Msg.get("reading.volume", Math.round(volume * 100)));
        if (session != null) {
            session.volume(volume);
        }
    }

    private void show(String message) {
        status.setText(message);
        text.getChildren().clear();
        lines.clear();
        pause.setText(Msg.get("reading.pause"));
        setVisible(true);
        setManaged(true);
    }

    private void showProblem(String message) {
        session = null;
        show(message);
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
    }

    private static Button button(String id, String label) {
        Button b = new Button(label);
        b.setId(id);
        b.getStyleClass().setAll("nav-button");
        b.setFocusTraversable(false);
        return b;
    }
}
