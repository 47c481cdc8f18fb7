package ai.domainassist.finance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdCardNumbersTest {
    // GB 11643-1999 example number with check character X
    private static final String VALID = "11010519491231002X";

    @Test
    void acceptsANumberWithTheRightCheckCharacterAndReadsBirthDateAndSex() {
        assertThat(IdCardNumbers.isValid(VALID)).isTrue();
        assertThat(IdCardNumbers.checkCharacter(VALID)).isEqualTo('X');
        assertThat(IdCardNumbers.birthDate(VALID)).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdCardNumbers.sex(VALID)).contains("女");
        assertThat(IdCardNumbers.sex("110105194912310037")).contains("男");
    }

    @Test
    void rejectsAWrongCheckCharacterAnImpossibleDateAndBadForms() {
        assertThat(IdCardNumbers.isValid("110105194912310021")).isFalse();
        assertThat(IdCardNumbers.isValid("110105194913310028")).isFalse();
        assertThat(IdCardNumbers.birthDate("110105194913310028")).isEmpty();
        assertThat(IdCardNumbers.isValid("11010519491231002x")).isFalse();
        assertThat(IdCardNumbers.isValid(null)).isFalse();
        assertThatThrownBy(() -> IdCardNumbers.checkCharacter("12ab")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksForMessages() {
        assertThat(IdCardNumbers.mask(VALID)).isEqualTo("110105**********2X");
    }
}
