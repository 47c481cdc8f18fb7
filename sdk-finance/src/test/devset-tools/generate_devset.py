#!/usr/bin/env python3
"""Generates the sdk-finance development set: synthetic claim bundles in OCR text and OCR JSON form,
with the gold extraction and the gold alerts.

The gold comes from the facts each bundle is rendered from (the person, the hospital, the amounts,
the dates) and from the problem deliberately seeded into it, never from the engine's output.
All people, ID numbers, card numbers and invoice numbers are invented (ID numbers and card numbers
carry valid check digits unless a seed breaks them on purpose).

Run from the module directory:  python3 src/test/devset-tools/generate_devset.py
Writes src/test/resources/devset/ (documents + devset.json). Deterministic (seeded).
"""
import json, os, random, shutil
from datetime import date, timedelta
from decimal import Decimal

OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'devset')
R = random.Random(20240611)

SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
GIVEN = ['芳', '强', '伟', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '华', '平', '刚', '桂英',
         '建国', '志强', '丽华', '晓燕', '海峰', '雪梅', '子涵', '浩然', '欣怡', '宇航', '思远', '嘉怡', '俊杰', '梦琪', '文博']
REGIONS = ['110105', '110108', '310104', '330106', '440106', '510107', '420106', '320106', '610113', '120101']
ADDRS = ['北京市朝阳区建国路88号院3号楼2单元501', '北京市海淀区中关村南大街27号6号楼1203', '上海市徐汇区漕溪北路398号12层',
         '杭州市西湖区文三路259号昌地火炬大厦', '广州市天河区天河路385号太古汇二座', '成都市武侯区人民南路四段12号',
         '武汉市武昌区中北路109号', '南京市鼓楼区中山北路30号城市名人酒店', '西安市雁塔区科技路48号创业广场', '天津市和平区南京路219号']
ETH = ['汉', '汉', '汉', '回', '满', '汉']
HOSP_OK = [('北京协和医院', '综合医院'), ('北京大学第一医院', '综合医院'), ('首都医科大学附属北京朝阳医院', '综合医院'),
           ('北京市海淀医院', '综合医院'), ('上海市第一人民医院', '综合医院'), ('复旦大学附属华山医院', '综合医院'),
           ('浙江大学医学院附属第一医院', '综合医院'), ('广州市第一人民医院', '综合医院'), ('深圳市人民医院', '综合医院'),
           ('南京市鼓楼医院', '综合医院'), ('武汉市中心医院', '综合医院'), ('北京市第六医院', '综合医院')]
BANKS = [('中国工商银行', '622202'), ('中国建设银行', '621700'), ('招商银行', '622588'), ('中国农业银行', '622848'),
         ('中国银行', '621661'), ('交通银行', '622260')]

OUTPATIENT_CASES = [
    ('呼吸内科', ['急性支气管炎'], [('西药费', 1, '项', '186.40'), ('检查费', 1, '项', '160.00'), ('诊察费', 1, '次', '50.00')], '休息3天，按时服药，不适随诊。'),
    ('消化内科', ['急性胃肠炎'], [('西药费', 1, '项', '98.60'), ('化验费', 1, '项', '145.00'), ('诊察费', 1, '次', '50.00')], '清淡饮食，多饮水。'),
    ('骨科', ['腰椎间盘突出症'], [('检查费', 1, '项', '680.00'), ('治疗费', 3, '次', '240.00'), ('西药费', 1, '项', '132.50'), ('诊察费', 1, '次', '50.00')], '卧床休息1周，避免负重。'),
    ('皮肤科', ['湿疹'], [('西药费', 1, '项', '76.30'), ('诊察费', 1, '次', '50.00')], '外用药物，避免搔抓。'),
    ('耳鼻咽喉科', ['慢性鼻窦炎急性发作'], [('西药费', 1, '项', '215.80'), ('检查费', 1, '项', '320.00'), ('诊察费', 1, '次', '50.00')], '按时用药，2周后复诊。'),
    ('心血管内科', ['心律失常', '心悸'], [('检查费', 1, '项', '560.00'), ('化验费', 1, '项', '210.00'), ('西药费', 1, '项', '88.90'), ('诊察费', 1, '次', '50.00')], '避免劳累，动态心电图复查。'),
    ('儿科', ['急性上呼吸道感染'], [('西药费', 1, '项', '64.20'), ('化验费', 1, '项', '45.00'), ('诊察费', 1, '次', '30.00')], '多饮水，发热随诊。'),
    ('眼科', ['结膜炎'], [('西药费', 1, '项', '42.60'), ('检查费', 1, '项', '85.00'), ('诊察费', 1, '次', '50.00')], '滴眼液每日四次。'),
]
INPATIENT_CASES = [
    ('普通外科', ['急性化脓性阑尾炎', '局限性腹膜炎'], ['腹腔镜下阑尾切除术'], '患者2天前无明显诱因出现右下腹痛，伴恶心，无呕吐。', 7,
     '入院后完善相关检查，于入院次日在全麻下行腹腔镜下阑尾切除术，术后予抗感染、补液治疗，恢复良好。'),
    ('呼吸内科', ['社区获得性肺炎'], [], '患者5天前受凉后出现发热、咳嗽、咳黄痰，最高体温39.2℃。', 8,
     '入院后予头孢类抗生素抗感染、化痰治疗，体温恢复正常，复查胸部CT炎症吸收。'),
    ('骨科', ['右桡骨远端骨折'], ['右桡骨远端骨折切开复位内固定术'], '患者1天前不慎摔倒致右腕部肿痛、活动受限。', 6,
     '入院后完善术前检查，行切开复位内固定术，术后予消肿、镇痛治疗，切口愈合良好。'),
    ('神经内科', ['短暂性脑缺血发作'], [], '患者3小时前突发左侧肢体无力，持续约20分钟后缓解。', 5,
     '入院后予抗血小板聚集、改善循环治疗，头颅MRI未见新发梗死，症状未再发作。'),
    ('泌尿外科', ['左输尿管结石', '左肾积水'], ['经尿道输尿管镜钬激光碎石术'], '患者1天前突发左侧腰部绞痛，伴肉眼血尿。', 4,
     '入院后行输尿管镜钬激光碎石术，术后留置双J管，复查泌尿系CT结石清除。'),
    ('消化内科', ['急性胰腺炎（轻症）'], [], '患者1天前饱餐后出现上腹部持续性疼痛，向背部放射。', 9,
     '入院后予禁食、抑酸、抑酶、补液治疗，腹痛缓解，血淀粉酶恢复正常。'),
]
CATEGORY_DETAIL = {
    '床位费': [('普通病房床位费', '天', '60.00')],
    '护理费': [('二级护理', '天', '25.00')],
    '西药费': [('头孢呋辛钠注射液', '支', '35.00'), ('奥美拉唑肠溶胶囊', '盒', '28.50'), ('氯化钠注射液', '袋', '6.80')],
    '检查费': [('腹部CT平扫', '次', '380.00'), ('心电图检查', '次', '45.00')],
    '化验费': [('血常规', '次', '30.00'), ('肝功能', '次', '85.00')],
    '治疗费': [('静脉输液', '次', '12.00')],
    '手术费': [('腔镜手术费', '次', '2800.00')],
    '材料费': [('一次性使用腹腔镜套管', '套', '960.00')],
}
DX_NUMERALS = '壹贰叁肆伍陆柒捌玖'


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card_number(prefix):
    body = prefix + ''.join(str(R.randint(0, 9)) for _ in range(19 - len(prefix) - 1))
    return body + luhn_digit(body)


def id_number(region, born, male):
    seq = R.randint(10, 99)
    sex = R.choice([1, 3, 5, 7, 9]) if male else R.choice([0, 2, 4, 6, 8])
    body = region + born.strftime('%Y%m%d') + f'{seq:02d}{sex}'
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + '10X98765432'[sum(int(c) * x for c, x in zip(body, w)) % 11]


def words(amount):
    """Amount in words as printed on invoices (大写)."""
    a = Decimal(amount).quantize(Decimal('0.01'))
    yuan = int(a)
    jiao = int((a * 10) % 10)
    fen = int((a * 100) % 10)
    digits = '零壹贰叁肆伍陆柒捌玖'
    units = ['', '拾', '佰', '仟']

    def section(n):
        s = ''
        zero = False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                if s:
                    zero = True
            else:
                if zero:
                    s += '零'
                    zero = False
                s += digits[d] + units[i]
        return s
    out = ''
    if yuan >= 10000:
        out += section(yuan // 10000) + '万'
        rest = yuan % 10000
        if rest and rest < 1000:
            out += '零'
        out += section(rest)
    elif yuan > 0:
        out += section(yuan)
    out += '元' if yuan > 0 else ''
    if jiao == 0 and fen == 0:
        return out + '整'
    if jiao:
        out += digits[jiao] + '角'
    elif yuan:
        out += '零'
    if fen:
        out += digits[fen] + '分'
    return out


def fw(s, p=0.5):
    """Full-width digits, sometimes."""
    if R.random() > p:
        return s
    return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() or c == '.' else c for c in s)


def spaced(label):
    """A label with stray OCR spaces, sometimes."""
    if len(label) > 2 and R.random() < 0.3:
        i = R.randint(1, len(label) - 1)
        return label[:i] + ' ' + label[i:]
    return label


def colon():
    return R.choice(['：', ':', '： ', ' ', '：'])


def broken(value):
    """A value broken over two lines, sometimes (OCR line breaks)."""
    if len(value) > 6 and R.random() < 0.4:
        i = R.randint(3, len(value) - 3)
        return value[:i] + '\n' + value[i:]
    return value


def cn_date(d):
    return R.choice([f'{d.year}年{d.month:02d}月{d.day:02d}日', f'{d.year}年{d.month}月{d.day}日', d.isoformat(),
                     f'{d.year}/{d.month}/{d.day}', f'{d.year}.{d.month:02d}.{d.day:02d}'])


def money(x):
    return f'{Decimal(x).quantize(Decimal("0.01"))}'


class Person:
    def __init__(self, idx):
        self.male = R.random() < 0.5
        self.name = R.choice(SURNAMES) + R.choice(GIVEN)
        self.born = date(R.randint(1960, 2000), R.randint(1, 12), R.randint(1, 28))
        self.region = R.choice(REGIONS)
        self.id = id_number(self.region, self.born, self.male)
        self.sex = '男' if self.male else '女'
        self.eth = R.choice(ETH)
        self.addr = R.choice(ADDRS)
        bank = R.choice(BANKS)
        self.bank = bank[0]
        self.card = card_number(bank[1])
        self.phone = '13' + ''.join(str(R.randint(0, 9)) for _ in range(9))


def policy_spec(p, effective, **over):
    spec = {
        'number': f'P{effective.strftime("%Y%m%d")}{R.randint(10000, 99999)}',
        'insuredName': p.name, 'insuredId': p.id,
        'effective': effective.isoformat(), 'expiry': (effective + timedelta(days=364)).isoformat(),
        'waitingIllness': 30, 'waitingAccident': 0, 'namedWaiting': [{'disease': '恶性肿瘤', 'days': 90}],
        'deductible': '0.00', 'annualLimit': '200000.00',
        'itemLimits': {'OUTPATIENT': '5000.00', 'INPATIENT': '100000.00'},
        'ratioWith': '1.00', 'ratioWithout': '0.60',
        'hospital': {'minLevel': 2, 'publicOnly': True, 'ordinaryOnly': True,
                     'clause': '第2.2条 被保险人须在二级及以上公立医院普通部就诊'},
        'exclusions': [
            {'category': 'cosmetic', 'clause': '第2.5条第(11)项 整形手术、美容或整容手术'},
            {'category': 'vision-correction', 'clause': '第2.5条第(13)项 视力矫正手术'},
            {'category': 'pregnancy', 'clause': '第2.5条第(12)项 妊娠、分娩、流产及其并发症'},
            {'category': 'dental', 'clause': '第2.5条第(13)项 牙科疾病及相关治疗'},
        ],
        'preExisting': True,
        'clauses': {'waiting-period': '第2.3条 等待期：疾病等待期30天', 'cover-period': '第3.1条 保险期间',
                    'pre-existing': '第2.5条第(16)项 既往症', 'deductible': '第2.4条 免赔额'},
    }
    spec.update(over)
    return spec


class Bundle:
    def __init__(self, bid, kind, form, person, effective, visit, seed=None, note=''):
        self.bid = bid
        self.kind = kind  # OUTPATIENT / INPATIENT
        self.form = form  # text / json / mixed
        self.p = person
        self.effective = effective
        self.visit = visit
        self.seed = seed
        self.note = note
        self.docs = []
        self.alerts = []
        self.policy = policy_spec(person, effective)

    def fmt(self):
        if self.form == 'mixed':
            return R.choice(['text', 'json'])
        return self.form

    def add(self, doc_id, type_, fmt, content, gold):
        ext = 'json' if fmt == 'json' else 'txt'
        self.docs.append({'id': doc_id, 'file': f'{self.bid}/{doc_id}.{ext}', 'format': 'OCR_JSON' if fmt == 'json' else 'OCR_TEXT',
                          'type': type_, 'gold': gold, 'content': content})


def json_doc(d):
    """An OCR JSON: flat, or Baidu-style words_result with {"words": ...} values."""
    if R.random() < 0.4:
        wrapped = {}
        for k, v in d.items():
            wrapped[k] = v if isinstance(v, list) else {'words': v}
        return json.dumps({'log_id': R.randint(10 ** 15, 10 ** 16), 'words_result': wrapped}, ensure_ascii=False, indent=1)
    return json.dumps(d, ensure_ascii=False, indent=R.choice([None, 2]))


# ---------------------------------------------------------------- documents

def invoice(b, doc_id, items, total, fund, self_pay, self_exp, hospital, inst, issue, admission=None, discharge=None,
            days=None, words_override=None, with_check=True, code=None, number=None, payer=None, fmt=None):
    fmt = fmt or b.fmt()
    inpatient = b.kind == 'INPATIENT'
    code = code or ('1106' + str(R.randint(1000, 9999)))
    number = number or f'{R.randint(10 ** 9, 10 ** 10 - 1):010d}'
    check = ''.join(R.choice('0123456789abcdef') for _ in range(6)) if with_check else None
    payer = payer or b.p.name
    si = '职工基本医疗保险' if Decimal(fund) > 0 else '自费'
    title = '北京市医疗住院收费票据（电子）' if inpatient else '北京市医疗门诊收费票据（电子）'
    w = words_override or words(total)
    gold = {'code': code, 'number': number, 'payer': payer, 'issueDate': issue.isoformat(), 'hospital': hospital,
            'insuranceType': si, 'totalInWords': money(words_amount(w)), 'total': money(total), 'fundPaid': money(fund),
            'selfPay': money(self_pay), 'selfExpense': money(self_exp)}
    if check:
        gold['checkCode'] = check
    if inpatient:
        gold.update({'admissionDate': admission.isoformat(), 'dischargeDate': discharge.isoformat(), 'daysInHospital': str(days)})
    else:
        gold['visitDate'] = b.visit.isoformat()
    for i, it in enumerate(items):
        gold[f'items[{i}].name'] = it[0]
        gold[f'items[{i}].amount'] = money(it[3])
    if fmt == 'json':
        d = {'票据名称': title, '票据代码': code, '票据号码': number}
        if check:
            d['校验码'] = check
        d.update({'交款人': payer, '开票日期': cn_date(issue), '收款单位': hospital, '医疗机构类型': inst, '医保类型': si})
        if inpatient:
            d.update({'入院时间': admission.isoformat(), '出院时间': discharge.isoformat(), '住院天数': str(days)})
        else:
            d['就诊日期'] = b.visit.isoformat()
        d.update({'医保统筹基金支付': money(fund), '个人自付': money(self_pay), '个人自费': money(self_exp),
                  '总金额大写': w, '总金额小写': money(total),
                  '收费项目': [{'名称': it[0], '数量': str(it[1]), '单位': it[2], '金额': money(it[3])} for it in items]})
        b.add(doc_id, 'INVOICE_INPATIENT' if inpatient else 'INVOICE_OUTPATIENT', 'json', json_doc(d), gold)
        return
    L = [title]
    L.append(f'{spaced("票据代码")}{colon()}{fw(code)}    {spaced("票据号码")}{colon()}{fw(number)}')
    if check:
        L.append(f'校验码{colon()}{check}')
    L.append(f'{spaced("交款人")}{colon()}{payer}        {spaced("开票日期")}{colon()}{cn_date(issue)}')
    L.append(f'医疗机构类型{colon()}{inst}    医保类型{colon()}{si}')
    if inpatient:
        L.append(f'住院号：{R.randint(10 ** 7, 10 ** 8)}')
        L.append(f'入院时间{colon()}{cn_date(admission)}  出院时间{colon()}{cn_date(discharge)}  住院天数{colon()}{fw(str(days))}')
        L.append('项目名称            金额')
        for it in items:
            L.append(f'{it[0]}            {fw(money(it[3]), 0.3)}')
    else:
        L.append(f'就诊日期{colon()}{cn_date(b.visit)}')
        L.append('项目名称        数量   单位    金额')
        for it in items:
            L.append(f'{it[0]}          {it[1]}      {it[2]}      {fw(money(it[3]), 0.3)}')
    L.append(f'合计（大写）{colon()}{w}    （小写）¥{fw(money(total))}')
    L.append(f'{spaced("医保统筹基金支付")}{colon()}{fw(money(fund))}    其他支付：0.00')
    L.append(f'个人自付{colon()}{fw(money(self_pay))}    个人自费{colon()}{fw(money(self_exp))}')
    L.append(f'收款单位（章）{colon()}{broken(hospital)}')
    gold['otherPaid'] = '0.00'
    b.add(doc_id, 'INVOICE_INPATIENT' if inpatient else 'INVOICE_OUTPATIENT', 'text', '\n'.join(L) + '\n', gold)


def words_amount(w):
    """Parses 大写 back (the generator's own reading, used only to write gold for seeded words)."""
    digits = {c: i for i, c in enumerate('零壹贰叁肆伍陆柒捌玖')}
    units = {'拾': 10, '佰': 100, '仟': 1000}
    w = w.replace('整', '')
    total = Decimal(0)
    if '元' in w:
        ip, rest = w.split('元')
    else:
        ip, rest = '', w
    sec = 0
    big = 0
    cur = 0
    for c in ip:
        if c in digits:
            cur = digits[c]
        elif c in units:
            sec += cur * units[c]
            cur = 0
        elif c == '万':
            big += (sec + cur) * 10000
            sec = cur = 0
    total += big + sec + cur
    d = 0
    for i, c in enumerate(rest):
        if c == '角':
            total += Decimal(digits[rest[i - 1]]) / 10
        if c == '分':
            total += Decimal(digits[rest[i - 1]]) / 100
    return total


def expense_list(b, doc_id, details, total, hospital, dept, total_override=None):
    fmt = b.fmt()
    shown = total_override if total_override is not None else total
    gold = {'patientName': b.p.name, 'hospital': hospital, 'total': money(shown)}
    for i, d in enumerate(details):
        gold[f'items[{i}].name'] = d[0]
        gold[f'items[{i}].amount'] = money(d[4])
    if fmt == 'json':
        d = {'文书名称': '住院费用明细清单', '医院': hospital, '姓名': b.p.name, '科室': dept,
             '收费项目': [{'项目名称': x[0], '数量': str(x[1]), '单位': x[2], '单价': x[3], '金额': money(x[4])} for x in details],
             '费用合计': money(shown)}
        b.add(doc_id, 'EXPENSE_LIST', 'json', json_doc(d), gold)
        return
    L = [f'{hospital}  住院费用明细清单', f'姓名{colon()}{b.p.name}   住院号：{R.randint(10 ** 7, 10 ** 8)}   科室：{dept}',
         '序号  项目名称            规格      数量  单位    单价      金额']
    for i, x in enumerate(details, 1):
        L.append(f'{i}     {x[0]}      -       {x[1]}    {x[2]}     {x[3]}    {fw(money(x[4]), 0.3)}')
    L.append(f'合计{colon()}{fw(money(shown))}')
    L.append('打印日期：' + cn_date(b.visit + timedelta(days=30)))
    b.add(doc_id, 'EXPENSE_LIST', 'text', '\n'.join(L) + '\n', gold)


def discharge_summary(b, doc_id, hospital, dept, admission, discharge, days, dx, procs, history, course, days_override=None,
                      admission_override=None):
    fmt = b.fmt()
    adm = admission_override or admission
    gold = {'patientName': b.p.name, 'hospital': hospital, 'department': dept, 'admissionDate': adm.isoformat(),
            'dischargeDate': discharge.isoformat(), 'daysInHospital': str(days_override or days)}
    for i, d in enumerate(dx):
        gold[f'diagnoses[{i}]'] = d
    for i, p in enumerate(procs):
        gold[f'procedures[{i}]'] = p
    age = adm.year - b.p.born.year
    if fmt == 'json':
        d = {'文书类型': '出院小结', '医院名称': hospital, '姓名': b.p.name, '性别': b.p.sex, '年龄': f'{age}岁', '科室': dept,
             '入院日期': adm.isoformat(), '出院日期': discharge.isoformat(), '住院天数': f'{days_override or days}天',
             '入院诊断': dx[0], '出院诊断': '；'.join(dx)}
        if procs:
            d['手术及操作'] = '；'.join(procs)
        d.update({'现病史': history, '诊疗经过': course, '出院医嘱': '注意休息，门诊随访。'})
        gold['hospital'] = hospital
        b.add(doc_id, 'DISCHARGE_SUMMARY', 'json', json_doc(d), gold)
        return
    L = [hospital, '出 院 小 结', f'姓名{colon()}{b.p.name}  性别{colon()}{b.p.sex}  年龄{colon()}{age}岁  科室{colon()}{dept}  住院号：{R.randint(10 ** 7, 10 ** 8)}',
         f'入院日期{colon()}{cn_date(adm)}   出院日期{colon()}{cn_date(discharge)}   住院天数{colon()}{fw(str(days_override or days))}天',
         f'入院诊断{colon()}{dx[0]}',
         '出院诊断' + colon() + ' '.join(f'{i}.{d}' for i, d in enumerate(dx, 1))]
    if procs:
        L.append('手术名称' + colon() + '；'.join(procs))
    L.append('现病史' + colon() + broken(history))
    L.append('诊疗经过' + colon() + course)
    L.append('出院医嘱：注意休息，门诊随访。')
    L.append(f'主治医师：{R.choice(SURNAMES)}{R.choice(GIVEN)}')
    b.add(doc_id, 'DISCHARGE_SUMMARY', 'text', '\n'.join(L) + '\n', gold)


def certificate(b, doc_id, hospital, dept, dx, advice, issue=None):
    fmt = b.fmt()
    issue = issue or b.visit
    gold = {'patientName': b.p.name, 'hospital': hospital, 'department': dept, 'visitDate': b.visit.isoformat(),
            'issueDate': issue.isoformat()}
    for i, d in enumerate(dx):
        gold[f'diagnoses[{i}]'] = d
    age = b.visit.year - b.p.born.year
    if fmt == 'json':
        d = {'文书类型': '诊断证明书', '医院': hospital, '姓名': b.p.name, '性别': b.p.sex, '年龄': f'{age}岁', '科别': dept,
             '就诊日期': b.visit.isoformat(), '诊断': '、'.join(dx), '医嘱': advice, '开具日期': issue.isoformat()}
        b.add(doc_id, 'DIAGNOSIS_CERTIFICATE', 'json', json_doc(d), gold)
        return
    dxs = '、'.join(dx) if R.random() < 0.5 else ' '.join(f'{i}.{d}' for i, d in enumerate(dx, 1))
    L = [broken(hospital), '诊 断 证 明 书', f'姓名{colon()}{b.p.name}   性别{colon()}{b.p.sex}   年龄{colon()}{age}岁',
         f'科别{colon()}{dept}   门诊号：{R.randint(10 ** 7, 10 ** 8)}', f'就诊日期{colon()}{cn_date(b.visit)}',
         f'诊断{colon()}{dxs}', f'医嘱{colon()}{advice}', f'医师：{R.choice(SURNAMES)}{R.choice(GIVEN)}    日期{colon()}{cn_date(issue)}']
    b.add(doc_id, 'DIAGNOSIS_CERTIFICATE', 'text', '\n'.join(L) + '\n', gold)


def id_card(b, doc_id, id_override=None, birth_override=None, sex_override=None):
    fmt = b.fmt()
    idn = id_override or b.p.id
    born = birth_override or b.p.born
    sex = sex_override or b.p.sex
    gold = {'name': b.p.name, 'sex': sex, 'ethnicity': b.p.eth, 'birthDate': born.isoformat(), 'address': b.p.addr,
            'idNumber': idn}
    if fmt == 'json':
        d = {'姓名': b.p.name, '性别': sex, '民族': b.p.eth, '出生': f'{born.year}年{born.month}月{born.day}日',
             '住址': b.p.addr, '公民身份号码': idn}
        b.add(doc_id, 'ID_CARD', 'json', json_doc(d), gold)
        return
    L = [f'姓名 {b.p.name}', f'性别 {sex}    民族 {b.p.eth}', f'出生 {born.year} 年 {born.month} 月 {born.day} 日',
         f'住址 {broken(b.p.addr)}', f'公民身份号码 {fw(idn, 0.3)}']
    b.add(doc_id, 'ID_CARD', 'text', '\n'.join(L) + '\n', gold)


def bank_card(b, doc_id, card=None):
    fmt = b.fmt()
    card = card or b.p.card
    gold = {'bankName': b.p.bank, 'cardNumber': card}
    if fmt == 'json':
        d = {'银行名称': b.p.bank, '卡号': ' '.join(card[i:i + 4] for i in range(0, len(card), 4)), '卡片类型': '借记卡'}
        b.add(doc_id, 'BANK_CARD', 'json', json_doc(d), gold)
        return
    grouped = ' '.join(card[i:i + 4] for i in range(0, len(card), 4))
    L = [b.p.bank, R.choice(['借记卡', '储蓄卡']) + '  DEBIT', (R.choice(['', '卡号 ']) + grouped), '银联 UnionPay']
    b.add(doc_id, 'BANK_CARD', 'text', '\n'.join(L) + '\n', gold)


def claim_form(b, doc_id, incident, claimed, reimbursed, applied, card=None, cause='疾病', id_override=None, claim_type=None):
    fmt = b.fmt()
    card = card or b.p.card
    ctype = claim_type or ('住院' if b.kind == 'INPATIENT' else '门诊')
    gold = {'policyNumber': b.policy['number'], 'insuredName': b.p.name, 'insuredIdNumber': id_override or b.p.id,
            'claimantName': b.p.name, 'incidentDate': incident.isoformat(), 'cause': cause, 'claimType': ctype,
            'claimedAmount': money(claimed), 'reimbursedElsewhere': '是' if reimbursed else '否', 'bankName': b.p.bank,
            'accountHolder': b.p.name, 'accountNumber': card, 'applicationDate': applied.isoformat()}
    if fmt == 'json':
        d = {'表单名称': '个人医疗保险理赔申请书', '保单号': b.policy['number'], '被保险人姓名': b.p.name,
             '被保险人证件号码': id_override or b.p.id, '申请人': b.p.name, '与被保险人关系': '本人', '出险日期': incident.isoformat(),
             '出险原因': cause, '理赔类型': ctype, '申请金额': money(claimed), '是否已获社保或其他报销': '是' if reimbursed else '否',
             '开户银行': b.p.bank, '户名': b.p.name, '银行账号': card, '联系电话': b.p.phone, '申请日期': applied.isoformat()}
        b.add(doc_id, 'CLAIM_FORM', 'json', json_doc(d), gold)
        return
    L = ['个人医疗保险理赔申请书', f'保单号{colon()}{b.policy["number"]}',
         f'被保险人姓名{colon()}{b.p.name}    被保险人证件号码{colon()}{fw(id_override or b.p.id, 0.2)}',
         f'申请人{colon()}{b.p.name}    与被保险人关系：本人',
         f'出险日期{colon()}{cn_date(incident)}    出险原因{colon()}{cause}', f'理赔类型{colon()}{ctype}    申请金额{colon()}{fw(money(claimed))}元',
         f'是否已获社保或其他报销{colon()}{"是" if reimbursed else "否"}',
         f'开户银行{colon()}{b.p.bank}    户名{colon()}{b.p.name}', f'银行账号{colon()}{card}', f'联系电话：{b.p.phone}',
         f'申请日期{colon()}{cn_date(applied)}', f'申请人签名：{b.p.name}']
    b.add(doc_id, 'CLAIM_FORM', 'text', '\n'.join(L) + '\n', gold)


def settlement(b, doc_id, total, fund, hospital, when):
    fmt = b.fmt()
    personal = Decimal(total) - Decimal(fund)
    gold = {'patientName': b.p.name, 'total': money(total), 'fundPaid': money(fund), 'personalPaid': money(personal),
            'settlementDate': when.isoformat()}
    if fmt == 'json':
        d = {'单据名称': '医保结算单', '姓名': b.p.name, '医保类型': '职工基本医疗保险', '医疗机构': hospital, '医疗费总额': money(total),
             '统筹基金支付': money(fund), '个人支付': money(personal), '结算日期': when.isoformat()}
        b.add(doc_id, 'SETTLEMENT_STATEMENT', 'json', json_doc(d), gold)
        return
    L = ['北京市基本医疗保险费用结算单', f'姓名{colon()}{b.p.name}   医保类型：职工基本医疗保险', f'医疗机构：{hospital}',
         f'医疗费总额{colon()}{fw(money(total))}', f'统筹基金支付{colon()}{fw(money(fund))}', f'个人支付{colon()}{fw(money(personal))}',
         f'结算日期{colon()}{cn_date(when)}']
    b.add(doc_id, 'SETTLEMENT_STATEMENT', 'text', '\n'.join(L) + '\n', gold)


# ---------------------------------------------------------------- bundles

def other_name(p):
    while True:
        n = R.choice(SURNAMES) + R.choice(GIVEN)
        if n != p.name:
            return n


def build_outpatient(b, seed=None):
    dept, dx, items, advice = R.choice(OUTPATIENT_CASES)
    hosp, inst = R.choice(HOSP_OK)
    items = [list(i) for i in items]
    if seed == 'excluded_dx':
        dept, dx, items, advice = '妇产科', ['早孕'], [['检查费', 1, '项', '260.00'], ['化验费', 1, '项', '180.00'], ['诊察费', 1, '次', '50.00']], '定期产检。'
    if seed == 'excluded_item':
        dept, dx, advice = '皮肤科', ['黄褐斑'], '外用药物，防晒。'
        items = [['西药费', 1, '项', '126.00'], ['祛斑美容治疗', 1, '次', '300.00'], ['诊察费', 1, '次', '50.00']]
    if seed == 'private_hospital':
        hosp, inst = '北京和睦家医院', '综合医院'
    if seed == 'low_level':
        hosp, inst = '北京市朝阳区双井社区卫生服务中心', '社区卫生服务中心'
    if seed == 'unknown_hospital':
        hosp, inst = '北京市怀柔区汤河口镇卫生院', '卫生院'
    if seed == 'special_dept':
        dept = '特需医疗部'
    total = sum(Decimal(i[3]) for i in items)
    with_si = seed == 'no_settlement' or (seed not in ('limit',) and R.random() < 0.5)
    fund = (total * Decimal('0.5')).quantize(Decimal('0.01')) if with_si else Decimal('0.00')
    self_exp = (total * Decimal('0.1')).quantize(Decimal('0.01'))
    self_pay = total - fund - self_exp
    issue = b.visit - timedelta(days=3) if seed == 'date_order' else b.visit
    applied = b.visit + timedelta(days=R.randint(3, 20))
    claimed = total + Decimal('500.00') if seed == 'claimed_exceeds' else total - fund
    card = b.p.card
    if seed == 'luhn':
        card = card[:-1] + str((int(card[-1]) + 3) % 10)
    printed_items = [list(i) for i in items]
    if seed == 'items_sum':
        printed_items[0][3] = money(Decimal(printed_items[0][3]) + 10)
    printed_self_pay = self_pay + 20 if seed == 'payments_sum' else self_pay
    w = words(total + 100) if seed == 'words' else None
    payer = other_name(b.p) if seed == 'payer_name' else None
    if seed == 'limit':
        b.policy['itemLimits']['OUTPATIENT'] = '50.00'
    claim_form(b, 'c1', b.visit, claimed, with_si, applied, card=card)
    if seed != 'missing_doc':
        idn = None
        if seed == 'id_checksum':
            idn = b.p.id[:-1] + ('0' if b.p.id[-1] != '0' else '1')
        id_card(b, 'c2', id_override=idn, birth_override=(b.p.born + timedelta(days=31)) if seed == 'id_birth' else None)
    code = '1106' + str(R.randint(1000, 9999))
    number = f'{R.randint(10 ** 9, 10 ** 10 - 1):010d}'
    invoice(b, 'c3', printed_items, total, fund, printed_self_pay, self_exp, hosp, inst, issue, words_override=w,
            code=code, number=number, payer=payer)
    certificate(b, 'c4', hosp, dept, dx, advice)
    bank_card(b, 'c5', card=card)
    if with_si and seed != 'no_settlement':
        settlement(b, 'c6', total, fund, hosp, b.visit)
    if seed == 'dup_in_claim':
        fixed = b.docs[2]
        b.docs.append(dict(fixed, id='c7', file=f'{b.bid}/c7.{fixed["file"].rsplit(".", 1)[1]}'))


def build_inpatient(b, seed=None):
    dept, dx, procs, history, days, course = R.choice(INPATIENT_CASES)
    hosp, inst = R.choice(HOSP_OK)
    if seed == 'excluded_proc':
        dept, dx, procs, days = '眼科', ['高度近视（H52.1）', '屈光参差'], ['全飞秒激光近视矫正术'], 2
        history, course = '患者双眼视力下降10余年，要求手术矫正。', '入院后完善检查，行双眼全飞秒激光近视矫正术，术后视力恢复良好。'
    if seed == 'pre_existing':
        dept, dx, procs, days = '内分泌科', ['2型糖尿病', '糖尿病周围神经病变'], [], 8
        history = '患者5年前诊断为2型糖尿病，长期口服二甲双胍，近1月血糖控制不佳，伴双足麻木。'
        course = '入院后予胰岛素强化降糖、营养神经治疗，血糖控制平稳。'
    if seed == 'special_dept':
        dept = '国际医疗部'
    if seed == 'private_hospital':
        hosp, inst = '北京和睦家医院', '综合医院'
    admission = b.visit
    discharge = admission + timedelta(days=days)
    details = []
    cats = {}

    def add(cat, name, unit, price, qty):
        amt = Decimal(price) * qty
        details.append((name, qty, unit, price, amt))
        cats[cat] = cats.get(cat, Decimal(0)) + amt
    add('床位费', '普通病房床位费', '天', '60.00', days)
    add('护理费', '二级护理', '天', '25.00', days)
    for name, unit, price in CATEGORY_DETAIL['西药费']:
        add('西药费', name, unit, price, R.randint(2, 12))
    add('检查费', *CATEGORY_DETAIL['检查费'][R.randint(0, 1)], 1)
    for name, unit, price in CATEGORY_DETAIL['化验费']:
        add('化验费', name, unit, price, R.randint(1, 3))
    add('治疗费', '静脉输液', '次', '12.00', days)
    if procs:
        add('手术费', '腔镜手术费' if '腔镜' in procs[0] else '手术费', '次', '2800.00' if '腔镜' in procs[0] else '3600.00', 1)
        add('材料费', '一次性手术耗材', '套', '960.00', 1)
    items = [[c, 1, '项', money(a)] for c, a in cats.items()]
    total = sum(cats.values())
    with_si = seed == 'no_settlement' or R.random() < 0.6
    fund = (total * Decimal('0.6')).quantize(Decimal('0.01')) if with_si else Decimal('0.00')
    self_exp = (total * Decimal('0.08')).quantize(Decimal('0.01'))
    self_pay = total - fund - self_exp
    applied = discharge + timedelta(days=R.randint(3, 15))
    claimed = total + Decimal('800.00') if seed == 'claimed_exceeds' else total - fund
    printed_items = [list(i) for i in items]
    if seed == 'items_sum':
        printed_items[1][3] = money(Decimal(printed_items[1][3]) - 20)
    printed_self_pay = self_pay - 15 if seed == 'payments_sum' else self_pay
    w = words(total - 1000) if seed == 'words' else None
    if seed == 'limit':
        b.policy['itemLimits']['INPATIENT'] = '300.00'
    claim_form(b, 'c1', admission, claimed, with_si, applied)
    id_card(b, 'c2', sex_override=('女' if b.p.sex == '男' else '男') if seed == 'id_sex' else None)
    invoice(b, 'c3', printed_items, total, fund, printed_self_pay, self_exp, hosp, inst, discharge, admission=admission,
            discharge=discharge, days=days + 2 if seed == 'stay_days' else days, words_override=w, with_check=R.random() < 0.5,
            payer=other_name(b.p) if seed == 'payer_name' else None)
    expense_list(b, 'c4', details, total, hosp, dept, total_override=total + 50 if seed == 'list_total' else None)
    if seed != 'missing_doc':
        adm2 = admission - timedelta(days=2) if seed == 'admission_mismatch' else None
        discharge_summary(b, 'c5', hosp, dept, admission, discharge, days, dx, procs, history, course,
                          days_override=(discharge - adm2).days if adm2 else None, admission_override=adm2)
    bank_card(b, 'c6')
    if with_si and seed != 'no_settlement':
        settlement(b, 'c7', total, fund, hosp, discharge)


SEEDS = [
    # (kind, seed, gold alerts)
    ('OUTPATIENT', 'outside_cover', ['TREATMENT_OUTSIDE_COVER']),
    ('INPATIENT', 'outside_cover', ['TREATMENT_OUTSIDE_COVER']),
    ('OUTPATIENT', 'waiting', ['WAITING_PERIOD']),
    ('INPATIENT', 'waiting', ['WAITING_PERIOD']),
    ('OUTPATIENT', 'early', ['EARLY_CLAIM']),
    ('INPATIENT', 'early', ['EARLY_CLAIM']),
    ('OUTPATIENT', 'payer_name', ['NAME_MISMATCH']),
    ('INPATIENT', 'payer_name', ['NAME_MISMATCH']),
    ('OUTPATIENT', 'id_checksum', ['ID_INCONSISTENT']),
    ('OUTPATIENT', 'id_birth', ['ID_INCONSISTENT']),
    ('INPATIENT', 'id_sex', ['ID_INCONSISTENT']),
    ('OUTPATIENT', 'luhn', ['BANK_CARD_INVALID']),
    ('OUTPATIENT', 'dup_in_claim', ['DUPLICATE_INVOICE']),
    ('OUTPATIENT', 'items_sum', ['INVOICE_ITEMS_MISMATCH']),
    ('INPATIENT', 'items_sum', ['INVOICE_ITEMS_MISMATCH']),
    ('INPATIENT', 'list_total', ['INVOICE_ITEMS_MISMATCH']),
    ('OUTPATIENT', 'payments_sum', ['INVOICE_PAYMENTS_MISMATCH']),
    ('INPATIENT', 'payments_sum', ['INVOICE_PAYMENTS_MISMATCH']),
    ('OUTPATIENT', 'words', ['AMOUNT_IN_WORDS_MISMATCH']),
    ('INPATIENT', 'words', ['AMOUNT_IN_WORDS_MISMATCH']),
    ('INPATIENT', 'stay_days', ['STAY_DAYS_MISMATCH']),
    ('OUTPATIENT', 'date_order', ['DATE_ORDER']),
    ('INPATIENT', 'admission_mismatch', ['DATE_ORDER']),
    ('OUTPATIENT', 'excluded_dx', ['EXCLUDED_CONDITION']),
    ('INPATIENT', 'excluded_proc', ['EXCLUDED_CONDITION']),
    ('OUTPATIENT', 'excluded_item', ['EXCLUDED_ITEM']),
    ('INPATIENT', 'pre_existing', ['PRE_EXISTING_CONDITION']),
    ('OUTPATIENT', 'private_hospital', ['HOSPITAL_NOT_ALLOWED']),
    ('INPATIENT', 'private_hospital', ['HOSPITAL_NOT_ALLOWED']),
    ('OUTPATIENT', 'low_level', ['HOSPITAL_NOT_ALLOWED']),
    ('OUTPATIENT', 'special_dept', ['HOSPITAL_NOT_ALLOWED']),
    ('INPATIENT', 'special_dept', ['HOSPITAL_NOT_ALLOWED']),
    ('OUTPATIENT', 'unknown_hospital', ['HOSPITAL_UNKNOWN']),
    ('OUTPATIENT', 'no_settlement', ['NO_SETTLEMENT_STATEMENT']),
    ('INPATIENT', 'no_settlement', ['NO_SETTLEMENT_STATEMENT']),
    ('OUTPATIENT', 'missing_doc', ['MISSING_DOCUMENT']),
    ('INPATIENT', 'missing_doc', ['MISSING_DOCUMENT']),
    ('OUTPATIENT', 'limit', ['LIMIT_EXCEEDED']),
    ('INPATIENT', 'limit', ['LIMIT_EXCEEDED']),
    ('OUTPATIENT', 'claimed_exceeds', ['CLAIMED_EXCEEDS_EXPENSES']),
    ('INPATIENT', 'claimed_exceeds', ['CLAIMED_EXCEEDS_EXPENSES']),
]


def make(bid, kind, form, seed=None):
    p = Person(bid)
    visit = date(2024, 1, 1) + timedelta(days=R.randint(0, 300))
    if seed == 'outside_cover':
        effective = visit + timedelta(days=10)
    elif seed == 'waiting':
        effective = visit - timedelta(days=R.randint(5, 25))
    elif seed == 'early':
        effective = visit - timedelta(days=R.randint(40, 80))
    else:
        effective = visit - timedelta(days=R.randint(120, 330))
    b = Bundle(bid, kind, form, p, effective, visit, seed)
    (build_outpatient if kind == 'OUTPATIENT' else build_inpatient)(b, seed)
    return b


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    bundles = []
    forms = ['text', 'json', 'mixed']
    n = 0
    for i in range(20):
        n += 1
        kind = 'OUTPATIENT' if i % 2 == 0 else 'INPATIENT'
        b = make(f'b{n:02d}', kind, forms[i % 3])
        bundles.append(b)
    for j, (kind, seed, alerts) in enumerate(SEEDS):
        n += 1
        b = make(f'b{n:02d}', kind, forms[j % 3], seed)
        b.alerts = alerts
        bundles.append(b)
    # the same invoices submitted again with a later claim (text and JSON forms)
    for src in (bundles[0], bundles[3], bundles[8]):
        n += 1
        copy = Bundle(f'b{n:02d}', src.kind, src.form, src.p, src.effective, src.visit, 'dup_earlier')
        copy.policy = src.policy
        copy.docs = [dict(d, file=f'{copy.bid}/{d["id"]}.{d["file"].rsplit(".", 1)[1]}') for d in src.docs]
        copy.alerts = ['DUPLICATE_INVOICE']
        copy.note = f'invoices of {src.bid} submitted again'
        bundles.append(copy)
    manifest = []
    for b in bundles:
        os.makedirs(os.path.join(OUT, b.bid), exist_ok=True)
        docs = []
        for d in b.docs:
            with open(os.path.join(OUT, d['file']), 'w', encoding='utf-8') as f:
                f.write(d['content'])
            docs.append({k: v for k, v in d.items() if k != 'content'})
        manifest.append({'id': b.bid, 'claimId': 'CLM-' + b.bid, 'kind': b.kind, 'form': b.form, 'seed': b.seed or 'clean',
                         'note': b.note, 'policy': b.policy, 'documents': docs, 'goldAlerts': b.alerts})
    header = ('Synthetic claim bundles for the sdk-finance offline engine evaluation. Generated by '
              'src/test/devset-tools/generate_devset.py (seeded); gold extraction = the facts each document was '
              'rendered from, gold alerts = the problem seeded into the bundle. All people and numbers are invented.')
    with open(os.path.join(OUT, 'devset.json'), 'w', encoding='utf-8') as f:
        json.dump({'about': header, 'bundles': manifest}, f, ensure_ascii=False, indent=1)
    print(len(manifest), 'bundles,', sum(len(b['documents']) for b in manifest), 'documents')


if __name__ == '__main__':
    main()
