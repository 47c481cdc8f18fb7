package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.PersonalHistoryItem.Kind;
import ai.domainassist.medical.model.PersonalHistoryItem.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalHistoryExtractorTest {
    private static final PersonalHistoryExtractor EXTRACTOR = new PersonalHistoryExtractor(Fixture.CUES, new OnsetParser());

    private static List<Grounded<PersonalHistoryItem>> extract(String... lines) {
        return EXTRACTOR.extract(Fixture.dialogue(lines));
    }

    private static Optional<PersonalHistoryItem> item(List<Grounded<PersonalHistoryItem>> items, Kind kind) {
        return items.stream().map(Grounded::value).filter(p -> p.kind() == kind).findFirst();
    }

    @Test
    void smokingWithHowLongAndHowMuch() {
        List<Grounded<PersonalHistoryItem>> items = extract("医生：抽烟吗？", "患者：抽，抽了三十多年了，一天一包。");
        PersonalHistoryItem p = item(items, Kind.SMOKING).orElseThrow();
        assertThat(p.status()).isEqualTo(Status.PRESENT);
        assertThat(p.duration().normalized()).isEqualTo("30余年");
        assertThat(p.detail()).isEqualTo("每日1包");
        assertThat(items.get(0).evidence()).extracting(e -> e.sourceId()).contains("u1", "u2");
    }

    @Test
    void oneAnswerAboutTwoHabitsIsSplitByClause() {
        List<Grounded<PersonalHistoryItem>> items = extract("医生：抽烟喝酒呢？", "患者：烟不抽，啤酒喝了十几年了，一天一两瓶。");
        assertThat(item(items, Kind.SMOKING).orElseThrow().status()).isEqualTo(Status.DENIED);
        PersonalHistoryItem drinking = item(items, Kind.DRINKING).orElseThrow();
        assertThat(drinking.status()).isEqualTo(Status.PRESENT);
        assertThat(drinking.duration().normalized()).isEqualTo("10余年");
        assertThat(drinking.detail()).isEqualTo("每日啤酒1-2瓶");
    }

    @Test
    void anAnswerNamingNoHabitAnswersEveryHabitAsked() {
        List<Grounded<PersonalHistoryItem>> items = extract("医生：抽烟喝酒吗？", "患者：都不沾。");
        assertThat(items).extracting(g -> g.value().kind() + "=" + g.value().status())
                .containsExactlyInAnyOrder("SMOKING=DENIED", "DRINKING=DENIED");
    }

    @Test
    void aNegationElsewhereInTheClauseDoesNotDenyTheHabit() {
        PersonalHistoryItem p = item(extract("医生：喝酒吗？", "患者：最近睡不着就喝两口，一晚上二两左右。"), Kind.DRINKING)
                .orElseThrow();
        assertThat(p.status()).isEqualTo(Status.PRESENT);
        assertThat(p.detail()).isEqualTo("每晚2两");
        assertThat(item(extract("医生：喝酒吗？", "患者：酒基本不喝。"), Kind.DRINKING)).map(PersonalHistoryItem::status)
                .contains(Status.DENIED);
    }

    @Test
    void aHabitGivenUpIsFormer() {
        PersonalHistoryItem p = item(extract("医生：抽烟吗？", "患者：抽了二十年，去年戒了。"), Kind.SMOKING).orElseThrow();
        assertThat(p.status()).isEqualTo(Status.FORMER);
        assertThat(p.duration().normalized()).isEqualTo("20年");
        assertThat(p.detail()).isEqualTo("已戒1年");
    }

    @Test
    void drinkingSaidUnaskedCountsButDrinkingWaterDoesNot() {
        assertThat(item(extract("患者：大脚趾又红又肿，昨晚喝了酒，半夜疼醒的。"), Kind.DRINKING)).map(PersonalHistoryItem::status)
                .contains(Status.PRESENT);
        assertThat(extract("患者：喝了冰饮料以后肚子疼。", "医生：抽血查个血常规。")).isEmpty();
    }

    @Test
    void theOccupationAskedOrSaidAndTheExposuresItBrings() {
        List<Grounded<PersonalHistoryItem>> items = extract("医生：做什么工作的？", "患者：搞装修的，刷漆、打磨，灰大。");
        assertThat(item(items, Kind.OCCUPATION).orElseThrow().detail()).isEqualTo("装修");
        PersonalHistoryItem exposure = item(items, Kind.EXPOSURE).orElseThrow();
        assertThat(exposure.status()).isEqualTo(Status.PRESENT);
        assertThat(exposure.detail()).isEqualTo("化学物质、粉尘");
        assertThat(item(extract("医生：工作压力大吗？", "患者：我是老师，天天讲课。"), Kind.OCCUPATION)).map(PersonalHistoryItem::detail)
                .contains("老师");
        assertThat(item(extract("医生：有没有接触过农药？", "患者：没有。"), Kind.EXPOSURE)).map(PersonalHistoryItem::status)
                .contains(Status.DENIED);
        assertThat(item(extract("患者：医生，我腰疼，往腿上放射。"), Kind.EXPOSURE)).isEmpty();
    }

    @Test
    void noOccupationMenstrualOrObstetricHistoryForAChild() {
        List<Grounded<PersonalHistoryItem>> items = extract("医生：孩子多大？", "家属：三岁，足月顺产的，上幼儿园。",
                "医生：做什么的？", "家属：孩子还小，上托班。");
        assertThat(items).isEmpty();
    }
}
