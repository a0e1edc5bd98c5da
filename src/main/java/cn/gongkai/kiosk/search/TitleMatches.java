package cn.gongkai.kiosk.search;

import cn.gongkai.kiosk.util.SearchText;
import java.util.ArrayList;
import java.util.List;

/** Where a query matched a title, for highlighting: phrases literally, letters by pinyin or initials. */
final class TitleMatches {
    private TitleMatches() {
    }

    /** [start, end) ranges of the title that the query matched, merged where they touch. */
    static List<int[]> of(String title, List<Query.Segment> segments) {
        List<int[]> out = new ArrayList<>();
        String lower = SearchText.normalize(title);
        String[] syllables = null;
        for (Query.Segment seg : segments) {
            if (!seg.isLetters()) {
                String p = String.join("", seg.tokens());
                if (lower.length() == title.length()) {
                    for (int at = lower.indexOf(p); at >= 0 && !p.isEmpty(); at = lower.indexOf(p, at + p.length())) {
                        out.add(new int[] {at, at + p.length()});
                    }
                }
            } else {
                if (syllables == null) {
                    syllables = SearchText.syllables(title);
                }
                List<String> spellings = seg.alternatives().isEmpty() ? List.of(seg.letters()) : seg.alternatives();
                for (String l : spellings) {
                    for (int start = 0; start < title.length(); start++) {
                        int end = spell(syllables, start, l, 0);
                        if (end > start) {
                            out.add(new int[] {start, end});
                            start = end - 1;
                        }
                    }
                }
            }
        }
        out.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : out) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /**
     * End (exclusive) of the characters from {@code k} whose syllables, or initials, spell
     * {@code q} from {@code at} (the last syllable may be half typed); -1 if they do not.
     */
    static int spell(String[] syl, int k, String q, int at) {
        if (at == q.length()) {
            return k;
        }
        if (k >= syl.length || syl[k] == null) {
            return -1;
        }
        String s = syl[k];
        String rest = q.substring(at);
        if (rest.startsWith(s)) {
            int e = spell(syl, k + 1, q, at + s.length());
            if (e > 0) {
                return e;
            }
        }
        if (s.startsWith(rest)) {
            return k + 1;
        }
        if (rest.charAt(0) == s.charAt(0)) {
            return spell(syl, k + 1, q, at + 1);
        }
        return -1;
    }
}
