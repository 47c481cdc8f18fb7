package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.EvalData;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.ParsedTitle;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures document-type recognition on the 5,608 titles of policy-titles.txt.
 *
 * <p>Two measures. (1) All titles against a reference reading written here independently of the
 * parser: a title names a type when, with a trailing parenthetical and anything inside 《》 or
 * quotation marks left aside, it ends with one of the fifteen names, 令 (嘉奖令, 国务院令, 令第N号)
 * or 复函. (2) A hand-checked sample of 200 titles (src/test/resources/title-sample-gold.tsv),
 * labelled by reading, including titles that name no type.
 */
class TitleParserEvaluationTest {
    private static final Pattern TRAILER = Pattern.compile("([（(][^（）()]*[）)]|第[0-9]+号)$");
    private static final Pattern QUOTED = Pattern.compile("《[^》]*》|“[^”]*”|\"[^\"]*\"");
    private static final String[] NAMES = {"决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告",
        "请示", "批复", "议案", "纪要", "复函", "函", "令"};

    static Optional<String> referenceType(String title) {
        String t = title.strip();
        Matcher m = TRAILER.matcher(t);
        if (m.find() && m.start() > 0) {
            t = t.substring(0, m.start());
        }
        t = QUOTED.matcher(t).replaceAll("");
        for (String n : NAMES) {
            if (t.endsWith(n)) {
                return Optional.of(n.equals("复函") ? "函" : n.equals("令") ? "命令" : n);
            }
        }
        return Optional.empty();
    }

    @Test
    void recognisesTheTypeOfPolicyTitles() throws Exception {
        List<String> titles = Files.readAllLines(EvalData.gov("policy-titles.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        TitleParser parser = TitleParser.standard();
        int withType = 0;
        int right = 0;
        int withoutType = 0;
        int falseType = 0;
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> nonStatutory = new TreeMap<>();
        for (String t : titles) {
            Optional<String> ref = referenceType(t);
            ParsedTitle p = parser.parse(t);
            Optional<String> got = p.type().map(DocumentType::chineseName);
            if (ref.isPresent()) {
                withType++;
                byType.merge(ref.get(), 1, Integer::sum);
                if (got.equals(ref)) {
                    right++;
                } else {
                    System.out.println("  missed: " + t + " -> " + got.orElse("none"));
                }
            } else {
                withoutType++;
                p.nonStatutoryWord().ifPresent(w -> nonStatutory.merge(w, 1, Integer::sum));
                if (got.isPresent()) {
                    falseType++;
                }
            }
        }
        double acc = (double) right / withType;
        System.out.printf("title parser on policy-titles.txt: %d titles, %d name a statutory type, recognised %d (%.4f);"
                + " %d name none (type wrongly given to %d); by type %s; non-statutory words %s%n",
                titles.size(), withType, right, acc, withoutType, falseType, byType, nonStatutory);
        assertThat(titles).hasSize(5608);
        assertThat(acc).isGreaterThanOrEqualTo(0.98);
        assertThat(falseType).isLessThanOrEqualTo(withoutType / 50);
    }

    @Test
    void agreesWithTheHandCheckedSample() throws Exception {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/title-sample-gold.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        int right = 0;
        for (String l : lines) {
            String[] c = l.split("\t");
            String got = TitleParser.standard().parse(c[1]).type().map(DocumentType::chineseName).orElse("NONE");
            if (got.equals(c[2])) {
                right++;
            } else {
                System.out.println("  sample miss: " + c[1] + " gold " + c[2] + " got " + got);
            }
        }
        double acc = (double) right / lines.size();
        System.out.printf("title parser on the hand-checked sample: %d/%d = %.3f%n", right, lines.size(), acc);
        assertThat(lines).hasSize(200);
        assertThat(acc).isGreaterThanOrEqualTo(0.98);
    }
}
