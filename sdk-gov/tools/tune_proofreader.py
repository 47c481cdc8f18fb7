#!/usr/bin/env python3
"""Tunes the proofreader's scoring weights (proofreading/scoring.tsv) by cross-validation on the
TRAINING part of csc-odw-train.tsv, and mirrors the Java Proofreader so that the two can be compared.

The held-back part (line n, from 1, with n % 5 == 0) is dropped when the file is read and is never
seen here; so is every other line whose correct sentence a held-back line has (the file repeats a
sentence with different errors). The training part (n % 5 != 0, equal-length source and target) is split into 5 folds by
correct sentence (the k-th distinct sentence goes to fold k % 5); for each fold the language model is estimated from the other folds' correct targets
plus lm-titles.txt and lm-phrases.txt, and the learned confusions come from the other folds only.
The candidate edits and their features are computed once per fold; a coordinate search then picks
the weights that maximise detection F1 + correction F1 at sentence level, with a penalty when the
false-positive rate on error-free sentences exceeds --max-fpr.

The algorithm (the same as ai.domainassist.gov.rules.Proofreader):
  - a character 4-gram language model, interpolated modified Kneser-Ney, over the corpus lines
    (digits normalised to 0, Latin letters to A, a begin and an end mark per line);
  - single-character candidates: homophones (toneless pinyin, pinyin.tsv), fuzzy homophones
    (fuzzy-pinyin.tsv), visually similar characters (visual.tsv, levels 1 and 2) and the confusions
    learned from the training part (confusions.tsv), each a "kind"; a candidate is scored when it completes a known word of words.tsv
    (2-4 characters) with its neighbours, or forms a trigram seen in the corpus, or is a learned
    confusion; one that completes no word must not lower the language-model score;
  - completion candidates, where the character as written is no numeral and forms no word of
    words.tsv (2-4 characters) with its neighbours: any other character that completes a word of frequency >=
    COMMON_WORD (2-4 characters) with them, kind completeL by the longest such word;
  - word candidates: words of 2-4 characters of words.tsv with the same toneless pinyin as the span
    they replace, two or more characters changed;
  - a candidate whose dLM is not above min_lm_gain (scoring.tsv, fixed) is dropped; the others get
    score = dLM + a * dSeg + b * dBigram + p * dPair + bonus(kind) + l * ln(1 + learned count)
            + (no word ? nofw : 0) + (the replaced span is itself a word ? ow : 0), where dLM is the
    gain in the language model's log probability, dSeg the gain of the best segmentation of the
    window (+-4 characters) under the word unigram model of words.tsv; a numeral is never replaced
    by a numeral; dBigram and dPair are 0 (b and p not in scoring.tsv) unless --bigrams gives a word
    bigram model (the experiment of issue 17's third round, not shipped: the gain of the window's best
    segmentation under HanLP's People's Daily word bigrams, WordBigrams below, and the gain of
    ln(1 + the largest count of an adjacent word pair overlapping the edit));
  - edits scoring above the threshold are taken best first, never overlapping;
  - before the corrector: the word pairs (word-pairs.tsv) and the context rules of official text
    (context-rules.tsv, domain OFFICIAL) claim their positions; the corrector never changes a
    position they claimed nor a character inside a legal term (terms-legal.txt) or a medical term of
    three or more characters (terms-medical.txt). The sentences measured here are official prose
    (ai.domainassist.gov.rules.Proofreader with TextDomain.OFFICIAL).

usage: tune_proofreader.py EVAL_GOV_DIR RESOURCE_DIR [--max-fpr 0.004] [--penalty 20] [--start w1,w2,...]
                           [--dump FILE.pkl] [--no-search]
       tune_proofreader.py EVAL_GOV_DIR RESOURCE_DIR --apply < sentences   (full training part, shipped weights)
--dump keeps the candidate edits of every fold (computed once, about five minutes) for later searches;
--no-search measures the weights given (--start, else scoring.tsv) only. Besides the false-positive
rate on the error-free training lines (fpr, bounded by --max-fpr), every run reports fpr_targets: the
rate on the distinct correct sentences of the training part (names, titles, headings included),
the population the held-back official false-positive rate is measured on; --max-fpr-targets bounds it.
The experiment with HanLP's word bigrams (docs/gov-proofreading.md):
  java -cp hanlp-portable-1.8.6.jar sdk-gov/tools/ExportHanlpBigrams.java /tmp/wb2.tsv.gz 2
  tune_proofreader.py EVAL RES --bigrams /tmp/wb2.tsv.gz --dump /tmp/cv.pkl [--max-fpr-targets 0.030]
"""
import argparse, collections, itertools, math, os, re, sys

BOS, EOS = '\u0002', '\u0003'
ORDER = 4
WIN = 4
COMMON = 50
NAMES = ['seg_weight', 'threshold', 'homophone', 'fuzzy', 'visual1', 'visual2', 'confusion', 'learned', 'no_word',
         'word2', 'word3', 'word4', 'replaces_word', 'complete2', 'complete3', 'complete4', 'bigram', 'pair']
COMMON_WORD = 1000  # words.tsv frequency from which a word completes candidates outside the sets
NUMERALS = set('零〇○Ｏ一壹幺二贰貳两兩三叁參叄四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億')


def data_lines(path):
    out = []
    for l in open(path, encoding='utf-8'):
        l = l.lstrip('\ufeff').rstrip()
        if l.strip() and not l.startswith('#'):
            out.append(l)
    return out


def han(c):
    return '\u4e00' <= c <= '\u9fff'


def norm(text):
    out = []
    for c in text:
        o = ord(c)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            c = chr(o - 0xFEE0)
        if '0' <= c <= '9':
            c = '0'
        elif 'a' <= c <= 'z' or 'A' <= c <= 'Z':
            c = 'A'
        out.append(c)
    return ''.join(out)


class KN:
    """Interpolated modified Kneser-Ney character model, ARPA-style: prob[ngram], bow[context]."""

    def __init__(self, lines, order=ORDER):
        self.order = order
        counts = [collections.Counter() for _ in range(order + 1)]
        for l in lines:
            s = BOS + norm(l) + EOS
            for i in range(1, len(s)):
                for n in range(1, min(order, i + 1) + 1):
                    counts[n][s[i - n + 1:i + 1]] += 1
        adj = [None] * (order + 1)
        adj[order] = counts[order]
        for n in range(order - 1, 0, -1):
            cc = collections.Counter()
            for g in counts[n + 1]:
                cc[g[1:]] += 1
            for g, c in counts[n].items():
                if g[0] == BOS:
                    cc[g] = c
            adj[n] = cc
        self.trigrams = set(counts[3])
        self.prob, self.bow = {}, {}
        D = [None] * (order + 1)
        for n in range(1, order + 1):
            nc = collections.Counter(v for v in adj[n].values() if v <= 4)
            n1, n2, n3, n4 = nc[1], nc[2], nc[3], nc[4]
            y = n1 / (n1 + 2 * n2) if n1 + 2 * n2 else 0.5
            D[n] = (0, max(1 - 2 * y * n2 / n1 if n1 else 0.5, 0.1), max(2 - 3 * y * n3 / n2 if n2 else 1, 0.1),
                    max(3 - 4 * y * n4 / n3 if n3 else 1.5, 0.1))
        tot = sum(adj[1].values())
        d = D[1]
        st = [0, 0, 0]
        for c in adj[1].values():
            st[min(c, 3) - 1] += 1
        gamma = (d[1] * st[0] + d[2] * st[1] + d[3] * st[2]) / tot
        v = len(adj[1])
        self.unk = math.log(gamma / (v + 1))
        for g, c in adj[1].items():
            self.prob[g] = math.log((c - d[min(c, 3)]) / tot + gamma / (v + 1))
        for n in range(2, order + 1):
            d = D[n]
            ctot = collections.Counter()
            cst = collections.defaultdict(lambda: [0, 0, 0])
            for g, c in adj[n].items():
                ctot[g[:-1]] += c
                cst[g[:-1]][min(c, 3) - 1] += 1
            for h, t in ctot.items():
                s3 = cst[h]
                self.bow[h] = math.log((d[1] * s3[0] + d[2] * s3[1] + d[3] * s3[2]) / t)
            for g, c in adj[n].items():
                h = g[:-1]
                self.prob[g] = math.log((c - d[min(c, 3)]) / ctot[h] + math.exp(self.bow[h] + self.lp(g[1:])))

    def lp(self, g):
        p = self.prob.get(g)
        if p is not None:
            return p
        if len(g) == 1:
            return self.unk
        return self.bow.get(g[:-1], 0.0) + self.lp(g[1:])

    def gain(self, ns, i, rep):
        """Gain of replacing text[i:i+len(rep)] by rep; ns = BOS + norm(text) + EOS."""
        j = i + 1
        hi = min(len(ns), j + len(rep) - 1 + self.order)
        t = ns[:j] + norm(rep) + ns[j + len(rep):]
        o = self.order
        return sum(self.lp(t[max(0, k - o + 1):k + 1]) - self.lp(ns[max(0, k - o + 1):k + 1]) for k in range(j, hi))


class Lexicon:
    """Everything that does not depend on csc-odw-train: words, pinyin, candidate sets."""

    def __init__(self, res):
        self.freq = {}
        for l in data_lines(f'{res}/words.tsv'):
            w, f = l.split('\t')
            self.freq[w] = int(f)
        self.logn = math.log(sum(self.freq.values()))
        self.unk = math.log(0.5) - self.logn - 5
        self.py = {}
        for l in data_lines(f'{res}/pinyin.tsv'):
            c, s = l.split('\t')
            self.py[c] = s.split(',')
        self.inits, self.finals = [], []
        for l in data_lines(f'{res}/fuzzy-pinyin.tsv'):
            k, a, b = l.split('\t')
            (self.inits if k == 'initial' else self.finals).append((a, b))
        common = {w for w, f in self.freq.items() if len(w) == 1 and f >= COMMON}
        bysyl = collections.defaultdict(set)
        for c in common:
            for s in self.py.get(c, ()):
                bysyl[s].add(c)
        self.kinds = collections.defaultdict(dict)  # char -> candidate -> kind
        for c, ss in self.py.items():
            for s in ss:
                for x in bysyl.get(s, ()):
                    self.kinds[c][x] = 'homophone'
            for s in ss:
                for s2 in self.fuzzy(s):
                    for x in bysyl.get(s2, ()):
                        self.kinds[c].setdefault(x, 'fuzzy')
        for l in data_lines(f'{res}/visual.tsv'):
            p = l.split('\t') + ['', '']
            for lv, group in ((1, p[1]), (2, p[2])):
                for x in group:
                    self.kinds[p[0]].setdefault(x, 'visual%d' % lv)
        for c in self.kinds:
            self.kinds[c].pop(c, None)
        # pattern (length, open position, the other characters) -> the characters completing a common word
        self.comp = collections.defaultdict(set)
        for w, f in self.freq.items():
            if 2 <= len(w) <= 4 and f >= COMMON_WORD and all(han(c) for c in w):
                for k in range(len(w)):
                    self.comp[(len(w), k, w[:k] + w[k + 1:])].add(w[k])
        self.pyidx = collections.defaultdict(set)
        for w in self.freq:
            keys = self.keys(w)
            for k in keys:
                self.pyidx[k].add(w)

    def fuzzy(self, s):
        inits = [s]
        for a, b in self.inits:
            if s.startswith(a):
                inits.append(b + s[len(a):])
                break
            if s.startswith(b):
                inits.append(a + s[len(b):])
                break
        out = set()
        for x in inits:
            out.add(x)
            for a, b in self.finals:
                if x.endswith(a):
                    out.add(x[:-len(a)] + b)
                    break
                if x.endswith(b):
                    out.add(x[:-len(b)] + a)
                    break
        out.discard(s)
        return out

    def keys(self, span):
        if not 2 <= len(span) <= 4 or not all(c in self.py for c in span):
            return []
        n = 1
        for c in span:
            n *= len(self.py[c])
        if n > 16:
            return []
        return list(itertools.product(*(self.py[c] for c in span)))

    def seg(self, s):
        best = [0.0] + [-1e18] * len(s)
        for j in range(1, len(s) + 1):
            for L in range(1, min(4, j) + 1):
                f = self.freq.get(s[j - L:j])
                if f:
                    p = math.log(f) - self.logn
                elif L == 1:
                    p = self.unk
                else:
                    continue
                if best[j - L] + p > best[j]:
                    best[j] = best[j - L] + p
        return best[len(s)]

    def seg_gain(self, s, i, rep):
        lo, hi = max(0, i - WIN), min(len(s), i + len(rep) + WIN)
        return self.seg(s[lo:i] + rep + s[i + len(rep):hi]) - self.seg(s[lo:hi])

    def forms_word(self, s, i, c2):
        for L in (2, 3, 4):
            for st in range(max(0, i - L + 1), i + 1):
                if st + L <= len(s) and s[st:i] + c2 + s[i + 1:st + L] in self.freq:
                    return True
        return False


class WordBigrams:
    """Word bigram model of HanLP's People's Daily statistics (exported by ExportHanlpBigrams.java): interpolated
    P(w2|w1) = LAMBDA * c(w1 w2) / c(w1 *) + (1 - LAMBDA) * P(w2), unigram P(w) = f(w) / N."""
    LAMBDA = 0.7

    def __init__(self, path, min_count=1):
        import gzip
        self.freq, self.pairs, self.left = {}, {}, collections.Counter()
        words, section = [], None
        for l in gzip.open(path, 'rt', encoding='utf-8'):
            l = l.rstrip('\n')
            if not l or l.startswith('#'):
                continue
            if l.startswith('@'):
                section = l
                continue
            p = l.split('\t')
            if section == '@words':
                words.append(p[0])
                self.freq[p[0]] = int(p[1])
            elif int(p[2]) >= min_count:
                a, b = words[int(p[0])], words[int(p[1])]
                self.pairs[(a, b)] = int(p[2])
                self.left[a] += int(p[2])
        n = sum(self.freq.values())
        self.logp = {w: math.log(f / n) for w, f in self.freq.items()}
        self.unk = math.log(0.5 / n) - 5
        self.maxlen = 4

    def step(self, a, b):
        pb = math.exp(self.logp.get(b, self.unk))
        if a is None:
            return math.log(pb)
        c = self.pairs.get((a, b))
        la = self.left.get(a, 0)
        if not la:
            return math.log(pb)
        return math.log(self.LAMBDA * (c or 0) / la + (1 - self.LAMBDA) * pb)

    def best(self, s):
        """Log probability of the best segmentation of s under the bigram model (Viterbi over words)."""
        # states: end position -> {last word: best log prob}
        states = [dict() for _ in range(len(s) + 1)]
        states[0][None] = 0.0
        for j in range(1, len(s) + 1):
            for L in range(1, min(self.maxlen, j) + 1):
                w = s[j - L:j]
                if L > 1 and w not in self.logp:
                    continue
                prev = states[j - L]
                if not prev:
                    continue
                v = max(lp + self.step(a, w) for a, lp in prev.items())
                if v > states[j].get(w, -1e18):
                    states[j][w] = v
        return max(states[len(s)].values())

    def gain(self, s, i, rep, win=WIN):
        lo, hi = max(0, i - win), min(len(s), i + len(rep) + win)
        return self.best(s[lo:i] + rep + s[i + len(rep):hi]) - self.best(s[lo:hi])


    def best_pair(self, s, a, b):
        """ln(1 + the largest count of a pair of adjacent words w1 w2 of s, w1 known, at least one of
        two or more characters, the pair overlapping [a, b))."""
        best = 0
        for m in range(max(1, a - 3), min(len(s), b + 3) + 1):
            for l1 in range(1, 5):
                x = m - l1
                if x < 0:
                    break
                w1 = s[x:m]
                if w1 not in self.freq:
                    continue
                for l2 in range(1, 5):
                    y = m + l2
                    if y > len(s):
                        break
                    if x < b and y > a and (l1 > 1 or l2 > 1):
                        best = max(best, self.pairs.get((w1, s[m:y]), 0))
        return math.log(1 + best)

    def pair_gain(self, s, i, rep):
        j = i + len(rep)
        return self.best_pair(s[:i] + rep + s[j:], i, j) - self.best_pair(s, i, j)


BIGRAMS = None


def big_gain(s, i, rep):
    """(gain of the window's best word-bigram segmentation, gain of the best adjacent word pair)."""
    return (BIGRAMS.gain(s, i, rep), BIGRAMS.pair_gain(s, i, rep)) if BIGRAMS else (0.0, 0.0)


def load_claims(res):
    """What claims positions before the corrector: the word pairs, the context rules of official
    text and the protected terms, as one Claims object."""
    return Claims(res)


class Claims:
    def __init__(self, res):
        self.pairs = [tuple(l.split('\t')) for l in data_lines(f'{res}/word-pairs.tsv')]
        self.rules = []
        for l in data_lines(f'{res}/context-rules.tsv'):
            rid, domains, pattern, rep, _ = l.split('\t')
            if 'OFFICIAL' in domains.split(','):
                self.rules.append((re.compile(pattern), rep))
        self.terms = {l.split('\t')[0] for l in data_lines(f'{res}/terms-legal.txt')}
        self.terms |= {t for t in (l.split('\t')[0] for l in data_lines(f'{res}/terms-medical.txt')) if len(t) >= 3}
        self.maxlen = max(len(t) for t in self.terms)

    def apply(self, s):
        """(flagged, taken, fixes, blocked) before the corrector, as Proofreader.check."""
        flagged, taken, fixes = set(), set(), {}
        for wrong, right in self.pairs:
            at = s.find(wrong)
            while at >= 0:
                for k in range(at, at + len(wrong)):
                    taken.add(k)
                    flagged.add(k)
                    if len(right) == len(wrong) and s[k] != right[k - at]:
                        fixes[k] = right[k - at]
                at = s.find(wrong, at + len(wrong))
        for pattern, rep in self.rules:
            for m in pattern.finditer(s):
                a, b = m.start(1), m.end(1)
                if any(k in taken for k in range(a, b)):
                    continue
                for k in range(a, b):
                    taken.add(k)
                    if len(rep) == b - a and s[k] != rep[k - a]:
                        fixes[k] = rep[k - a]
                        flagged.add(k)
        blocked = set(taken)
        for i in range(len(s)):
            for L in range(min(self.maxlen, len(s) - i), 1, -1):
                if s[i:i + L] in self.terms:
                    blocked.update(range(i, i + L))
                    break
        return flagged, taken, fixes, blocked


def edits(lex, model, learned, s, gate):
    """Candidate edits: (start, replacement, kind, dLM, dSeg, learned count, forms a word, replaces a word)."""
    ns = BOS + norm(s) + EOS
    out = []
    for i, c in enumerate(s):
        if not han(c):
            continue
        seen = learned.get(c, {})
        cands = dict(lex.kinds.get(c, {}))
        for x in seen:
            cands.setdefault(x, 'confusion')
        for c2, kind in cands.items():
            if c in NUMERALS and c2 in NUMERALS:
                continue
            fw = lex.forms_word(s, i, c2)
            j = i + 1
            t = ns[:j] + norm(c2) + ns[j + 1:]
            tri = any(t[a:a + 3] in model.trigrams for a in range(max(0, j - 2), j + 1) if a + 3 <= len(t))
            if not (fw or tri or c2 in seen):
                continue
            dl = model.gain(ns, i, c2)
            if dl <= gate:
                continue
            out.append((i, c2, kind, dl, lex.seg_gain(s, i, c2), seen.get(c2, 0), fw, False) + big_gain(s, i, c2))
        # characters outside the sets that complete a common word: kind completeL (L: longest such word)
        found = {}
        for L in (2, 3, 4) if c not in NUMERALS and not lex.forms_word(s, i, c) else ():
            for st in range(max(0, i - L + 1), i + 1):
                if st + L > len(s):
                    continue
                for c2 in lex.comp.get((L, i - st, s[st:i] + s[i + 1:st + L]), ()):
                    if c2 != c and c2 not in cands:
                        found[c2] = L
        for c2, L in sorted(found.items()):
            dl = model.gain(ns, i, c2)
            if dl > gate:
                out.append((i, c2, 'complete%d' % L, dl, lex.seg_gain(s, i, c2), 0, True, False) + big_gain(s, i, c2))
        for L in (2, 3, 4):
            span = s[i:i + L]
            if len(span) < L:
                break
            found = set()
            for k in lex.keys(span):
                found |= lex.pyidx.get(k, set())
            for w in sorted(found):
                changed = [(a, b) for a, b in zip(span, w) if a != b]
                if len(changed) < 2 or any(a in NUMERALS and b in NUMERALS for a, b in changed):
                    continue
                dl = model.gain(ns, i, w)
                if dl <= gate:
                    continue
                lc = sum(learned.get(a, {}).get(b, 0) for a, b in changed)
                out.append((i, w, 'word%d' % len(changed), dl, lex.seg_gain(s, i, w), lc, True, span in lex.freq)
                       + big_gain(s, i, w))
    return out


def score(p, e):
    w = dict(zip(NAMES, p))
    i, rep, kind, dl, ds, lc, fw, ow, db, dp = e
    return (dl + w['seg_weight'] * ds + w['bigram'] * db + w['pair'] * dp + w.get(kind, 0.0) + (w['learned'] * math.log(1 + lc) if lc else 0.0)
            + (0.0 if fw else w['no_word']) + (w['replaces_word'] if ow else 0.0))


def correct(p, s, cand, claims):
    """The fixes {position: character} and flagged positions, as the Java Proofreader would give."""
    flagged, taken, fixes, blocked = claims.apply(s)
    t = p[NAMES.index('threshold')]
    scored = sorted(((score(p, e), e) for e in cand), key=lambda x: (-x[0], x[1][0], x[1][1]))
    used = set(blocked)
    for v, e in scored:
        if v <= t:
            break
        i, rep = e[0], e[1]
        span = range(i, i + len(rep))
        if any(k in used for k in span):
            continue
        used.update(span)
        for k, ch in zip(span, rep):
            if s[k] != ch:
                fixes[k] = ch
                flagged.add(k)
    return flagged, fixes


def measure(p, data, claims):
    npred = npos = tpd = tpc = neg = fpneg = 0
    for (s, t), cand in data:
        flagged, fixes = correct(p, s, cand, claims)
        gold = {i for i in range(len(s)) if s[i] != t[i]}
        fixed = ''.join(fixes.get(i, c) for i, c in enumerate(s))
        if gold:
            npos += 1
        else:
            neg += 1
            fpneg += bool(flagged)
        if flagged:
            npred += 1
            if gold and flagged == gold:
                tpd += 1
                tpc += fixed == t
    f = lambda a, b: 2 * a * b / (a + b) if a + b else 0
    dp, dr, cp, cr = tpd / max(npred, 1), tpd / max(npos, 1), tpc / max(npred, 1), tpc / max(npos, 1)
    return dict(dP=dp, dR=dr, dF1=f(dp, dr), cP=cp, cR=cr, cF1=f(cp, cr), fpr=fpneg / max(neg, 1))


def training_part(evaldir):
    rows = [l.rstrip('\n').split('\t') for l in open(f'{evaldir}/csc-odw-train.tsv', encoding='utf-8')]
    # the held-back part (n % 5 == 0) is dropped here and never used, and so is every line whose
    # correct sentence a held-back line has (the file repeats sentences with other errors)
    held = {r[2].strip() for n, r in enumerate(rows, 1) if n % 5 == 0 and len(r) >= 3}
    return [(r[1], r[2]) for n, r in enumerate(rows, 1)
            if n % 5 != 0 and len(r) >= 3 and len(r[1]) == len(r[2]) and r[2].strip() not in held]


def learned_from(pairs):
    learned = collections.defaultdict(collections.Counter)
    for s, t in pairs:
        for a, b in zip(s, t):
            if a != b and han(a) and han(b):
                learned[a][b] += 1
    return learned


def read_weights(res):
    w = dict(l.split('\t')[:2] for l in data_lines(f'{res}/scoring.tsv'))
    return [float(w.get(n, 0.0)) for n in NAMES]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('evaldir')
    ap.add_argument('res')
    ap.add_argument('--max-fpr', type=float, default=0.004)
    ap.add_argument('--start')
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--apply', action='store_true')
    ap.add_argument('--penalty', type=float, default=20, help='objective penalty per unit of false-positive rate above --max-fpr')
    ap.add_argument('--bigrams', default='none',
                    help='a word bigram model exported by ExportHanlpBigrams.java (an experiment; not shipped)')
    ap.add_argument('--no-search', action='store_true', help='measure the given weights only')
    ap.add_argument('--bigram-min', type=int, default=1)
    ap.add_argument('--max-fpr-targets', type=float, default=1.0,
                    help='bound on the false-positive rate on the distinct correct sentences of the training part')
    ap.add_argument('--dump', help='pickle the candidate edits of every fold here (or load them when it exists)')
    a = ap.parse_args()
    global BIGRAMS
    if a.bigrams != 'none':
        BIGRAMS = WordBigrams(a.bigrams, a.bigram_min)
    lex = Lexicon(a.res)
    claims = load_claims(a.res)
    extra = data_lines(f'{a.res}/lm-titles.txt') + data_lines(f'{a.res}/lm-phrases.txt')
    train = training_part(a.evaldir)
    gate = float(dict(l.split('\t')[:2] for l in data_lines(f'{a.res}/scoring.tsv'))['min_lm_gain'])
    if a.apply:
        p = read_weights(a.res)
        model = KN(data_lines(f'{a.res}/lm-sentences.txt') + extra)
        learned = learned_from(train)
        for line in sys.stdin:
            s = line.rstrip('\n')
            flagged, fixes = correct(p, s, edits(lex, model, learned, s, gate), claims)
            print(s + '\t' + ' '.join(f'{k}:{fixes.get(k, "?")}' for k in sorted(flagged)))
        return
    data, targets = [], []
    # folds by correct sentence (a sentence repeated with other errors stays in one fold), in order of
    # first appearance: otherwise the language model would be estimated from the sentences it is tested on
    group = {}
    for _, t in train:
        group.setdefault(t.strip(), len(group))
    for k in range(a.folds) if not (a.dump and os.path.exists(a.dump)) else ():
        rest = [x for x in train if group[x[1].strip()] % a.folds != k]
        test = [x for x in train if group[x[1].strip()] % a.folds == k]
        model = KN([t for _, t in rest] + extra)
        learned = learned_from(rest)
        data += [((s, t), edits(lex, model, learned, s, gate)) for s, t in test]
        # the correct side of every line of the fold, once per distinct sentence, proofread as error-free
        # text: the population the held-back false-positive rate is measured on (names, titles, headings)
        distinct = list(dict.fromkeys(t for _, t in test))
        targets += [((t, t), edits(lex, model, learned, t, gate)) for t in distinct]
        print(f'fold {k}: {len(test)} sentences', file=sys.stderr, flush=True)
    if a.dump:
        import pickle
        if os.path.exists(a.dump):
            data, targets = pickle.load(open(a.dump, 'rb'))
        else:
            pickle.dump((data, targets), open(a.dump, 'wb'))
    p = [float(x) for x in a.start.split(',')] if a.start else read_weights(a.res)
    def both(q):
        r = measure(q, data, claims)
        r['fpr_targets'] = measure(q, targets, claims)['fpr']
        return r

    if a.no_search:
        print(' '.join(f'{k}={v:.3f}' for k, v in both(p).items()) + f' (targets: {len(targets)})')
        return
    steps = [0.1 if n in ('seg_weight', 'bigram', 'pair') else 0.5 for n in NAMES]

    def objective(q):
        r = both(q)
        return (r['dF1'] + r['cF1'] - a.penalty * max(0.0, r['fpr'] - a.max_fpr)
                - a.penalty * max(0.0, r['fpr_targets'] - a.max_fpr_targets)), r

    best, br = objective(p)
    for it in range(6):
        improved = False
        for j in range(len(p)):
            for d in (-2, -1, 1, 2):
                q = list(p)
                q[j] = round(q[j] + d * steps[j], 3)
                v, r = objective(q)
                if v > best + 1e-9:
                    best, br, p, improved = v, r, q, True
        print(f'round {it}: ' + ' '.join(f'{k}={v:.3f}' for k, v in br.items()), file=sys.stderr, flush=True)
        if not improved:
            break
    print('# cross-validated on the training part (%d folds): ' % a.folds + ' '.join(f'{k}={v:.3f}' for k, v in br.items()))
    for n, v in zip(NAMES, p):
        print(f'{n}\t{v}')


if __name__ == '__main__':
    main()
