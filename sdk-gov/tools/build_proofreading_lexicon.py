#!/usr/bin/env python3
"""Builds the proofreader's data files under src/main/resources/ai/domainassist/gov/proofreading/.

Inputs (none is needed at build or run time; the outputs are committed):
  EVAL     ../shared/eval/gov: csc-odw-train.tsv, common-wrong-words.txt, official-writing-phrases.txt
           (ECSpell, MIT, Copyright (c) 2022 Aopolin-Lv)
  JIEBA    dict.txt of jieba 0.42.1 (MIT, Copyright 2012-2017 Sun Junyi), from Debian's python3-jieba:
           apt-get download python3-jieba && dpkg -x python3-jieba_*.deb x
           -> x/usr/lib/python3/dist-packages/jieba/dict.txt
  PINYIN   pinyin_dict.go of go-pinyin 0.19.0 (MIT, mozillazg), from Debian's golang-github-mozillazg-go-pinyin-dev
           -> x/usr/share/gocode/src/github.com/mozillazg/go-pinyin/pinyin_dict.go
  UNIHAN   the folder of the Unicode Han Database 15.0 (Unicode-DFS-2016), from Debian's unicode-data 15.0.0-1:
           apt-get download unicode-data && dpkg -x unicode-data_*.deb x -> x/usr/share/unicode
           (Unihan_DictionaryLikeData.txt.bz2 and Unihan_IRGSources.txt.bz2 are read; .txt works too).
           Until 0.1.0 visual.tsv came from rime-stroke's stroke.dict.yaml (LGPL-3); it was replaced so that
           no copyleft data ships in the jar.

The held-out split: line n (1-based) of csc-odw-train.tsv with n % 5 == 0 is held back for measuring
(344 sentences) and contributes nothing here. The file repeats a correct sentence with different
errors, so a line with n % 5 != 0 whose correct sentence is also one of a held-back line is left out
too; the remaining lines (1,030 of 1,376) build confusions.tsv and lm-sentences.txt.

Outputs: words.tsv, pinyin.tsv, confusions.tsv, word-pairs.tsv (as before), visual.tsv (visually
similar characters by shape codes), lm-sentences.txt, lm-titles.txt and lm-phrases.txt (the
corpus the proofreader's character 4-gram language model is estimated from when it loads).

usage: build_proofreading_lexicon.py EVAL JIEBA PINYIN UNIHAN OUTDIR
       build_proofreading_lexicon.py --visual-only UNIHAN OUTDIR   (visual.tsv from OUTDIR's words.tsv)
"""
import bz2, collections, os, re, sys, unicodedata

MIN_FREQ = 10          # jieba words kept (single characters are always kept)
COMMON = 50            # a character of jieba frequency >= COMMON may be proposed as a correction
PHRASE_FREQ = 200      # frequency given to official-writing phrases

def han(s):
    return all('\u4e00' <= c <= '\u9fff' for c in s)

def main(evaldir, jieba, pinyin, unihan, out):
    wrong = {}
    for l in open(f'{evaldir}/common-wrong-words.txt', encoding='utf-8'):
        l = l.strip()
        if l and '-' in l:
            r, w = l.split('-', 1)
            wrong[w] = r
    freq = {}
    for l in open(jieba, encoding='utf-8'):
        p = l.split()
        w, f = p[0], int(p[1])
        if 1 <= len(w) <= 4 and han(w) and (f >= MIN_FREQ or len(w) == 1):
            freq[w] = f
    for l in open(f'{evaldir}/official-writing-phrases.txt', encoding='utf-8'):
        w = l.split('\t')[0].strip()
        if 2 <= len(w) <= 4 and han(w):
            freq[w] = max(freq.get(w, 0), PHRASE_FREQ)
    for w in wrong:
        freq.pop(w, None)
    with open(f'{out}/words.tsv', 'w', encoding='utf-8') as o:
        o.write('# Word frequencies for the proofreader (word<TAB>frequency), 1 to 4 Chinese characters.\n'
                '# From jieba 0.42.1 dict.txt (MIT, Copyright 2012-2017 Sun Junyi; Debian package python3-jieba),\n'
                f'# words of 2-4 characters with frequency >= {MIN_FREQ} and every single character, plus the\n'
                f'# phrases of official-writing-phrases.txt (ECSpell, MIT, Copyright (c) 2022 Aopolin-Lv) at frequency {PHRASE_FREQ},\n'
                '# less the wrong forms of common-wrong-words.txt (ECSpell, MIT). Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for w in sorted(freq):
            o.write(f'{w}\t{freq[w]}\n')
    def strip_tone(p):
        return ''.join(c for c in unicodedata.normalize('NFD', p) if unicodedata.category(c) != 'Mn').replace('ü', 'v')
    src = open(pinyin, encoding='utf-8').read()
    with open(f'{out}/pinyin.tsv', 'w', encoding='utf-8') as o:
        o.write('# Toneless pinyin of Chinese characters (character<TAB>syllables, comma separated), used to find\n'
                '# homophones. From go-pinyin 0.19.0 pinyin_dict.go (MIT, mozillazg; Debian package\n'
                '# golang-github-mozillazg-go-pinyin-dev), CJK Unified Ideographs U+4E00-U+9FFF only.\n'
                '# Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for m in re.finditer(r'0x([0-9A-F]+): "([^"]+)"', src):
            cp = int(m.group(1), 16)
            if 0x4E00 <= cp <= 0x9FFF:
                syl = sorted({strip_tone(x) for x in m.group(2).split(',')})
                o.write(f'{chr(cp)}\t{",".join(syl)}\n')
    conf = collections.Counter()
    rows = training_rows(evaldir)
    for r in rows:
        if len(r[1]) != len(r[2]):
            continue
        for a, b in zip(r[1], r[2]):
            if a != b and han(a) and han(b):
                conf[(a, b)] += 1
    with open(f'{out}/confusions.tsv', 'w', encoding='utf-8') as o:
        o.write('# Character confusions (wrong<TAB>right<TAB>count) seen in official documents.\n'
                '# From csc-odw-train.tsv (ECSpell odw.train, MIT, Copyright (c) 2022 Aopolin-Lv), lines n with\n'
                '# n % 5 != 0 whose correct sentence no line with n % 5 == 0 has: those are held back to measure\n'
                '# the proofreader.\n'
                '# Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for (a, b), c in sorted(conf.items(), key=lambda x: (-x[1], x[0])):
            o.write(f'{a}\t{b}\t{c}\n')
    with open(f'{out}/word-pairs.tsv', 'w', encoding='utf-8') as o:
        o.write('# Wrong word forms and their standard forms (wrong<TAB>right), matched exactly.\n'
                '# From common-wrong-words.txt (ECSpell wordlist, MIT, Copyright (c) 2022 Aopolin-Lv), which lists\n'
                '# right-wrong pairs after 《第一批异形词整理表》 usage. Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for w, r in sorted(wrong.items()):
            o.write(f'{w}\t{r}\n')
    write_visual(unihan, {w for w in freq if len(w) == 1}, {w for w, f in freq.items() if len(w) == 1 and f >= COMMON}, out)
    write_corpus(evaldir, rows, out)


def training_rows(evaldir):
    """The lines of csc-odw-train.tsv that may be learned from: n % 5 != 0 (n from 1), and a correct
    sentence that no held-back line (n % 5 == 0) has: the file repeats sentences with other errors."""
    rows = [l.rstrip('\n').split('\t') for l in open(f'{evaldir}/csc-odw-train.tsv', encoding='utf-8')]
    held = {r[2].strip() for n, r in enumerate(rows, 1) if n % 5 == 0 and len(r) >= 3}
    return [r for n, r in enumerate(rows, 1) if n % 5 != 0 and len(r) >= 3 and r[2].strip() not in held]


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def deletions(s, k):
    out, frontier = {s}, {s}
    for _ in range(k):
        frontier = {x[:i] + x[i + 1:] for x in frontier for i in range(len(x))}
        out |= frontier
    return out


def read_unihan(folder):
    """kCangjie (one or more codes), kFourCornerCode and kTotalStrokes of every character."""
    fields = collections.defaultdict(dict)
    for name in ('Unihan_DictionaryLikeData.txt', 'Unihan_IRGSources.txt'):
        path = os.path.join(folder, name)
        lines = open(path, encoding='utf-8') if os.path.exists(path) else bz2.open(path + '.bz2', 'rt', encoding='utf-8')
        for l in lines:
            if l.startswith('U+'):
                cp, key, value = l.rstrip('\n').split('\t', 2)
                if key in ('kCangjie', 'kFourCornerCode', 'kTotalStrokes'):
                    fields[chr(int(cp[2:], 16))][key] = value
    return fields


def write_visual(unihan, chars, common, out):
    """For every character of the word list, the common characters of similar shape, from the Unicode
    Han Database: the Cangjie codes (which spell a character's shape as components) one edit apart and
    the total stroke counts at most 3 apart, or the same four-corner code (which encodes the shapes at the
    corners) with stroke counts at most 1 apart and Cangjie codes at most two edits apart (level 1); Cangjie
    codes two edits apart, the longer at least 4 letters, stroke counts at most 2 apart (level 2).
    Chosen among variants by the cross-validated proofreading F1 on the training part of csc-odw-train
    (tune_proofreader.py with the shipped weights), never on the held-back part."""
    u = read_unihan(unihan)
    cj = {c: u[c]['kCangjie'].split() for c in chars if 'kCangjie' in u[c]}
    strokes = {c: int(u[c]['kTotalStrokes'].split()[0]) for c in chars if 'kTotalStrokes' in u[c]}
    corner = {c: u[c]['kFourCornerCode'][:4] for c in chars if 'kFourCornerCode' in u[c]}

    def cjd(a, b):
        return min(edit_distance(x, y) for x in cj[a] for y in cj[b])

    def level(a, b):
        if a not in strokes or b not in strokes:
            return 0
        ds, d = abs(strokes[a] - strokes[b]), cjd(a, b)
        if (d <= 1 and ds <= 3) or (corner.get(a) and corner.get(a) == corner.get(b) and ds <= 1 and d <= 2):
            return 1
        if d == 2 and ds <= 2 and max(len(cj[a][0]), len(cj[b][0])) >= 4:
            return 2
        return 0

    idx = collections.defaultdict(set)
    by_corner = collections.defaultdict(set)
    for c in common:
        for code in cj.get(c, ()):
            for d in deletions(code, 2):
                idx[d].add(c)
        if c in corner:
            by_corner[corner[c]].add(c)
    with open(f'{out}/visual.tsv', 'w', encoding='utf-8') as o:
        o.write('# Visually similar characters (character<TAB>level-1 characters<TAB>level-2 characters), used as\n'
                '# correction candidates for characters mistaken by shape (冶/治, 木/术, 己/已). Level 1: Cangjie codes one\n'
                '# edit apart and total strokes at most 3 apart, or the same four-corner code, strokes at most 1 apart\n'
                '# and Cangjie codes at most two edits apart; level 2: Cangjie codes two edits apart (the longer of at\n'
                f'# least 4 letters), strokes at most 2 apart. Only characters of words.tsv, and as candidates only\n'
                f'# those of jieba frequency >= {COMMON}.\n'
                '# Derived (modified: pairs computed from its fields) from the Unicode Han Database 15.0, fields\n'
                '# kCangjie, kFourCornerCode and kTotalStrokes (Copyright (c) 1991-2022 Unicode, Inc.; Unicode-DFS-2016,\n'
                '# see LICENSE-Unicode-DFS-2016.txt; Debian package unicode-data 15.0.0-1).\n'
                '# Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for c in sorted(chars):
            if c not in cj:
                continue
            near = set()
            for code in cj[c]:
                for d in deletions(code, 2):
                    near |= idx.get(d, set())
            near |= by_corner.get(corner.get(c), set())
            levels = {c2: level(c, c2) for c2 in near - {c}}
            one = ''.join(sorted(x for x, v in levels.items() if v == 1))
            two = ''.join(sorted(x for x, v in levels.items() if v == 2))
            if one or two:
                o.write(f'{c}\t{one}\t{two}\n')


def write_corpus(evaldir, rows, out):
    src = 'ECSpell, MIT, Copyright (c) 2022 Aopolin-Lv'
    with open(f'{out}/lm-sentences.txt', 'w', encoding='utf-8') as o:
        o.write('# Correct official-document sentences for the proofreader\'s character language model, one a line:\n'
                f'# the target column of csc-odw-train.tsv ({src}), lines n with n % 5 != 0 whose\n'
                '# sentence no line with n % 5 == 0 has (those are held back to measure the proofreader).\n'
                '# Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for r in rows:
            if r[2].strip():
                o.write(r[2].strip() + '\n')
    with open(f'{out}/lm-titles.txt', 'w', encoding='utf-8') as o:
        o.write('# Titles of official documents for the proofreader\'s character language model, one a line:\n'
                f'# policy-titles.txt ({src}). Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for l in open(f'{evaldir}/policy-titles.txt', encoding='utf-8'):
            if l.strip():
                o.write(l.strip() + '\n')
    with open(f'{out}/lm-phrases.txt', 'w', encoding='utf-8') as o:
        o.write('# Official-writing phrases for the proofreader\'s character language model, one a line: the first\n'
                f'# column of official-writing-phrases.txt ({src}). Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for l in open(f'{evaldir}/official-writing-phrases.txt', encoding='utf-8'):
            w = l.split('\t')[0].strip()
            if w:
                o.write(w + '\n')

if __name__ == '__main__':
    if sys.argv[1] == '--visual-only':
        unihan, out = sys.argv[2], sys.argv[3]
        freq = {}
        for l in open(f'{out}/words.tsv', encoding='utf-8'):
            if not l.startswith('#'):
                w, f = l.rstrip('\n').split('\t')
                freq[w] = int(f)
        write_visual(unihan, {w for w in freq if len(w) == 1}, {w for w, f in freq.items() if len(w) == 1 and f >= COMMON}, out)
    else:
        main(*sys.argv[1:6])
