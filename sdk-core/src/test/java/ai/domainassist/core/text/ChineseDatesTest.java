package ai.domainassist.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseDatesTest {

    @ParameterizedTest
    @CsvSource({"2024年3月5日,2024-03-05", "二〇二四年三月五日,2024-03-05", "2024-03-05,2024-03-05",
            "2024/3/5,2024-03-05", "2024.03.05,2024-03-05", "20240305,2024-03-05", "２０２４年１２月３１日,2024-12-31",
            "2023年十二月二十一号,2023-12-21", "2024 年 3 月 5 日,2024-03-05"})
    void parsesOneDate(String text, String expected) {
        assertThat(ChineseDates.parse(text)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年2月30日", "2024-13-01", "12345678", "2024-03/05", "明天"})
    void rejectsInvalidDates(String text) {
        assertThat(ChineseDates.parse(text)).isEmpty();
    }

    @Test
    void findsDatesWithSpans() {
        String text = "入院日期：2024-01-03，出院日期：2024年1月9日。";
        List<ChineseDates.Found> found = ChineseDates.findAll(text);
        assertThat(found).extracting(ChineseDates.Found::date)
                .containsExactly(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 9));
        for (ChineseDates.Found f : found) {
            assertThat(ChineseDates.parse(text.substring(f.start(), f.end()))).contains(f.date());
        }
    }

    @Test
    void formatsAsTheStandardAsks() {
        assertThat(ChineseDates.format(LocalDate.of(2024, 3, 5))).isEqualTo("2024年3月5日");
    }
}
