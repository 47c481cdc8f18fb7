package ai.domainassist.retrieval.internal.chunk;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Chunker;
import ai.domainassist.retrieval.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure-following chunker behind {@link Chunker#structural(int)}: paragraphs are grouped
 * into units (an article with its paragraphs, a lead paragraph with its enumerated items, a run
 * of table rows, a single paragraph) under a heading path, and units longer than the cap are cut
 * by {@link SpanSplitter}.
 *
 * <p>Immutable and thread-safe.
 */
public final class StructuralChunker implements Chunker {
    private static final int MIN_CAP = 50;

    private final int maxChars;

    /**
     * @param maxChars the size cap
     * @throws IllegalArgumentException if below 50
     */
    public StructuralChunker(int maxChars) {
        if (maxChars < MIN_CAP) {
            throw new IllegalArgumentException("chunk size cap must be at least " + MIN_CAP + ", was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** @return the size cap */
    public int maxChars() {
        return maxChars;
    }

    @Override
    public List<Chunk> chunk(Document document) {
        String text = document.text();
        List<Unit> units = units(text, Paragraphs.of(text));
        List<Chunk> chunks = new ArrayList<>();
        for (Unit u : units) {
            for (int[] piece : SpanSplitter.split(text, u.paragraphs, maxChars)) {
                chunks.add(new Chunk(document.id(), chunks.size(), u.path, piece[0], piece[1],
                        text.substring(piece[0], piece[1])));
            }
        }
        return chunks;
    }

    private enum Mode { NONE, ARTICLE, LIST, TABLE }

    /** A run of paragraphs cut together, under one heading path. */
    private static final class Unit {
        final List<String> path;
        final List<int[]> paragraphs = new ArrayList<>();

        Unit(List<String> path, int[] first) {
            this.path = List.copyOf(path);
            paragraphs.add(first);
        }
    }

    private record Level(int rank, String label) {
    }

    private static List<Unit> units(String text, List<int[]> paragraphs) {
        List<Unit> units = new ArrayList<>();
        List<Level> stack = new ArrayList<>();
        Unit open = null;
        Mode mode = Mode.NONE;
        int listRank = 0;
        int lastItemRank = -1;
        // A heading-only line waiting to learn whether its section has content.
        Unit pendingTitle = null;
        int pendingRank = 0;

        List<Heading> headings = new ArrayList<>(paragraphs.size());
        for (int[] p : paragraphs) {
            headings.add(Heading.detect(text.substring(p[0], p[1])).orElse(null));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            int[] p = paragraphs.get(i);
            String para = text.substring(p[0], p[1]);
            Heading h = headings.get(i);
            boolean tableRow = Paragraphs.isTableRow(para);

            if (pendingTitle != null) {
                if (h != null && h.rank() <= pendingRank) {
                    units.add(pendingTitle);
                }
                pendingTitle = null;
            }
            if (open != null) {
                boolean absorb;
                switch (mode) {
                    case TABLE:
                        absorb = tableRow;
                        break;
                    case LIST:
                        absorb = h != null && h.kind() != Heading.Kind.MARKDOWN && h.rank() > listRank
                                && h.rank() > Heading.ARTICLE_RANK
                                && (!h.headingOnly() || isItem(h, lastItemRank, i + 1 < headings.size() ? headings.get(i + 1) : null));
                        if (absorb) {
                            lastItemRank = h.rank();
                        }
                        break;
                    case ARTICLE:
                        absorb = h == null || h.kind() != Heading.Kind.MARKDOWN && h.rank() > Heading.ARTICLE_RANK;
                        break;
                    default:
                        absorb = false;
                }
                if (absorb) {
                    open.paragraphs.add(p);
                    continue;
                }
                open = null;
                mode = Mode.NONE;
            }

            if (h != null) {
                while (!stack.isEmpty() && stack.get(stack.size() - 1).rank >= h.rank()) {
                    stack.remove(stack.size() - 1);
                }
                stack.add(new Level(h.rank(), h.label()));
                List<String> path = labels(stack);
                if (h.headingOnly()) {
                    pendingTitle = new Unit(path, p);
                    pendingRank = h.rank();
                    continue;
                }
                Unit u = new Unit(path, p);
                units.add(u);
                if (h.kind() == Heading.Kind.ARTICLE) {
                    open = u;
                    mode = Mode.ARTICLE;
                } else if (endsWithColon(para)) {
                    open = u;
                    mode = Mode.LIST;
                    listRank = h.rank();
                    lastItemRank = -1;
                }
            } else {
                Unit u = new Unit(labels(stack), p);
                units.add(u);
                if (tableRow) {
                    open = u;
                    mode = Mode.TABLE;
                } else if (endsWithColon(para)) {
                    open = u;
                    mode = Mode.LIST;
                    listRank = stack.isEmpty() ? 0 : stack.get(stack.size() - 1).rank;
                    lastItemRank = -1;
                }
            }
        }
        if (pendingTitle != null) {
            units.add(pendingTitle);
        }
        return units;
    }

    /**
     * Whether a short marker line after a colon lead is a list item (a sibling of the item before
     * or after it) rather than the title of a section ({@code 通知如下：} then {@code 一、总体要求}).
     */
    private static boolean isItem(Heading h, int lastItemRank, Heading next) {
        return h.rank() == lastItemRank || next != null && next.rank() == h.rank();
    }

    private static List<String> labels(List<Level> stack) {
        List<String> out = new ArrayList<>(stack.size());
        for (Level l : stack) {
            out.add(l.label);
        }
        return out;
    }

    private static boolean endsWithColon(String para) {
        char c = para.charAt(para.length() - 1);
        return c == '：' || c == ':';
    }
}
