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

The held-out split: line n (1-based) of csc-odw-train.tsv with n % 5 == 0 is held back for measuring
(344 sentences) and contributes nothing here; lines with n % 5 != 0 (1,376) build confusions.tsv.

usage: build_proofreading_lexicon.py EVAL JIEBA PINYIN OUTDIR
"""
import collections, re, sys, unicodedata

MIN_FREQ = 10          # jieba words kept (single characters are always kept)
PHRASE_FREQ = 200      # frequency given to official-writing phrases

def han(s):
    return all('\u4e00' <= c <= '\u9fff' for c in s)

def main(evaldir, jieba, pinyin, out):
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
    rows = [l.rstrip('\n').split('\t') for l in open(f'{evaldir}/csc-odw-train.tsv', encoding='utf-8')]
    for n, r in enumerate(rows, 1):
        if n % 5 == 0 or len(r) < 3 or len(r[1]) != len(r[2]):
            continue
        for a, b in zip(r[1], r[2]):
            if a != b and han(a) and han(b):
                conf[(a, b)] += 1
    with open(f'{out}/confusions.tsv', 'w', encoding='utf-8') as o:
        o.write('# Character confusions (wrong<TAB>right<TAB>count) seen in official documents.\n'
                '# From csc-odw-train.tsv (ECSpell odw.train, MIT, Copyright (c) 2022 Aopolin-Lv), lines n with\n'
                '# n % 5 != 0 only: lines with n % 5 == 0 are held back to measure the proofreader.\n'
                '# Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for (a, b), c in sorted(conf.items(), key=lambda x: (-x[1], x[0])):
            o.write(f'{a}\t{b}\t{c}\n')
    with open(f'{out}/word-pairs.tsv', 'w', encoding='utf-8') as o:
        o.write('# Wrong word forms and their standard forms (wrong<TAB>right), matched exactly.\n'
                '# From common-wrong-words.txt (ECSpell wordlist, MIT, Copyright (c) 2022 Aopolin-Lv), which lists\n'
                '# right-wrong pairs after 《第一批异形词整理表》 usage. Built by sdk-gov/tools/build_proofreading_lexicon.py.\n')
        for w, r in sorted(wrong.items()):
            o.write(f'{w}\t{r}\n')

if __name__ == '__main__':
    main(*sys.argv[1:5])
