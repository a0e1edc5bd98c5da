package cn.gongkai.kiosk.ui;

import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Villagers cannot leave the kiosk: the window's close request (Alt+F4 and the window manager's
 * close both arrive as one) is refused, and Esc, Ctrl+Q, Ctrl+W and Alt+F4 on a plugged-in
 * keyboard are swallowed before any screen sees them. Only an admin's exit, from the staff
 * console, opens the way out ({@link #allowExit}). Ctrl+Alt+Backspace belongs to the X server,
 * not the app: the installer's X configuration turns it off (DontZap).
 */
public final class Lockdown {
    private static final Logger LOG = Logger.getLogger(Lockdown.class.getName());
    private static final KeyCombination[] BLOCKED = {
        KeyCombination.keyCombination("Alt+F4"), KeyCombination.keyCombination("Shortcut+Q"),
        KeyCombination.keyCombination("Shortcut+W"), KeyCombination.keyCombination("Alt+Tab")
    };

    private volatile boolean exitAllowed;
    private int refused;

    public void install(Stage stage, Scene scene) {
        stage.setOnCloseRequest(e -> {
            if (!exitAllowed) {
                e.consume();
                refused++;
                LOG.info("window close request refused (kiosk lockdown)");
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || matchesBlocked(e)) {
                e.consume();
            }
        });
    }

    private static boolean matchesBlocked(KeyEvent e) {
        for (KeyCombination k : BLOCKED) {
            if (k.match(e)) {
                return true;
            }
        }
        return false;
    }

    /** An admin asked to exit: the next close request goes through. */
    public void allowExit() {
        exitAllowed = true;
    }

    /** Close requests refused so far (for tests and the log). */
    public int refused() {
        return refused;
    }
}
