package cn.gongkai.kiosk.ui.screen;

import cn.gongkai.kiosk.search.SearchHit;
import cn.gongkai.kiosk.ui.Msg;
import cn.gongkai.kiosk.ui.widget.TouchList;
import javafx.scene.control.Button;

/** Small pieces of the search screen: the pinyin being typed, its buttons, a result row. */
final class SearchParts {
    private SearchParts() {
    }

    /** The pinyin being typed: the letters (and the spaces between syllables) at the end of the text. */
    static String trailingPinyin(String text) {
        int i = text.length();
        while (i > 0) {
            char c = text.charAt(i - 1);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '\'') {
                i--;
            } else {
                break;
            }
        }
        return text.substring(i).strip();
    }

    static Button choice(String id, String text, String style, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().setAll(style);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A result: its kind as a badge, or 已过期 (muted) for a notice or policy no longer in force, as the lists show it. */
    static TouchList.Row row(SearchHit h, java.time.LocalDate today) {
        String kind = switch (h.kind()) {
            case CATALOG -> Msg.get("search.kind.catalog");
            case POLICY -> Msg.get("search.kind.policy");
            case FUND -> Msg.get("search.kind.fund");
            case NOTICE -> Msg.get("search.kind.notice");
        };
        String detail = h.date() == null ? h.context() : PolicyListScreen.join(h.context(), Msg.date(h.date()));
        if (h.expiredOn(today)) {
            return new TouchList.Row(h.title(), PolicyListScreen.join(kind, detail), Msg.get("notice.expired"), true,
                    null, h.titleMatches());
        }
        return new TouchList.Row(h.title(), detail, kind, false, "badge-kind", h.titleMatches());
    }
}
