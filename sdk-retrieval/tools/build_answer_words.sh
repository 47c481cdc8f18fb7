#!/usr/bin/env bash
# Builds sdk-retrieval's answer/words.tsv, the word list the answer checks (answer.KeyTerms) segment
# questions and answers with, from sdk-gov's proofreading/words.tsv (jieba 0.42.1 dict.txt, MIT,
# Copyright 2012-2017 Sun Junyi, plus ECSpell's official-writing phrases, MIT, Copyright (c) 2022
# Aopolin-Lv; see sdk-gov/tools/build_proofreading_lexicon.py): every single character and the words of
# 2 to 4 characters with frequency >= 30 (the smaller list keeps sdk-gov's classpath under its limit).
# The output is committed; nothing runs this at build time.
#
# usage: sdk-retrieval/tools/build_answer_words.sh   (from the repository root)
set -euo pipefail
src=sdk-gov/src/main/resources/ai/domainassist/gov/proofreading/words.tsv
out=sdk-retrieval/src/main/resources/ai/domainassist/retrieval/answer/words.tsv
{
  echo "# Word frequencies (word<TAB>frequency) for segmenting questions and answers in sdk-retrieval's answer checks."
  echo "# From jieba 0.42.1 dict.txt (MIT, Copyright 2012-2017 Sun Junyi; LICENSE-jieba-MIT.txt) and ECSpell's"
  echo "# official-writing phrases (MIT, Copyright (c) 2022 Aopolin-Lv; LICENSE-ECSpell-MIT.txt), as sdk-gov's"
  echo "# proofreading/words.tsv holds them: every single character, words of 2-4 characters with frequency >= 30."
  echo "# Built by sdk-retrieval/tools/build_answer_words.sh."
  python3 -c '
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#"):
        continue
    word, freq = line.rstrip("\n").split("\t")
    if int(freq) >= 30 or len(word) == 1:
        sys.stdout.write(line)
' "$src"
} > "$out"
