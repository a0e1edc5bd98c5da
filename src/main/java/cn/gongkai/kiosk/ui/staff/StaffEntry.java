package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.local.StaffSession;
import cn.gongkai.kiosk.ui.Navigator;
import cn.gongkai.kiosk.ui.UiContext;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The way staff get in: pressing the bottom-left corner for five seconds (nothing a villager does
 * by accident, nothing shown) opens the PIN pad; a right PIN opens the console. Every touch keeps
 * the session alive; two minutes without one, or the idle reset, end it and leave the console.
 */
public final class StaffEntry {
    public static final javafx.util.Duration HOLD = javafx.util.Duration.seconds(5);

    private final UiContext ctx;
    private final Navigator nav;
    private final Runnable exit;
    private final Runnable allowExit;
    private final StackPane layer;
    private PinPad pad; // made at the first long press: nothing of it is needed to start the kiosk
    private final Region corner = new Region();
    private final PauseTransition hold = new PauseTransition(HOLD);
    private final Timeline expiry;
    private volatile StaffSession session;

    /**
     * @param root  the shell's root: every press in it counts as staff activity
     * @param layer the overlay host, where the corner and the pad go
     * @param exit  an admin's exit from the kiosk app
     * @param allowExit lifts the lockdown (before an admin's restart)
     */
    public StaffEntry(UiContext ctx, Navigator nav, Node root, StackPane layer, Runnable exit, Runnable allowExit) {
        this.ctx = ctx;
        this.nav = nav;
        this.exit = exit;
        this.allowExit = allowExit;
        this.layer = layer;
        corner.setId("staff-corner");
        corner.setPrefSize(90, 90);
        corner.setMaxSize(90, 90);
        corner.setPickOnBounds(true);
        StackPane.setAlignment(corner, Pos.BOTTOM_LEFT);
        layer.getChildren().add(corner);
        hold.setOnFinished(e -> pad().show());
        corner.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hold.playFromStart());
        corner.addEventHandler(TouchEvent.TOUCH_PRESSED, e -> hold.playFromStart());
        corner.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> hold.stop());
        corner.addEventHandler(TouchEvent.TOUCH_RELEASED, e -> hold.stop());
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> touch());
        root.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> touch());
        expiry = new Timeline(new KeyFrame(javafx.util.Duration.seconds(2), e -> checkExpiry()));
        expiry.setCycleCount(Timeline.INDEFINITE);
        expiry.play();
    }

    /** The PIN pad (for tests: the long press is five seconds). */
    public PinPad pad() {
        if (pad == null) {
            pad = new PinPad(ctx, layer, this::opened, () -> nav.go(new AccountsScreen(ctx, nav, null)));
        }
        return pad;
    }

    /** True while a staff member is signed in. */
    public boolean present() {
        StaffSession s = session;
        return s != null && s.isOpen() || pad != null && pad.isShown();
    }

    /** The idle reset: the pad goes, the session ends. */
    public void reset() {
        hold.stop();
        if (pad != null) {
            pad.hide();
        }
        StaffSession s = session;
        session = null;
        if (s != null) {
            s.close();
        }
    }

    public void stop() {
        expiry.stop();
        hold.stop();
    }

    private void opened(StaffSession s) {
        session = s;
        // The forms' Chinese keyboard reads HanLP's tables on first use (about a second): now, not at the first key.
        ctx.async().load(() -> {
            cn.gongkai.kiosk.search.PinyinDictionary.warmUp();
            return Boolean.TRUE;
        }, ok -> { }, e -> { });
        nav.go(new StaffConsoleScreen(ctx, nav, s, exit, allowExit));
    }

    private void touch() {
        StaffSession s = session;
        if (s != null) {
            s.touch();
        }
    }

    private void checkExpiry() {
        StaffSession s = session;
        if (s != null && !s.isOpen()) {
            session = null;
            if (nav.current().getClass().getPackage() == StaffEntry.class.getPackage()) {
                nav.home();
            }
        }
    }
}
