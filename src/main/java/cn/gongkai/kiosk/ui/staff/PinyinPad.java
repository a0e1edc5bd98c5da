package cn.gongkai.kiosk.ui.staff;

import cn.gongkai.kiosk.search.PinyinDictionary;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.UiContext;
import cn.gongkai.kiosk.ui.widget.TouchKeyboard;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Chinese typing for staff forms on a kiosk with no keyboard: pinyin on the touch keys, a strip of
 * candidate words (this kiosk's own vocabulary first, then common words and characters), a tap
 * puts the word into the field last touched. Digits and punctuation go in directly; backspace
 * takes back a letter, or a character of the field when no pinyin is pending.
 */
final class PinyinPad extends VBox {
    private static final int CANDIDATES = 24;
    private static final String PUNCTUATION = "，。、：；？！（）《》“”";

    private final UiContext ctx;
    private final Label letters = new Label();
    private final FlowPane candidates = new FlowPane(8, 8);
    private TextInputControl target;
    private long request;

    PinyinPad(UiContext ctx) {
        super(8);
        this.ctx = ctx;
        setId("pinyin-pad");
        getStyleClass().add("pinyin-pad");
        letters.setId("pinyin-letters");
        letters.getStyleClass().add("pinyin-letters");
        candidates.setId("pinyin-candidates");
        HBox marks = new HBox(6);
        for (int i = 0; i < PUNCTUATION.length(); i++) {
            String mark = PUNCTUATION.substring(i, i + 1);
            Button b = new Button(mark);
            b.setId("pinyin-mark-" + i);
            b.getStyleClass().add("touch-key");
            b.setFocusTraversable(false);
            b.setOnAction(e -> insert(mark));
            marks.getChildren().add(b);
        }
        TouchKeyboard keys = new TouchKeyboard(new TouchKeyboard.Handler() {
            @Override
            public void type(String text) {
                if (text.chars().allMatch(Character::isLetter)) {
                    letters.setText(letters.getText() + text);
                    refresh();
                } else if (text.isBlank() && !letters.getText().isEmpty()) {
                    pickFirst();
                } else {
                    insert(text);
                }
            }

            @Override
            public void backspace() {
                String l = letters.getText();
                if (!l.isEmpty()) {
                    letters.setText(l.substring(0, l.length() - 1));
                    refresh();
                } else if (target != null && target.getCaretPosition() > 0) {
                    target.deletePreviousChar();
                }
            }

            @Override
            public void clear() {
                letters.setText("");
                refresh();
            }
        });
        getChildren().addAll(new HBox(12, cn.gongkai.kiosk.ui.widget.Views.label(Msg.get("pinyin.hint"), "meta-text"), letters), candidates, marks, keys);
        setVisible(false);
        setManaged(false);
    }

    /** A form's content above the pad (scrolling) and the pad below it, hidden until 中文键盘 is tapped. */
    static VBox below(javafx.scene.Node content, PinyinPad pad) {
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        return new VBox(content, pad);
    }

    /** The button that shows and hides the pad. */
    Button toggleButton() {
        return StaffConsoleScreen.action("pinyin-toggle", Msg.get("pinyin.toggle"), this::toggle);
    }

    /** Typing goes to {@code field} whenever it was the last one touched. */
    void watch(TextInputControl field) {
        field.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                target = field;
            }
        });
        if (target == null) {
            target = field;
        }
    }

    void toggle() {
        setVisible(!isVisible());
        setManaged(isVisible());
    }

    private void refresh() {
        String typed = letters.getText();
        long mine = ++request;
        if (typed.isEmpty()) {
            candidates.getChildren().clear();
            return;
        }
        ctx.async().load(() -> {
            Set<String> out = new LinkedHashSet<>(ctx.search().candidates(typed, 8));
            out.addAll(PinyinDictionary.candidates(typed, CANDIDATES));
            return new ArrayList<>(out).subList(0, Math.min(CANDIDATES, out.size()));
        }, words -> {
            if (mine == request) {
                show(words);
            }
        }, e -> { });
    }

    private void show(List<String> words) {
        candidates.getChildren().clear();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Button b = new Button(w);
            b.setId("pinyin-candidate-" + i);
            b.getStyleClass().add("candidate");
            b.setFocusTraversable(false);
            b.setOnAction(e -> pick(w));
            candidates.getChildren().add(b);
        }
    }

    private void pickFirst() {
        if (!candidates.getChildren().isEmpty()) {
            ((Button) candidates.getChildren().get(0)).fire();
        }
    }

    private void pick(String word) {
        insert(word);
        letters.setText("");
        candidates.getChildren().clear();
        request++;
    }

    private void insert(String text) {
        if (target != null) {
            target.replaceSelection(text);
        }
    }
}
