package ai.domainassist.examples;

import ai.domainassist.core.text.ChineseDates;
import ai.domainassist.core.text.ChineseNumbers;
import ai.domainassist.core.text.NormalizedText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs every example offline, with no model and no network. README's "run" command calls this.
 */
public final class RunAll {
    private RunAll() {
    }

    /**
     * Entry point.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("== Domain Assistant SDK examples (offline) ==");
        String invoice = "合计（大写）：壹仟贰佰叁拾肆元伍角陆分  （小写）￥1234.56  开票日期：２０２４年３月５日";
        out.println("invoice text: " + invoice);
        ChineseNumbers.parseAmountInWords("壹仟贰佰叁拾肆元伍角陆分")
                .ifPresent(v -> out.println("amount in words -> " + v));
        ChineseDates.findAll(invoice).forEach(d -> out.println("date -> " + d.date() + " at [" + d.start() + ", " + d.end() + ")"));
        int[] span = NormalizedText.of(invoice).find("小写 ¥1234.56", NormalizedText.ALL, 0);
        out.println("quote '小写 ¥1234.56' found at " + (span == null ? "nowhere" : "[" + span[0] + ", " + span[1] + "): "
                + invoice.substring(span[0], span[1])));
    }
}
