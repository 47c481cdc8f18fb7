#!/usr/bin/env python3
"""Builds src/main/resources/ai/domainassist/medical/lexicon/cmdd-derived.tsv: symptom and disease surfaces
learned from the TRAIN split of CMDD (Chinese Medical Diagnosis Dialogue, Lin et al., EMNLP 2019;
alibaba-research/ChineseBLUE, Apache-2.0). Nothing of the dev or test split is read.

For every labelled span of the train split (any type: what is asked or denied is said the same way),
the words of the span, cleaned (leading negation, question and degree words and trailing particles
removed), give the CMDD name it was normalised to. A surface becomes a lexicon entry when
  - it is at least two characters and not a number (38.5 is a temperature, not a term),
  - it occurs at least MIN_COUNT times and at least SHARE of its labelled occurrences carry one name,
  - at least PRECISION of all its occurrences in the train split's text are labelled with that name (a
    generic word such as 精神 or 吃饭 is labelled in few of the places it occurs),
  - a disease entry names a disease (发炎, 感染), not a sign (嗓子红 is 咽部充血 in a record, whatever CMDD writes),
  - it has no negation or question inside (嗓子不哑, 稀不稀: the assertion layer reads those), and the
    lexicon has no entry of that surface already (an entry is never overridden here),
  - the shipped lexicon does not already read it as a term for that name (leftmost-longest over the
    exact surfaces of lexicon/*.tsv other than this file; a term counts when it or its CMDD name equals
    the name, through NAME_TO_TERM below),
  - its name is one the record can hold (SKIP lists names that are no finding of the patient), and it is
    not one of the few words that name the concept only where CMDD's stools are the topic (AMBIGUOUS).
A surface X<degree word>Y (大便有点稀) becomes the gap entry X…Y when X…Y is not already there.
The record term is NAME_TO_TERM[name] (the record's own word for the concept) or the CMDD name itself.

usage: build_cmdd_lexicon.py CMDD_JSONL LEXICON_DIR OUT_TSV
"""
import collections, json, re, sys

MIN_COUNT = 2
SHARE = 0.7
PRECISION = 0.5
INSIDE = re.compile(r'.(?:不|没|无|有没有)')
# a disease entry must name a disease (喉咙发炎), not a sign the doctor sees (嗓子红 is 咽部充血, not 咽炎)
DISEASE_WORD = re.compile(r'炎|病|症|感染|疹|疮|痢|梗阻|痉挛|软化|缺钙|脱水|紊乱|结核|溃疡|感冒')
# CMDD name -> the term the record writes (the shipped lexicon's standard term for the concept)
NAME_TO_TERM = {
    '痰': '咳痰', '鼻流涕': '流涕', '精神软': '精神差', '沙哑': '声音嘶哑', '出汗': '多汗', '食欲不振': '食欲减退',
    '睡眠障碍': '睡眠差', '呼吸深快': '气促', '呼吸急促': '气促', '体重减轻': '消瘦', '尿量增多': '多尿', '血便': '便血',
    '鼻流血': '鼻出血', '鼻出血': '鼻出血', '疱疹': '疱疹', '粗糙呼吸音': '呼吸音粗', '肠鸣音': '肠鸣音活跃',
    '普通感冒': '急性上呼吸道感染', '上呼吸道感染': '急性上呼吸道感染', '病毒性感冒': '急性上呼吸道感染',
    '细菌性感冒': '急性上呼吸道感染', '支气管炎': '急性支气管炎', '气管炎': '急性支气管炎', '肠炎': '急性肠炎',
    '肠胃炎': '急性胃肠炎', '胃肠炎': '急性胃肠炎', '扁桃体炎': '急性扁桃体炎', '扁桃体发炎': '急性扁桃体炎',
    '咽喉炎': '急性咽炎', '中耳炎': '急性中耳炎', '热惊厥': '热性惊厥', '支原体感染': '肺炎支原体感染',
    '轮状病毒感染': '轮状病毒肠炎', '哮喘': '支气管哮喘', '咽峡炎': '疱疹性咽峡炎', '鼻炎': '鼻炎',
    '过敏性鼻炎': '变应性鼻炎', '腹胀症': '腹胀', '大便黏液': '大便粘液', '喷嚏': '打喷嚏', '出汉': '多汗',
    '蛋花样便': '蛋花汤样便', '幼儿急诊': '幼儿急疹', '稀水便': '水样便', '支气管炎肺炎': '支气管肺炎',
    '咽喉不适': '咽部不适', '屁': '肛门排气', '大便隐血': '便隐血', '心脏病': '心脏病',
}
# names that are no finding of the patient in a record (a course of events, a CMDD artefact)
SKIP = {'退热', '发', '2', '过敏', '过敏体质'}
# surfaces that name the concept only where CMDD's paediatric stools are the topic (痰中带血丝 is no 便血),
# and milk curds (奶瓣), which CMDD writes as loose stool but a record keeps as a sign of its own
AMBIGUOUS = {'奶瓣', '奶瓣儿', '奶瓣子', '大奶瓣', '拉奶瓣', '血丝', '发黑', '黄水', '粘液', '偏稀', '偏绿', '淡绿色', '黑绿色', '上呼吸道感染感染', '咽喉部痰鸣音'}
DISEASE = set('''普通感冒 消化不良 支气管炎 肺炎 病毒感染 细菌感染 呼吸道感染 肠炎 支原体感染 咽喉炎 上呼吸道感染
扁桃体炎 胃肠功能紊乱 湿疹 缺钙 幼儿急疹 贫血 鼻炎 轮状病毒感染 积食 支气管肺炎 热惊厥 哮喘 病毒性感冒 肠胃炎
口腔溃疡 脑炎 肠梗阻 手足口病 心肌炎 气管炎 中耳炎 病毒性肠炎 高乳酸血症 肠痉挛 败血症 肠系膜淋巴结炎 衣原体感染
过敏性鼻炎 胸膜炎 荨麻疹 细菌性肠炎 脑膜炎 鼻窦炎 咽峡炎 阑尾炎 细菌性感冒 脑出血 肠套叠 心脏病 喉骨软化 肺结核
扁桃体发炎 过敏性咳嗽 中毒性脑病 胃肠炎 脑部先天发育不良 先天性心脏病 泪囊炎 结膜炎 佝偻病 白血病 肛裂 地中海贫血
脱肛 尿路感染 肠胃型感冒 鹅口疮 痢疾'''.split())
# conditions a doctor sees rather than diagnoses (有轻度脱水 goes to the examination, not the diagnosis)
SIGN = {'脱水'}
INFECTIOUS = {'手足口病', '肺结核', '痢疾', '幼儿急疹', '轮状病毒感染'}
CHRONIC = {'哮喘', '贫血', '地中海贫血', '先天性心脏病', '心脏病', '佝偻病', '白血病', '过敏性鼻炎', '鼻炎', '湿疹', '缺钙'}
LEAD = re.compile(r'^(?:有没有|有无|没有|没|不|无|有|是不是|是|在|很|太|比较|有点|有些|还|也|都|又|会|就|宝宝|宝|孩子|一|了|，|、)+')
TRAIL = re.compile(r'(?:吗|么|呢|吧|了|的|啊|呀|，|。|、|？|\?)+$')
DEGREE = ['有点儿', '有点', '有些', '比较', '特别', '非常', '很', '偏', '还是', '还', '也', '都', '一直', '老是', '总是']


def spans(turn):
    out, lab, s, i = [], turn['label'], turn['sentence'], 0
    while i < len(lab):
        if lab[i] == 'B':
            j = i + 1
            while j < len(lab) and lab[j] == 'I':
                j += 1
            out.append(s[i:j])
            i = j
        else:
            i += 1
    return out


def load_lexicon(folder, skip):
    import os
    exact = {}
    for f in sorted(os.listdir(folder)):
        if not f.endswith('.tsv') or f == skip:
            continue
        for line in open(os.path.join(folder, f), encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            p = line.rstrip('\n').split('\t')
            if '…' not in p[0]:
                exact[p[0].upper()] = (p[1].split(';'), p[2])
    return exact


def matches(text, exact, longest=12):
    out, i = [], 0
    while i < len(text):
        best = None
        for j in range(min(len(text), i + longest), i, -1):
            if text[i:j] in exact:
                best = (i, j, exact[text[i:j]])
                break
        if best:
            out.append(best)
            i = best[1]
        else:
            i += 1
    return out


def covers(surface, name, exact):
    term = NAME_TO_TERM.get(name, name)
    for _, _, (standards, _) in matches(surface, exact):
        if term in standards or name in standards:
            return True
    return False


def main(cmdd, lexdir, out):
    exact = load_lexicon(lexdir, out.split('/')[-1])
    by_surface = collections.defaultdict(collections.Counter)
    for line in open(cmdd, encoding='utf-8'):
        r = json.loads(line)
        if r['split'] != 'train':
            continue
        for t in r['turns']:
            sp = spans(t)
            if len(sp) != len(t['normalized']):
                continue
            for s, n, ty in zip(sp, t['normalized'], t['type']):
                s = s.strip()
                if ty != '2' and re.match(r'^(?:不|没)', s):
                    s = TRAIL.sub('', s)  # 不怎么吃饭 said of the patient: the negative words are the symptom
                else:
                    s = TRAIL.sub('', LEAD.sub('', s))
                if len(s) >= 2 and not re.search(r'[0-9０-９.]', s):
                    by_surface[s][n] += 1
    texts = []
    for line in open(cmdd, encoding='utf-8'):
        r = json.loads(line)
        if r['split'] == 'train':
            texts.extend(t['sentence'] for t in r['turns'])
    corpus = '\n'.join(texts)
    entries = {}
    for s, c in by_surface.items():
        name, n = c.most_common(1)[0]
        total = sum(c.values())
        if n < MIN_COUNT or n / total < SHARE or name in SKIP or covers(s, name, exact) or s.upper() in exact \
                or INSIDE.search(s) or s in AMBIGUOUS or name in DISEASE and not DISEASE_WORD.search(s):
            continue
        if n / max(n, corpus.count(s)) < PRECISION:
            continue
        surface = s
        for d in DEGREE:
            k = s.find(d)
            if 0 < k and k + len(d) < len(s):
                surface = s[:k] + '…' + s[k + len(d):]
                break
        term = NAME_TO_TERM.get(name, name)
        disease = name in DISEASE
        extra = ('INFECTIOUS' if name in INFECTIOUS else 'CHRONIC' if name in CHRONIC else 'ACUTE') if disease else ''
        key = surface
        if key not in entries:
            entries[key] = (surface, term, 'DISEASE' if disease else 'SIGN' if name in SIGN else 'SYMPTOM', '儿科', extra, n, total)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Symptom and disease surfaces of real paediatric online consultations, learned from the TRAIN split of\n')
        f.write('# CMDD (Chinese Medical Diagnosis Dialogue; Lin et al., EMNLP 2019; alibaba-research/ChineseBLUE,\n')
        f.write('# Apache License 2.0, see the LICENSE file of that data set) by sdk-medical/tools/build_cmdd_lexicon.py:\n')
        f.write('# a labelled span, cleaned, seen at least %d times and normalised to one name in at least %d%% of them,\n' % (MIN_COUNT, SHARE * 100))
        f.write('# that the rest of the lexicon did not already read as that name. Record terms are the lexicon\'s own\n')
        f.write('# words for the concept where it has one. Regenerate with the script; do not edit by hand.\n')
        f.write('# Format: the lexicon format (surface, standard, category, department, extra).\n')
        for surface, term, cat, dept, extra, n, total in sorted(entries.values(), key=lambda e: (e[1], -e[5], e[0])):
            f.write('\t'.join([surface, term, cat, dept] + ([extra] if extra else [])) + '\n')
    print(len(entries), 'entries', file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:])
