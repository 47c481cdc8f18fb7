package ai.domainassist.finance.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.text.ChineseDates;
import ai.domainassist.core.text.ChineseNumbers;
import ai.domainassist.core.text.NormalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types the raw values of one document: money, amounts in words, dates, codes, names, ID and card
 * numbers, lists of diagnoses. Each typed value carries the evidence of exactly the characters it was
 * read from. Values are matched in their width- and whitespace-folded form, so full-width digits and
 * stray spaces are read as their plain forms. Thread-safe if the hospital list is.
 */
public final class FieldParser {
    /**
     * An amount in figures, not part of a longer number: no digit or dot right before it, no digit,
     * decimal or exponent right after it ({@code 1e309} and {@code 12345.678} are not amounts, rather
     * than being read as 1.00 and 12345.67).
     */
    private static final Pattern MONEY = Pattern.compile("(?<![0-9.])(?<![0-9][eE])(?<![0-9][eE][+-])"
            + "-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]{1,2})?(?![0-9]|\\.[0-9]|[eE][+-]?[0-9])");
    private static final Pattern WORDS = Pattern.compile("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正〇]{2,}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{4,}");
    private static final Pattern INTEGER = Pattern.compile("[0-9]+");
    private static final Pattern ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    private static final Pattern CARD = Pattern.compile("(?<![0-9])[0-9]{12,19}(?![0-9])");
    private static final Pattern NAME = Pattern.compile("[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5·]{1,5}");
    private static final Pattern HAN_TEXT = Pattern.compile("[\\u4e00-\\u9fa5A-Za-z0-9（）()·\\-]+");
    private static final Pattern HOSPITAL = Pattern.compile(
            "[\\u4e00-\\u9fa5（）()0-9]{2,30}?(?:医院|卫生院|卫生服务中心|医疗中心|诊所|门诊部)");
    private static final Pattern NUMBERING = Pattern.compile("(?:^|(?<=[^0-9.A-Za-z]))[0-9]{1,2}[.、．)）]");

    private final String docId;
    private final String content;
    private final HospitalList hospitals;

    /**
     * @param docId the document id (the evidence source id)
     * @param content the document content as received
     * @param hospitals the hospital list, to read hospital names
     */
    public FieldParser(String docId, String content, HospitalList hospitals) {
        this.docId = docId;
        this.content = content;
        this.hospitals = hospitals;
    }

    private record Found(String text, Evidence evidence) {
    }

    private Optional<Found> find(RawField raw, Pattern p) {
        NormalizedText nt = NormalizedText.of(raw.value(), LabeledText.FOLDS);
        Matcher m = p.matcher(nt.folded());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(found(raw, nt, m.start(), m.end(), m.group()));
    }

    private Found found(RawField raw, NormalizedText nt, int fs, int fe, String text) {
        if (!raw.exact()) {
            return new Found(text, Evidence.of(docId, content, raw.start(), raw.end()));
        }
        int[] span = nt.toOriginalSpan(fs, fe);
        return new Found(text, Evidence.of(docId, content, raw.start() + span[0], raw.start() + span[1]));
    }

    /** The value as printed (original characters, whitespace removed) for a span of the folded value. */
    private static String printed(RawField raw, NormalizedText nt, int fs, int fe) {
        int[] span = nt.toOriginalSpan(fs, fe);
        return raw.value().substring(span[0], span[1]).replaceAll("[\\s\u3000]+", "");
    }

    /**
     * Evidence for the whole raw value.
     *
     * @param raw the raw value
     * @return the evidence
     */
    public Evidence whole(RawField raw) {
        return Evidence.of(docId, content, raw.start(), raw.end());
    }

    /**
     * @param raw a raw value
     * @return the first amount in figures (¥ and thousands separators allowed), two decimals; none
     *     when the figures are not an amount (an exponent, more than two decimals)
     */
    public Optional<Grounded<BigDecimal>> money(RawField raw) {
        return find(raw, MONEY).map(f -> Grounded.byRules(
                new BigDecimal(f.text().replace(",", "")).setScale(2, RoundingMode.HALF_UP), f.evidence()));
    }

    /**
     * @param raw a raw value
     * @return the amount in words (大写), parsed
     */
    public Optional<Grounded<BigDecimal>> amountInWords(RawField raw) {
        return find(raw, WORDS).flatMap(f -> ChineseNumbers.parseAmountInWords(f.text())
                .map(v -> Grounded.byRules(v, f.evidence())));
    }

    /**
     * @param raw a raw value
     * @return the first valid date
     */
    public Optional<Grounded<LocalDate>> date(RawField raw) {
        NormalizedText nt = NormalizedText.of(raw.value(), LabeledText.FOLDS);
        List<ChineseDates.Found> all = ChineseDates.findAll(nt.folded());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        ChineseDates.Found d = all.get(0);
        return Optional.of(Grounded.byRules(d.date(), found(raw, nt, d.start(), d.end(), "").evidence()));
    }

    /**
     * @param raw a raw value
     * @return the first integer (a number of days)
     */
    public Optional<Grounded<Integer>> integer(RawField raw) {
        return find(raw, INTEGER).filter(f -> f.text().length() <= 6)
                .map(f -> Grounded.byRules(Integer.parseInt(f.text()), f.evidence()));
    }

    /**
     * @param raw a raw value
     * @return the first run of at least four letters or digits (票据代码, 票据号码, 校验码, 保单号)
     */
    public Optional<Grounded<String>> code(RawField raw) {
        return find(raw, CODE).map(f -> Grounded.byRules(f.text(), f.evidence()));
    }

    /**
     * @param raw a raw value
     * @return an 18-character ID number, upper-case X
     */
    public Optional<Grounded<String>> idNumber(RawField raw) {
        return find(raw, ID).map(f -> Grounded.byRules(f.text().toUpperCase(java.util.Locale.ROOT), f.evidence()));
    }

    /**
     * @param raw a raw value
     * @return a 12- to 19-digit card number (spaces inside removed)
     */
    public Optional<Grounded<String>> cardNumber(RawField raw) {
        return find(raw, CARD).map(f -> Grounded.byRules(f.text(), f.evidence()));
    }

    /**
     * @param raw a raw value
     * @return a person's name: the first run of two to six Chinese characters
     */
    public Optional<Grounded<String>> name(RawField raw) {
        return find(raw, NAME).map(f -> Grounded.byRules(f.text(), f.evidence()));
    }

    /**
     * @param raw a raw value
     * @return 男 or 女
     */
    public Optional<Grounded<String>> sex(RawField raw) {
        return find(raw, Pattern.compile("[男女]")).map(f -> Grounded.byRules(f.text(), f.evidence()));
    }

    /**
     * @param raw a raw value
     * @return the text up to the first punctuation that is not part of a name (科室, 民族, 医保类型 ...)
     */
    public Optional<Grounded<String>> shortText(RawField raw) {
        NormalizedText nt = NormalizedText.of(raw.value(), LabeledText.FOLDS);
        Matcher m = HAN_TEXT.matcher(nt.folded());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(Grounded.byRules(printed(raw, nt, m.start(), m.end()),
                found(raw, nt, m.start(), m.end(), "").evidence()));
    }

    /**
     * @param raw a raw value
     * @return the whole value, whitespace folded (住址, 诊疗经过)
     */
    public Optional<Grounded<String>> freeText(RawField raw) {
        String v = raw.value().replaceAll("[\\s\u3000]+", "");
        return v.isEmpty() ? Optional.empty() : Optional.of(Grounded.byRules(v, whole(raw)));
    }

    /**
     * @param raw a raw value
     * @param options the accepted values, in order of preference (门诊, 住院)
     * @return the first option the value contains
     */
    public Optional<Grounded<String>> choice(RawField raw, List<String> options) {
        NormalizedText nt = NormalizedText.of(raw.value(), LabeledText.FOLDS);
        int best = -1;
        String bestOpt = null;
        for (String o : options) {
            int at = nt.folded().indexOf(o);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                bestOpt = o;
            }
        }
        if (bestOpt == null) {
            return Optional.empty();
        }
        return Optional.of(Grounded.byRules(bestOpt, found(raw, nt, best, best + bestOpt.length(), bestOpt).evidence()));
    }

    /**
     * A hospital name: a name on the hospital list (canonical form), else the text up to a hospital suffix.
     *
     * @param raw a raw value
     * @return the hospital name
     */
    public Optional<Grounded<String>> hospital(RawField raw) {
        NormalizedText nt = NormalizedText.of(raw.value(), LabeledText.FOLDS);
        NormalizedText all = NormalizedText.of(raw.value());
        int[] known = hospitals.locate(all.folded());
        if (known != null) {
            int[] span = all.toOriginalSpan(known[0], known[1]);
            String name = hospitals.find(raw.value().substring(span[0], span[1])).map(HospitalList.Hospital::name)
                    .orElse(raw.value().substring(span[0], span[1]));
            Evidence ev = raw.exact() ? Evidence.of(docId, content, raw.start() + span[0], raw.start() + span[1])
                    : whole(raw);
            return Optional.of(Grounded.byRules(name, ev));
        }
        Matcher m = HOSPITAL.matcher(nt.folded());
        if (m.find()) {
            return Optional.of(Grounded.byRules(m.group(), found(raw, nt, m.start(), m.end(), m.group()).evidence()));
        }
        return Optional.empty();
    }

    /**
     * Splits a list of diagnoses or procedures: by numbering (1. 2、) when present, else by 、，；.
     *
     * @param raw a raw value
     * @return the entries, each with its evidence
     */
    public List<Grounded<String>> list(RawField raw) {
        NormalizedText nt = NormalizedText.of(raw.value(), LabeledText.FOLDS);
        String f = nt.folded();
        List<int[]> parts = new ArrayList<>();
        Matcher m = NUMBERING.matcher(f);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
        }
        if (!marks.isEmpty()) {
            for (int i = 0; i < marks.size(); i++) {
                parts.add(new int[] {marks.get(i)[1], i + 1 < marks.size() ? marks.get(i + 1)[0] : f.length()});
            }
        } else {
            int s = 0;
            for (int i = 0; i <= f.length(); i++) {
                if (i == f.length() || "、,，;；".indexOf(f.charAt(i)) >= 0) {
                    parts.add(new int[] {s, i});
                    s = i + 1;
                }
            }
        }
        List<Grounded<String>> out = new ArrayList<>();
        for (int[] p : parts) {
            int s = p[0];
            int e = p[1];
            while (s < e && "、,，;；。.".indexOf(f.charAt(s)) >= 0) {
                s++;
            }
            while (e > s && "、,，;；。.".indexOf(f.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e > s) {
                String v = printed(raw, nt, s, e);
                out.add(Grounded.byRules(v, found(raw, nt, s, e, v).evidence()));
            }
        }
        return out;
    }
}
