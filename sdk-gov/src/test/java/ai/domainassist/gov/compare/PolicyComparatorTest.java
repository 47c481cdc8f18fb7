package ai.domainassist.gov.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.model.ClauseChange;
import ai.domainassist.gov.model.FigureChange;
import ai.domainassist.gov.model.PolicyComparison;
import org.junit.jupiter.api.Test;

class PolicyComparatorTest {
    private static final String OLD = """
            北京市人民政府关于加强城市道路停车管理的通知

            各区人民政府：
                一、统一设置泊位
                道路停车泊位由区交通行政主管部门统一设置。
                二、实行电子收费
                核心区每小时不超过8元，其他区域每小时不超过5元，欠费应当在15日内补缴。
                三、鼓励共享停车
                鼓励机关企事业单位向社会开放停车场。
                特此通知。
            """;
    private static final String NEW = """
            北京市人民政府关于进一步加强城市道路停车管理的通知

            各区人民政府：
                一、统一设置泊位
                道路停车泊位由区交通行政主管部门统一设置。
                二、实行电子收费
                核心区每小时不超过10元，其他区域每小时不超过5元，欠费应当在30日内补缴。
                三、加强执法检查
                对占用消防通道停车的，依法从重处罚，罚款提高至2000元。
                自2024年7月1日起施行。
            """;

    @Test
    void alignsByHeadingAndListsChangedFigures() {
        PolicyComparison c = new PolicyComparator().compare("old", OLD, "new", NEW);
        assertThat(c.clauses(ClauseChange.Kind.UNCHANGED)).extracting(ClauseChange::rightPath).contains("一、");
        assertThat(c.clauses(ClauseChange.Kind.CHANGED)).extracting(ClauseChange::rightPath).contains("二、");
        assertThat(c.clauses(ClauseChange.Kind.ADDED)).extracting(ClauseChange::rightPath).contains("三、");
        assertThat(c.clauses(ClauseChange.Kind.REMOVED)).extracting(ClauseChange::leftPath).contains("三、");
        assertThat(c.figures()).extracting(FigureChange::kind, FigureChange::before, FigureChange::after).contains(
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.AMOUNT, "8元", "10元"),
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.DEADLINE, "15日内", "30日内"),
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.AMOUNT, "", "2000元"),
                org.assertj.core.groups.Tuple.tuple(FigureChange.Kind.DATE, "", "2024年7月1日"));
        assertThat(c.figures()).noneMatch(f -> f.before().equals("5元") || f.after().equals("5元"));
    }

    @Test
    void identicalTextsHaveOnlyUnchangedClauses() {
        PolicyComparison c = new PolicyComparator().compare("a", OLD, "b", OLD);
        assertThat(c.clauses()).allMatch(x -> x.kind() == ClauseChange.Kind.UNCHANGED);
        assertThat(c.figures()).isEmpty();
    }

    @Test
    void similarityIsDiceOfBigrams() {
        assertThat(PolicyComparator.similarity("加强停车管理", "加强停车管理")).isEqualTo(1.0);
        assertThat(PolicyComparator.similarity("加强停车管理", "鼓励共享单车")).isEqualTo(0.0);
    }
}
