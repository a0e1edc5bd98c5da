package cn.gongkai.kiosk.ui.widget;

import cn.gongkai.kiosk.ui.Msg;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * An on-screen keyboard for pinyin: digits and the letters a-z in the 26-key layout of phone
 * pinyin input, plus 退格 (backspace), 清空 (clear) and a space key. Keys are large and fire on a
 * tap only; they never take the focus, so a text field keeps its caret and a physical keyboard.
 * Every key has an id: {@code key-a} .. {@code key-z}, {@code key-0} .. {@code key-9},
 * {@code key-backspace}, {@code key-clear}, {@code key-space}.
 */
public final class TouchKeyboard extends GridPane {
    private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final int COLUMNS = 10;

    /** What a key does. */
    public interface Handler {
        void type(String text);

        void backspace();

        void clear();
    }

    public TouchKeyboard(Handler handler) {
        setId("touch-keyboard");
        getStyleClass().add("touch-keyboard");
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            getColumnConstraints().add(cc);
        }
        for (int r = 0; r < ROWS.length; r++) {
            String row = ROWS[r];
            for (int c = 0; c < row.length(); c++) {
                String ch = String.valueOf(row.charAt(c));
                add(key("key-" + ch, ch, "touch-key-letter", t -> handler.type(ch)), c, r);
            }
        }
        // 退格 beside l (where phones have it), space and 清空 beside m.
        add(key("key-backspace", Msg.get("keyboard.backspace"), "touch-key-function", t -> handler.backspace()),
                9, 2);
        add(key("key-space", Msg.get("keyboard.space"), "touch-key-function", t -> handler.type(" ")), 7, 3, 2, 1);
        add(key("key-clear", Msg.get("keyboard.clear"), "touch-key-function", t -> handler.clear()), 9, 3);
    }

    private static Button key(String id, String text, String style, Consumer<String> action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll("touch-key", style);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setOnAction(e -> action.accept(text));
        Views.tapOnly(b);
        return b;
    }
}
