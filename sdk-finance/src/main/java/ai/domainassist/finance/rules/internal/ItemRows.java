package ai.domainassist.finance.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.text.Width;
import ai.domainassist.finance.model.ExpenseItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of an item table in OCR text (收费项目 of an invoice, the rows of an expense list):
 * the lines after a header line (项目名称 / 收费项目) up to the total line (合计 / 总计 / 大写). A row has a
 * name with Chinese characters and ends with an amount with two decimals; a quantity and a unit may
 * stand between, a unit price before the amount. Stateless.
 */
public final class ItemRows {
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern AMOUNT = Pattern.compile("[¥￥]?(-?[0-9]+\\.[0-9]{2})");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern QTY_UNIT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([\\u4e00-\\u9fa5]{1,2})");
    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fa5]");
    private static final List<String> HEADER = List.of("项目名称", "收费项目");
    private static final List<String> END = List.of("合计", "总计", "大写", "小写", "统筹", "个人自付", "个人自费");

    private ItemRows() {
    }

    /**
     * Reads the rows.
     *
     * @param docId the document id
     * @param text the OCR text
     * @return the items, in order
     */
    public static List<ExpenseItem> read(String docId, String text) {
        List<ExpenseItem> out = new ArrayList<>();
        boolean inTable = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = Width.toHalf(text.substring(lineStart, lineEnd));
            String compact = line.replaceAll("\\s+", "");
            if (!inTable) {
                inTable = HEADER.stream().anyMatch(compact::contains);
            } else if (END.stream().anyMatch(compact::startsWith) || END.stream().anyMatch(e -> compact.contains(e + ":"))) {
                inTable = false;
            } else {
                ExpenseItem item = row(docId, text, line, lineStart);
                if (item != null) {
                    out.add(item);
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static ExpenseItem row(String docId, String text, String line, int offset) {
        List<int[]> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(line);
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
        }
        if (tokens.size() < 2) {
            return null;
        }
        int[] last = tokens.get(tokens.size() - 1);
        Matcher am = AMOUNT.matcher(line.substring(last[0], last[1]));
        if (!am.matches()) {
            return null;
        }
        int nameIdx = -1;
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (HAN.matcher(line.substring(tokens.get(i)[0], tokens.get(i)[1])).find()) {
                nameIdx = i;
                break;
            }
        }
        if (nameIdx < 0) {
            return null;
        }
        // a name may be split by a stray space: join the Chinese tokens that follow it
        int nameEnd = nameIdx;
        while (nameEnd + 1 < tokens.size() - 1 && !NUMBER.matcher(tok(line, tokens.get(nameEnd + 1))).lookingAt()
                && HAN.matcher(tok(line, tokens.get(nameEnd + 1))).find() && tokens.size() - nameEnd > 4) {
            nameEnd++;
        }
        String name = line.substring(tokens.get(nameIdx)[0], tokens.get(nameEnd)[1]).replaceAll("\\s+", "");
        BigDecimal quantity = null;
        String unit = "";
        List<String> middle = new ArrayList<>();
        for (int i = nameEnd + 1; i < tokens.size() - 1; i++) {
            middle.add(tok(line, tokens.get(i)));
        }
        for (int i = 0; i < middle.size(); i++) {
            String m = middle.get(i);
            Matcher qu = QTY_UNIT.matcher(m);
            if (quantity == null && qu.matches()) {
                quantity = new BigDecimal(qu.group(1));
                unit = qu.group(2);
            } else if (quantity == null && NUMBER.matcher(m).matches()) {
                quantity = new BigDecimal(m);
            } else if (quantity != null && unit.isEmpty() && HAN.matcher(m).find() && m.length() <= 2) {
                unit = m;
            }
        }
        BigDecimal amount = new BigDecimal(am.group(1)).setScale(2, RoundingMode.HALF_UP);
        int s = offset + tokens.get(nameIdx)[0];
        int e = offset + last[1];
        return new ExpenseItem(name, quantity, unit, amount, List.of(Evidence.of(docId, text, s, e)));
    }

    private static String tok(String line, int[] t) {
        return line.substring(t[0], t[1]);
    }
}
