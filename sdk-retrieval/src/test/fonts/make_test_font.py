#!/usr/bin/env python3
"""Writes ../resources/fonts/test-cjk.ttf: a tiny TrueType font for the PDF ingestion tests.

No CJK font ships with the JDK or the build machines, and PDFBox needs one to write Chinese text
into a test PDF. This font has one plain box glyph per character (all printable ASCII, CJK
punctuation, and every character of the test texts), each its own glyph id, so PDFBox's
ToUnicode map lets the text be extracted again exactly. It draws nothing readable; it exists
only so tests can make real Chinese PDFs. Re-run after adding characters to the test texts:
    pip install fonttools && python3 make_test_font.py
"""
import pathlib
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

HERE = pathlib.Path(__file__).resolve().parent
RES = HERE.parent / "resources"
chars = set(chr(c) for c in range(0x20, 0x7F))
chars |= set("，。、；：？！“”‘’（）《》〔〕【】…—·％　")
for f in sorted((RES / "texts").glob("*.txt")):
    chars |= set(f.read_text(encoding="utf-8"))
chars |= set((HERE / "extra-chars.txt").read_text(encoding="utf-8"))
chars = sorted(c for c in chars if c.isprintable() or c == "\u3000")

def box(width):
    pen = TTGlyphPen(None)
    if width:
        pen.moveTo((50, 0)); pen.lineTo((50, 700)); pen.lineTo((width - 50, 700)); pen.lineTo((width - 50, 0)); pen.closePath()
    return pen.glyph()

names = [".notdef"] + ["g%04x" % ord(c) for c in chars]
fb = FontBuilder(1000, isTTF=True)
fb.setupGlyphOrder(names)
fb.setupCharacterMap({ord(c): "g%04x" % ord(c) for c in chars})
glyphs, metrics = {".notdef": box(500)}, {".notdef": (500, 0)}
for c in chars:
    w = 500 if ord(c) < 0x2E80 else 1000
    glyphs["g%04x" % ord(c)] = box(0 if c in " \u3000" else w)
    metrics["g%04x" % ord(c)] = (w, 50)
fb.setupGlyf(glyphs)
fb.setupHorizontalMetrics(metrics)
fb.setupHorizontalHeader(ascent=880, descent=-120)
fb.setupNameTable({"familyName": "DaTestCjk", "styleName": "Regular"})
fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120, sCapHeight=700, sxHeight=500)
fb.setupPost()
out = RES / "fonts" / "test-cjk.ttf"
fb.save(str(out))
print(out, len(chars), "characters")
