package ai.domainassist.gov.check.internal;

import ai.domainassist.core.text.ChineseDates;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.rules.internal.Patterns;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** {@code date.form}: 成文日期 and 印发日期 in Arabic numerals, year in full, no leading zeros. */
public final class DateCheck implements Check {
    static final String ID = "date.form";

    @Override
    public List<String> ruleIds() {
        return List.of(ID);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        ctx.doc().date().ifPresent(d -> check(ctx, d, "成文日期", out));
        ctx.doc().printing().ifPresent(p -> {
            Matcher m = Patterns.DATE_LINE.matcher(p.text());
            if (m.find()) {
                check(ctx, new TextSpan(m.group(), p.start() + m.start(), p.start() + m.end()), "印发日期", out);
            }
        });
    }

    private static void check(CheckContext ctx, TextSpan d, String what, List<NormativeFinding> out) {
        if (Patterns.DATE_STANDARD.matcher(d.text()).matches()) {
            return;
        }
        Optional<LocalDate> date = ChineseDates.parse(d.text().replaceAll("\\s", ""));
        String fix = date.map(ChineseDates::format).orElse("用阿拉伯数字标全年、月、日，月日不编虚位，如 2024年3月5日");
        out.add(ctx.finding(ID, d.start(), d.end(),
                what + "“" + d.text() + "”不规范：应用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位", fix));
    }
}
