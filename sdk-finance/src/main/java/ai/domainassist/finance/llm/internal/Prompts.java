package ai.domainassist.finance.llm.internal;

import ai.domainassist.finance.model.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates under {@code ai/domainassist/finance/prompts/}: the comment lines at the top
 * ({@code #}) are dropped, {@code {{name}}} placeholders are filled. Loaded once. Thread-safe.
 */
public final class Prompts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)\\}\\}");
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /**
     * Renders a template.
     *
     * @param name the file name
     * @param values placeholder values
     * @return the prompt text
     * @throws IllegalStateException if the template is missing or a placeholder is left unfilled
     */
    public String render(String name, Map<String, String> values) {
        String t = cache.computeIfAbsent(name, Prompts::load);
        // one pass over the template: a value (a question, a document) is never read for placeholders itself
        Matcher m = PLACEHOLDER.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("prompt " + name + " has an unfilled placeholder " + m.group());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String load(String name) {
        String path = "/ai/domainassist/finance/prompts/" + name;
        try (InputStream in = Prompts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("prompt missing from the class path: " + path);
            }
            StringBuilder sb = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    sb.append(line).append('\n');
                }
            }
            return sb.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + path, e);
        }
    }

    /**
     * The Chinese name of a document type for prompts.
     *
     * @param type the type
     * @return the name
     */
    public String typeName(DocumentType type) {
        return switch (type) {
            case INVOICE_OUTPATIENT -> "门诊医疗收费票据";
            case INVOICE_INPATIENT -> "住院医疗收费票据";
            case EXPENSE_LIST -> "费用明细清单";
            case DISCHARGE_SUMMARY -> "出院小结";
            case DIAGNOSIS_CERTIFICATE -> "诊断证明书";
            case ID_CARD -> "居民身份证";
            case BANK_CARD -> "银行卡";
            case CLAIM_FORM -> "理赔申请书";
            case SETTLEMENT_STATEMENT -> "医保结算单";
            case UNKNOWN -> "未识别材料";
        };
    }
}
