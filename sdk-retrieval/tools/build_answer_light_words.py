#!/usr/bin/env python3
"""Builds sdk-retrieval's answer/light-words.tsv: the words of a question that say how or where something is
asked rather than what about (adverbs, pronouns, conjunctions, prepositions, particles, interjections,
onomatopoeia, measure words), by their part of speech in
cppjieba's dictionary (dict/jieba.dict.utf8 of cppjieba as shipped in the npm package nodejieba 3.5.8; MIT,
Copyright (c) 2013 Yanyi Wu; its entries and tags are jieba's, MIT, Copyright 2012-2017 Sun Junyi). Words of 1 to 4
characters with frequency >= 30 whose tag is one of d ad df dg r rr rz rg c p u* y e o q mq (not f, localisers, nor s,
place words: 保险期间, 网上 are what a question is about); not words with a mark of negation or prohibition (不 没 未 无 非 别 勿 莫 禁:
the answer checks read those). Words the shipped lexicon already lists (stop, generic, synonym) are left to it. The output is committed; nothing runs this at build time.

usage: python3 sdk-retrieval/tools/build_answer_light_words.py CPPJIEBA_DICT LEXICON OUT
"""
import sys

NEGATION = "不没未无非别勿莫禁"
TAGS = set("d ad df dg r rr rz rg c p u uj ul uv uz ud ug y e o q mq".split())


def main(dict_path, lexicon_path, out_path):
    listed = set()
    for line in open(lexicon_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) > 1:
            listed.add(parts[1].strip())
    words = []
    for line in open(dict_path, encoding="utf-8"):
        w, f, t = line.split()
        if int(f) < 30 or not 1 <= len(w) <= 4 or w in listed or any(c in NEGATION for c in w):
            continue
        if t in TAGS:
            words.append((w, t))
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# Light words for sdk-retrieval's answer checks: words of a question that say how, when or where it is\n")
        out.write("# asked (adverbs, pronouns, conjunctions, prepositions, particles, measure words: 直接, 每年, 这笔, 以外),\n")
        out.write("# not what about. Weighed below a content word by AnswerabilityJudge. From the part-of-speech tags of\n")
        out.write("# cppjieba's dict/jieba.dict.utf8 (npm nodejieba 3.5.8, MIT, LICENSE-cppjieba-MIT.txt; jieba's\n")
        out.write("# dictionary, MIT, Copyright 2012-2017 Sun Junyi; LICENSE-jieba-MIT.txt): tags d ad df dg r rr rz rg c p\n")
        out.write("# u* y e o q mq (not f or s: 期间, 网上 name what is asked); frequency >= 30; words lexicon.tsv lists and\n")
        out.write("# words with 不没未无非别勿莫禁 left out. Built by sdk-retrieval/tools/build_answer_light_words.py; the tag is kept as a comment column.\n")
        out.write("# Format: light <TAB> word <TAB> # tag\n")
        for w, t in words:
            out.write(f"light\t{w}\t# {t}\n")
    print(len(words), "light words")


if __name__ == "__main__":
    main(*sys.argv[1:4])
