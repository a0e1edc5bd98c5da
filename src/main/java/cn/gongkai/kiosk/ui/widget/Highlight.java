package cn.gongkai.kiosk.ui.widget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.text.Text;

/**
 * A title split into plain and highlighted runs (search matches). Highlighted runs carry the
 * style class {@code text-match}: bold, the theme's primary colour and underlined, so the match
 * is not shown by colour alone.
 */
public final class Highlight {
    private Highlight() {
    }

    /** The runs of {@code text}, with the [start, end) ranges marked; bad ranges are ignored. */
    public static List<Text> texts(String text, List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>();
        for (int[] r : ranges) {
            if (r != null && r.length >= 2) {
                int start = Math.max(0, Math.min(r[0], text.length()));
                int end = Math.max(start, Math.min(r[1], text.length()));
                if (end > start) {
                    sorted.add(new int[] {start, end});
                }
            }
        }
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<Text> out = new ArrayList<>();
        int at = 0;
        for (int[] r : sorted) {
            int start = Math.max(r[0], at);
            if (r[1] <= start) {
                continue; // overlaps what is marked already
            }
            if (start > at) {
                out.add(plain(text.substring(at, start)));
            }
            Text m = new Text(text.substring(start, r[1]));
            m.getStyleClass().add("text-match");
            out.add(m);
            at = r[1];
        }
        if (at < text.length()) {
            out.add(plain(text.substring(at)));
        }
        return out;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("text-plain");
        return t;
    }
}
