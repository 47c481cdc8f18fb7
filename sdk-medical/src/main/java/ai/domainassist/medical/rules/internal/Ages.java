package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.rules.assertion.internal.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ages in an utterance, so that they are never read as durations: {@code 宝宝8个月，发烧两天}
 * (8个月 is the age), {@code 40天的孩子咳嗽}, {@code 孩子三岁半}, {@code 出生20天}, {@code 8个月大}, and the
 * answer to the doctor's {@code 宝宝多大了？}. Stateless and thread-safe.
 */
final class Ages {
    private static final String NUM = "(?:[0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十几半]+)";
    private static final Pattern AGE = Pattern.compile(NUM + "(?:个)?(?:多)?(?:半)?(?:个)?(岁|周岁|个月|月|天|周|星期)(?:半|多)?");
    private static final Pattern BEFORE = Pattern.compile("(?:孩子|宝宝|宝贝|小孩|娃|儿子|女儿|闺女|患儿|小朋友|今年|出生|生下来)"
            + "(?:现在|今年|才|刚|刚刚|都|已经|快|满|有)?$");
    /** What follows an age: the end of the clause (宝宝8个月，), 了 and the end (宝宝8个月了，), 大, 的孩子. */
    private static final Pattern ENDS = Pattern.compile("^(?:了|啦|多了|大了)?(?:$|[，。！？；,.!?;\\s])");
    private static final Pattern AFTER = Pattern.compile("^(?:大|的(?:宝宝|孩子|小孩|男孩|女孩|婴儿|小朋友|宝贝|娃|男宝|女宝|小宝)|左右的(?:宝宝|孩子))");
    private static final Pattern QUESTION = Pattern.compile("多大|几岁|年龄|岁数|几个月大|(?:宝宝|孩子|宝贝|小孩)(?:现在)?几个月|出生(?:多久|几天)|多少天的|生日");

    private Ages() {
    }

    /**
     * The ages of an utterance.
     *
     * @param folded the folded text
     * @param question the doctor's question it answers, or {@code null}
     * @return the spans, in order
     */
    static List<Segment> find(String folded, Turn question) {
        if (folded.indexOf('岁') < 0 && folded.indexOf('月') < 0 && folded.indexOf('天') < 0 && folded.indexOf('周') < 0
                && folded.indexOf('期') < 0) {
            return List.of();
        }
        boolean answersAge = question != null && QUESTION.matcher(question.folded).find();
        List<Segment> out = new ArrayList<>();
        Matcher m = AGE.matcher(folded);
        while (m.find()) {
            String unit = m.group(1);
            String before = folded.substring(Math.max(0, m.start() - 4), m.start());
            String after = folded.substring(m.end(), Math.min(folded.length(), m.end() + 6));
            boolean age = unit.endsWith("岁")
                    || AFTER.matcher(after).find()
                    || BEFORE.matcher(before).find() && ENDS.matcher(after).find()
                    || answersAge && out.isEmpty();
            if (age) {
                out.add(new Segment(m.start(), m.end()));
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    /**
     * Whether a span overlaps an age.
     *
     * @param ages the ages
     * @param start start
     * @param end end
     * @return {@code true} when it does
     */
    static boolean overlaps(List<Segment> ages, int start, int end) {
        for (Segment a : ages) {
            if (a.start() < end && start < a.end()) {
                return true;
            }
        }
        return false;
    }
}
