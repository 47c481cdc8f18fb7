package ai.domainassist.retrieval.internal.chunk;

import ai.domainassist.core.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run of paragraph spans into pieces of at most a cap: whole paragraphs are packed while
 * they fit; a paragraph over the cap is cut at sentence ends, a sentence over the cap at clause
 * ends, and a clause over the cap at the cap (never inside a surrogate pair). Stateless.
 */
final class SpanSplitter {
    private SpanSplitter() {
    }

    private static final int SENTENCES = 1;
    private static final int CLAUSES = 2;
    private static final int HARD = 3;

    /**
     * @param text the document text
     * @param paragraphs consecutive {@code [start, end)} spans of it, in order
     * @param max the cap
     * @return the pieces, in order, each at most {@code max} long, covering every paragraph
     */
    static List<int[]> split(String text, List<int[]> paragraphs, int max) {
        List<int[]> out = new ArrayList<>();
        pack(text, paragraphs, max, SENTENCES, out);
        return out;
    }

    private static void pack(String text, List<int[]> spans, int max, int finer, List<int[]> out) {
        int[] cur = null;
        for (int[] s : spans) {
            if (s[1] - s[0] > max) {
                if (cur != null) {
                    out.add(cur);
                    cur = null;
                }
                cut(text, s, max, finer, out);
            } else if (cur == null) {
                cur = s.clone();
            } else if (s[1] - cur[0] <= max) {
                cur[1] = s[1];
            } else {
                out.add(cur);
                cur = s.clone();
            }
        }
        if (cur != null) {
            out.add(cur);
        }
    }

    private static void cut(String text, int[] span, int max, int level, List<int[]> out) {
        if (level == HARD) {
            hardCut(text, span, max, out);
            return;
        }
        String sub = text.substring(span[0], span[1]);
        List<Sentences.Span> parts = level == SENTENCES ? Sentences.split(sub) : Sentences.clauses(sub);
        if (parts.size() <= 1) {
            cut(text, span, max, level + 1, out);
            return;
        }
        List<int[]> shifted = new ArrayList<>(parts.size());
        for (Sentences.Span p : parts) {
            shifted.add(new int[] {span[0] + p.start(), span[0] + p.end()});
        }
        pack(text, shifted, max, level + 1, out);
    }

    private static void hardCut(String text, int[] span, int max, List<int[]> out) {
        int s = span[0];
        while (s < span[1]) {
            int e = Math.min(s + max, span[1]);
            if (e < span[1] && Character.isLowSurrogate(text.charAt(e)) && e - 1 > s) {
                e--;
            }
            int ts = s;
            int te = e;
            while (ts < te && Heading.isSpace(text.charAt(ts))) {
                ts++;
            }
            while (te > ts && Heading.isSpace(text.charAt(te - 1))) {
                te--;
            }
            if (te > ts) {
                out.add(new int[] {ts, te});
            }
            s = e;
        }
    }
}
