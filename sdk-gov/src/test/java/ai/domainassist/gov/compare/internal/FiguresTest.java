package ai.domainassist.gov.compare.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.model.FigureChange;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void findsAmountsPercentagesDatesAndDeadlines() {
        var f = Figures.find("安排资金3.6亿元，占比提高2个百分点至45%，自2024年7月1日起施行，30个工作日内办结，5月31日前完成。");
        assertThat(f).extracting(Figures.Figure::kind, Figures.Figure::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.AMOUNT, "3.6亿元"),
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.PERCENT, "2个百分点"),
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.PERCENT, "45%"),
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.DATE, "2024年7月1日"),
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.DEADLINE, "30个工作日内"),
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.DATE, "5月31日前"));
    }
}
