#!/usr/bin/env python3
"""Builds proofreading/terms-medical.txt (medical terms the proofreader protects) and
proofreading/domain-medical.txt (the medical sentences its domain detector learns from).

Input: csc-med-train.tsv (ECSpell med.train, MIT, Copyright (c) 2022 Aopolin-Lv): medical sentences
with spelling errors, errors<TAB>source<TAB>target. Only the corrected side (target) is read.

Held back: line n (from 1) with n % 5 == 0 is kept for measuring the proofreader on medical text
(ProofreaderDomainEvaluationTest); every other line whose corrected sentence is also a held-back
line's is left out too (the file repeats sentences), so no term comes from a sentence it is measured on.

Terms: each corrected training sentence is segmented (best segmentation under the word unigram
model of words.tsv, the proofreader's own). A term is
  - a word of two to four characters seen in at least 2 training sentences whose relative frequency
    there is at least RATIO times its relative frequency in words.tsv (jieba), or
  - two or three consecutive words, each of at least two characters at the ends, seen in at least 3
    training sentences,
and in either case does not occur in the official-document corpus the language model is estimated
from (lm-sentences.txt, lm-titles.txt, lm-phrases.txt): a term of official prose needs no protection.

domain-medical.txt: the same corrected training sentences, one a line. The detector compares their
character bigrams with those of the official-document corpus (naive Bayes, add-0.5 smoothing): a text
is medical when its mean log-likelihood ratio per bigram exceeds a threshold (1.25), chosen by 5-fold
cross-validation on the two training corpora (--calibrate prints the table: at 1.25, 0.986 of the
medical sentences are told medical and 0.006 of the official ones are taken for medical).

usage: build_domain_terms.py EVAL_DIR RESOURCE_DIR [--calibrate]   (EVAL_DIR holds medical/csc-med-train.tsv)
"""
import collections, math, re, sys

from tune_proofreader import data_lines, norm  # norm: as CharNgramModel.normalize

RATIO = 500
WORD_DF = 2
COMPOUND_DF = 3


def training_sentences(path):
    rows = [l.rstrip('\n').split('\t') for l in open(path, encoding='utf-8')]
    held = {r[2].strip() for n, r in enumerate(rows, 1) if n % 5 == 0 and len(r) >= 3}
    return sorted({r[2].strip() for n, r in enumerate(rows, 1)
                   if n % 5 != 0 and len(r) >= 3 and r[2].strip() not in held})


def main(evaldir, res):
    train = training_sentences(f'{evaldir}/medical/csc-med-train.tsv')
    official = '\n'.join(data_lines(f'{res}/lm-sentences.txt') + data_lines(f'{res}/lm-titles.txt')
                         + data_lines(f'{res}/lm-phrases.txt'))
    words = {}
    for l in data_lines(f'{res}/words.tsv'):
        w, f = l.split('\t')
        words[w] = int(f)
    total = sum(words.values())
    logn = math.log(total)

    def segment(s):
        n = len(s)
        best, back = [0.0] + [-1e18] * n, [0] * (n + 1)
        for j in range(1, n + 1):
            for L in range(1, min(4, j) + 1):
                f = words.get(s[j - L:j])
                if f:
                    p = math.log(f) - logn
                elif L == 1:
                    p = math.log(0.5) - logn - 5
                else:
                    continue
                if best[j - L] + p > best[j]:
                    best[j], back[j] = best[j - L] + p, L
        out, j = [], n
        while j > 0:
            out.append(s[j - back[j]:j])
            j -= back[j]
        return out[::-1]

    df = collections.Counter()
    for s in train:
        seen = set()
        for part in re.split(r'[^\u4e00-\u9fff]+', s):
            ws = segment(part)
            for k in range(len(ws)):
                for m in (1, 2, 3):
                    if k + m > len(ws):
                        break
                    g = ''.join(ws[k:k + m])
                    if m == 1 and len(g) >= 2:
                        seen.add((g, 1))
                    elif m > 1 and len(ws[k]) >= 2 and len(ws[k + m - 1]) >= 2:
                        seen.add((g, m))
        df.update(seen)
    n = len(train)
    terms = {}
    for (g, m), c in df.items():
        if g in official:
            continue
        if m == 1:
            if c >= WORD_DF and (c / n) / ((words.get(g, 0) + 1) / total) >= RATIO:
                terms[g] = max(terms.get(g, 0), c)
        elif c >= COMPOUND_DF:
            terms[g] = max(terms.get(g, 0), c)
    with open(f'{res}/terms-medical.txt', 'w', encoding='utf-8') as o:
        o.write('# Medical terms the proofreader never rewrites, and the vocabulary its domain detector counts\n'
                '# (term<TAB>number of training sentences it was seen in).\n'
                '# From the corrected side of csc-med-train.tsv (ECSpell med.train, MIT, Copyright (c) 2022\n'
                '# Aopolin-Lv; see LICENSE-ECSpell-MIT.txt), lines n with n % 5 != 0 whose sentence no line with\n'
                f'# n % 5 == 0 has ({n} distinct sentences; the others are held back to measure the proofreader on\n'
                f'# medical text). Words seen in >= {WORD_DF} sentences at >= {RATIO} times their jieba frequency, and runs of two\n'
                f'# or three words seen in >= {COMPOUND_DF} sentences, none occurring in the official-document corpus (lm-*.txt).\n'
                '# Built by sdk-gov/tools/build_domain_terms.py.\n')
        for g in sorted(terms, key=lambda x: (-terms[x], x)):
            o.write(f'{g}\t{terms[g]}\n')
    with open(f'{res}/domain-medical.txt', 'w', encoding='utf-8') as o:
        o.write('# Medical sentences for the proofreader\'s domain detector, one a line: the corrected side of\n'
                '# csc-med-train.tsv (ECSpell med.train, MIT, Copyright (c) 2022 Aopolin-Lv; see LICENSE-ECSpell-MIT.txt),\n'
                '# lines n with n % 5 != 0 whose sentence no line with n % 5 == 0 has (those are held back to measure\n'
                '# the proofreader on medical text). Built by sdk-gov/tools/build_domain_terms.py.\n')
        for s in train:
            o.write(s + '\n')
    print(f'{len(terms)} terms from {n} sentences', file=sys.stderr)


def bigrams(s):
    s = norm(s)
    return [s[i:i + 2] for i in range(len(s) - 1)]


def medical_score(med, off, s, a=0.5):
    """Mean log-likelihood ratio per bigram, medical against official (DomainDetector)."""
    v = len(set(med) | set(off)) + 1
    nm, no = sum(med.values()), sum(off.values())
    g = bigrams(s)
    if not g:
        return 0.0
    return sum(math.log((med[x] + a) / (nm + a * v)) - math.log((off[x] + a) / (no + a * v)) for x in g) / len(g)


def calibrate(evaldir, res, folds=5):
    med = training_sentences(f'{evaldir}/medical/csc-med-train.tsv')
    official = data_lines(f'{res}/lm-sentences.txt')
    extra = data_lines(f'{res}/lm-titles.txt') + data_lines(f'{res}/lm-phrases.txt')
    sm, so = [], []
    for k in range(folds):
        cm, co = collections.Counter(), collections.Counter()
        for i, s in enumerate(med):
            if i % folds != k:
                cm.update(bigrams(s))
        for i, s in enumerate(official):
            if i % folds != k:
                co.update(bigrams(s))
        for s in extra:
            co.update(bigrams(s))
        sm += [medical_score(cm, co, s) for i, s in enumerate(med) if i % folds == k]
        so += [medical_score(cm, co, s) for i, s in enumerate(official) if i % folds == k]
    print('threshold  medical told medical  official taken for medical')
    for t in (0.5, 0.75, 1.0, 1.25, 1.5, 2.0):
        print(f'{t:9.2f}  {sum(x > t for x in sm) / len(sm):20.3f}  {sum(x > t for x in so) / len(so):26.4f}')


if __name__ == '__main__':
    if '--calibrate' in sys.argv:
        calibrate(*sys.argv[1:3])
    else:
        main(*sys.argv[1:3])
