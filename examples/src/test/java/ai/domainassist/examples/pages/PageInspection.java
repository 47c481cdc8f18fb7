package ai.domainassist.examples.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader would notice on a rendered page, measured in the browser: horizontal overflow of
 * the page, of a table or of any box that clips; text that wraps in a box narrower than two
 * characters (a card number broken one digit per line); a section heading missing or invisible; an in-page
 * link whose target does not exist, or a link leaving the page; a glyph drawn as the missing-glyph
 * box; and what the browser logged (console errors, blocked resources).
 *
 * <p>The glyph check draws every character the page shows, in the font its element uses, on a
 * canvas and compares the pixels with the drawing of an unassigned code point (U+0378), which every
 * font renders as its missing-glyph box: identical pixels mean the reader sees a box. A canvas is
 * drawn with the same font fallback as the page, so a font that is not installed shows here exactly
 * as it would on screen.
 *
 * <p>Test code; stateless.
 */
final class PageInspection {
    private PageInspection() {
    }

    private static final String LAYOUT = """
            const expected = arguments[0];
            const out = [];
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            const de = document.documentElement;
            if (de.scrollWidth > de.clientWidth + 1) {
              out.push('the page overflows horizontally: ' + de.scrollWidth + ' px of content in ' + de.clientWidth + ' px');
            }
            for (const t of document.querySelectorAll('table')) {
              const p = t.parentElement, pr = p.getBoundingClientRect(), cs = getComputedStyle(p);
              const right = pr.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth);
              const r = t.getBoundingClientRect();
              if (r.width > 0 && r.right > right + 1) {
                out.push('table ' + name(t) + ' overflows ' + name(p) + ' by ' + Math.round(r.right - right) + ' px');
              }
              for (const cell of t.querySelectorAll('td, th')) {
                if (cell.scrollWidth > cell.clientWidth + 1) {
                  out.push('a cell of table ' + name(t) + ' overflows: "' + cell.textContent.trim().slice(0, 30) + '"');
                }
              }
            }
            for (const el of document.body.querySelectorAll('*')) {
              const cs = getComputedStyle(el);
              if (cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'TABLE') {
                out.push(name(el) + ' cuts or scrolls its content: ' + el.scrollWidth + ' px in ' + el.clientWidth + ' px');
              }
            }
            // the width a text wraps in: the content box of its nearest block (or cell) ancestor
            const inner = el => {
              let box = el;
              while (box.parentElement && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
              const bs = getComputedStyle(box);
              return box.clientWidth - parseFloat(bs.paddingLeft) - parseFloat(bs.paddingRight);
            };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement, cs = getComputedStyle(el);
              // lines the text itself breaks (pre, pre-wrap) are measured one by one: only wrapping counts
              const keepsBreaks = /^(pre|pre-wrap|pre-line|break-spaces)$/.test(cs.whiteSpace);
              const full = n.textContent;
              let from = 0;
              for (const line of keepsBreaks ? full.split('\\n') : [full]) {
                const start = from;
                from += line.length + 1;
                const text = line.trim();
                if (text.length < 2) continue;
                const range = document.createRange();
                range.setStart(n, start);
                range.setEnd(n, start + line.length);
                const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
                if (rects.length === 0) continue;
                const lines = new Set(rects.map(r => Math.round(r.top))).size;
                if (lines > 1 && inner(el) < 2 * parseFloat(cs.fontSize)) {
                  out.push('text narrower than two characters in ' + name(el) + ': "' + text.slice(0, 30) + '" ('
                      + Math.round(inner(el)) + ' px wide, ' + lines + ' lines)');
                }
              }
            }
            const headings = [...document.querySelectorAll('h1, h2, h3')].filter(h => {
              const r = h.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(h).visibility !== 'hidden';
            }).map(h => h.textContent.trim());
            for (const e of expected) {
              if (!headings.some(h => h.startsWith(e))) out.push('section heading missing: ' + e);
            }
            for (const a of document.querySelectorAll('a[href]')) {
              const href = a.getAttribute('href');
              if (!href.startsWith('#')) {
                out.push('a link leaves the page: ' + href);
              } else if (!document.getElementById(decodeURIComponent(href.slice(1)))) {
                out.push('a link leads nowhere: ' + href + ' ("' + a.textContent.trim().slice(0, 30) + '")');
              }
            }
            return out;
            """;

    private static final String GLYPHS = """
            const canvas = document.createElement('canvas');
            canvas.width = 48; canvas.height = 48;
            const g = canvas.getContext('2d', {willReadFrequently: true});
            const draw = (font, ch) => {
              g.clearRect(0, 0, 48, 48);
              g.font = font; g.fillStyle = '#000'; g.textBaseline = 'top';
              g.fillText(ch, 4, 4);
              return g.getImageData(0, 0, 48, 48).data.join(',');
            };
            const byFont = new Map();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || el.getClientRects().length === 0) continue;
              const cs = getComputedStyle(el);
              const font = cs.fontStyle + ' ' + cs.fontWeight + ' 32px ' + cs.fontFamily;
              if (!byFont.has(font)) byFont.set(font, new Set());
              for (const ch of n.textContent) {
                if (ch.trim() !== '') byFont.get(font).add(ch);
              }
            }
            const missing = [];
            let checked = 0;
            for (const [font, chars] of byFont) {
              const box = draw(font, '\\u0378');
              for (const ch of chars) {
                checked++;
                if (draw(font, ch) === box) {
                  missing.push(ch + ' U+' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0') + ' in ' + font);
                }
              }
            }
            return {checked: checked, missing: missing};
            """;

    /**
     * The layout problems of the page open in the browser.
     *
     * @param browser the browser
     * @param headings the headings the page must show (each matched at the start of an h1-h3's text)
     * @return the problems, empty when none
     */
    static List<String> layout(WebDriverChromium browser, List<String> headings) throws IOException {
        List<String> out = new ArrayList<>();
        browser.execute(LAYOUT, headings).forEach(p -> out.add(p.asText()));
        return out;
    }

    /**
     * The characters the page shows as missing-glyph boxes.
     *
     * @param browser the browser
     * @return the boxes (character, code point, font), and how many characters were checked
     */
    static Glyphs glyphs(WebDriverChromium browser) throws IOException {
        JsonNode r = browser.execute(GLYPHS);
        List<String> missing = new ArrayList<>();
        r.path("missing").forEach(m -> missing.add(m.asText()));
        return new Glyphs(r.path("checked").asInt(), missing);
    }

    /**
     * The glyph check's outcome.
     *
     * @param checked how many (font, character) pairs were drawn
     * @param missing those drawn as the missing-glyph box
     */
    record Glyphs(int checked, List<String> missing) {
    }

    /**
     * What the browser logged that a reader's browser would show as a problem: errors and warnings
     * (a script error, a resource the policy blocked, a failed request).
     *
     * @param browser the browser
     * @return the entries, empty when none
     */
    static List<String> console(WebDriverChromium browser) throws IOException {
        return browser.consoleLog().stream().filter(e -> e.startsWith("SEVERE") || e.startsWith("WARNING")).toList();
    }
}
