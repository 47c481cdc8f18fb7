#!/usr/bin/env bash
# Builds sdk-retrieval's answer/words.tsv, the word list the answer checks (answer.KeyTerms) segment
# questions and answers with, from sdk-gov's proofreading/words.tsv (jieba 0.42.1 dict.txt, MIT,
# Copyright 2012-2017 Sun Junyi, plus ECSpell's official-writing phrases, MIT, Copyright (c) 2022
# Aopolin-Lv; see sdk-gov/tools/build_proofreading_lexicon.py): every single character and the words of
# 2 to 4 characters with frequency >= 30 (the smaller list keeps sdk-gov's classpath under its limit), less
# ECSpell's official-writing phrases that sdk-gov's list adds at frequency 200: those are n-grams of official
# prose (期为, 期内, 额为), not words, and a cut along them splits words (等待期为 as 等待/期为).
# The output is committed; nothing runs this at build time.
#
# usage: sdk-retrieval/tools/build_answer_words.sh EVAL   (from the repository root; EVAL is ../shared/eval,
#        for gov/official-writing-phrases.txt)
set -euo pipefail
src=sdk-gov/src/main/resources/ai/domainassist/gov/proofreading/words.tsv
out=sdk-retrieval/src/main/resources/ai/domainassist/retrieval/answer/words.tsv
phrases="$1/gov/official-writing-phrases.txt"
{
  echo "# Word frequencies (word<TAB>frequency) for segmenting questions and answers in sdk-retrieval's answer checks."
  echo "# From jieba 0.42.1 dict.txt (MIT, Copyright 2012-2017 Sun Junyi; LICENSE-jieba-MIT.txt), as sdk-gov's"
  echo "# proofreading/words.tsv holds it: every single character, words of 2-4 characters with frequency >= 30, less"
  echo "# the official-writing phrases of ECSpell (gov/official-writing-phrases.txt of the evaluation data) that"
  echo "# list adds at frequency 200."
  echo "# Built by sdk-retrieval/tools/build_answer_words.sh."
  python3 -c '
import sys
phrases = {l.split("\t")[0].strip() for l in open(sys.argv[2], encoding="utf-8")}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#"):
        continue
    word, freq = line.rstrip("\n").split("\t")
    if len(word) == 1 or int(freq) >= 30 and not (int(freq) == 200 and word in phrases):
        sys.stdout.write(line)
' "$src" "$phrases"
} > "$out"
