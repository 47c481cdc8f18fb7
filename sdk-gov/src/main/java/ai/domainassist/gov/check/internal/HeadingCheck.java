package ai.domainassist.gov.check.internal;

import ai.domainassist.gov.model.Heading;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.rules.internal.HeadingMarkers;
import java.util.List;

/**
 * The body's heading numbers: the marker's form per level, the sequence of numbers within one
 * parent, and the order of levels (一、 then （一） then 1. then （1）).
 */
public final class HeadingCheck implements Check {
    static final String SEQUENCE = "heading.sequence";
    static final String LEVEL_ORDER = "heading.level-order";
    static final String FORM = "heading.form";

    @Override
    public List<String> ruleIds() {
        return List.of(SEQUENCE, LEVEL_ORDER, FORM);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        // Levels may be skipped (一、 then 1.) but never inverted (结构层次序数可以越级使用，但不能逆序使用):
        // within one parent block, a level must not appear after a deeper level was used first.
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>(); // {level, blockIndex}
        List<boolean[]> seen = new java.util.ArrayList<>();
        List<int[]> last = new java.util.ArrayList<>();
        seen.add(new boolean[5]);
        last.add(new int[5]);
        for (Heading h : ctx.doc().headings()) {
            int lv = h.level();
            int markerEnd = h.span().start() + h.marker().length();
            if (!h.standardMarker()) {
                out.add(ctx.finding(FORM, h.span().start(), markerEnd, "第" + lv + "层标题序号“" + h.marker()
                        + "”写法不规范", HeadingMarkers.standard(lv, h.number())));
            }
            while (!stack.isEmpty() && stack.peek()[0] >= lv) {
                stack.pop();
            }
            int block = stack.isEmpty() ? 0 : stack.peek()[1];
            boolean[] s = seen.get(block);
            if (!s[lv]) {
                for (int deeper = lv + 1; deeper <= 4; deeper++) {
                    if (s[deeper]) {
                        out.add(ctx.finding(LEVEL_ORDER, h.span().start(), markerEnd, "标题层次逆序：第" + lv + "层序号“"
                                + h.marker() + "”出现在同一层级下的第" + deeper + "层序号之后",
                                "按“一、”“（一）”“1.”“（1）”的顺序使用结构层次序数，可以越级但不能逆序"));
                        break;
                    }
                }
            }
            s[lv] = true;
            int[] numbers = last.get(block);
            int expected = numbers[lv] + 1;
            if (h.number() != expected) {
                String what = h.number() == numbers[lv] ? "重复" : h.number() > expected ? "跳号" : "顺序颠倒";
                out.add(ctx.finding(SEQUENCE, h.span().start(), markerEnd, "标题序号" + what + "：“" + h.marker()
                        + "”前一个同级序号为" + numbers[lv] + "，应为" + expected, HeadingMarkers.standard(lv, expected)));
            }
            numbers[lv] = h.number();
            seen.add(new boolean[5]);
            last.add(new int[5]);
            stack.push(new int[] {lv, seen.size() - 1});
        }
    }
}
