package ai.domainassist.gov.check.internal;

import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.rules.internal.Patterns;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** {@code docnumber.form}: 机关代字〔2024〕3号, with six-angle brackets, no 第 and no leading zeros. */
public final class DocumentNumberCheck implements Check {
    static final String ID = "docnumber.form";

    @Override
    public List<String> ruleIds() {
        return List.of(ID);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        ctx.doc().documentNumber().ifPresent(n -> check(ctx, n, out));
    }

    private static void check(CheckContext ctx, TextSpan n, List<NormativeFinding> out) {
        if (Patterns.DOCUMENT_NUMBER_STANDARD.matcher(n.text()).matches()) {
            return;
        }
        Matcher m = Patterns.DOCUMENT_NUMBER.matcher(n.text());
        if (!m.matches()) {
            out.add(ctx.finding(ID, n.start(), n.end(), "发文字号不规范", "按“机关代字〔年份〕序号号”标注"));
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!"〔".equals(m.group("open")) || !"〕".equals(m.group("close"))) {
            problems.add("年份应用六角括号〔〕");
        }
        String year = ai.domainassist.core.text.Width.toHalf(m.group("year"));
        if (year.length() != 4) {
            problems.add("年份应标全称");
            int yy = Integer.parseInt(year);
            int now = Year.now().getValue() % 100;
            year = (yy <= now ? "20" : "19") + String.format("%02d", yy);
        }
        if (!m.group("di").isEmpty()) {
            problems.add("序号前不加“第”");
        }
        String serial = ai.domainassist.core.text.Width.toHalf(m.group("serial"));
        if (serial.startsWith("0")) {
            problems.add("序号不编虚位（不加0）");
        }
        String cleanSerial = serial.replaceFirst("^0+(?=.)", "");
        if (problems.isEmpty()) {
            problems.add("发文字号中不应有空格等多余字符");
        }
        out.add(ctx.finding(ID, n.start(), n.end(), "发文字号“" + n.text() + "”不规范：" + String.join("；", problems),
                m.group("agency") + "〔" + year + "〕" + cleanSerial + "号"));
    }
}
