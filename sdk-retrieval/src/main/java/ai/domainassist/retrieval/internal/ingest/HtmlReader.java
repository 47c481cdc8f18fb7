package ai.domainassist.retrieval.internal.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads HTML with jsoup (charset from the BOM or {@code <meta>}, else UTF-8): block elements and
 * {@code <br>} end paragraphs, {@code <h1>}..{@code <h6>} become headings, table rows become
 * tab-separated lines; scripts, styles, navigation and forms are dropped. Stateless.
 */
final class HtmlReader {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "nav", "form",
            "button", "select", "iframe", "svg", "head");

    private HtmlReader() {
    }

    static Extracted read(Path file, byte[] bytes) throws IOException {
        org.jsoup.nodes.Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        String title = doc.title();
        if (title.isBlank()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        Layout layout = new Layout();
        StringBuilder inline = new StringBuilder();
        walk(doc.body(), layout, inline);
        flush(layout, inline);
        return new Extracted(title, layout.text());
    }

    /**
     * Walks the tree with a stack of its own, not the call stack: an HTML file of thousands of
     * unclosed inline tags nests its elements thousands deep, and a recursive walk overflowed.
     */
    private static void walk(Element root, Layout layout, StringBuilder inline) {
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(root, false));
        while (!open.isEmpty()) {
            Frame frame = open.peek();
            if (frame.next >= frame.element.childNodeSize()) {
                open.pop();
                if (frame.block) {
                    flush(layout, inline);
                }
                continue;
            }
            Node child = frame.element.childNode(frame.next++);
            if (child instanceof TextNode) {
                inline.append(((TextNode) child).getWholeText());
            } else if (child instanceof Element) {
                Element e = (Element) child;
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                    flush(layout, inline);
                    layout.heading(e.wholeText(), tag.charAt(1) - '0');
                } else if (tag.equals("table")) {
                    flush(layout, inline);
                    for (Element row : e.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
                        List<String> cells = new ArrayList<>();
                        for (Element cell : row.select("> th, > td")) {
                            cells.add(cell.text());
                        }
                        layout.row(cells);
                    }
                } else if (tag.equals("br")) {
                    flush(layout, inline);
                } else if (e.isBlock()) {
                    flush(layout, inline);
                    open.push(new Frame(e, true));
                } else {
                    open.push(new Frame(e, false));
                }
            }
        }
    }

    /** An element being walked: the next child to visit, and whether it ends a paragraph when done. */
    private static final class Frame {
        final Element element;
        final boolean block;
        int next;

        Frame(Element element, boolean block) {
            this.element = element;
            this.block = block;
        }
    }

    private static void flush(Layout layout, StringBuilder inline) {
        if (inline.length() > 0) {
            // Source line breaks inside a paragraph are formatting, not structure.
            layout.paragraph(inline.toString());
            inline.setLength(0);
        }
    }
}
