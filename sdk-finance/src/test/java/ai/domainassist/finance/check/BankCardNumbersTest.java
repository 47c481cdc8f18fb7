package ai.domainassist.finance.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankCardNumbersTest {
    @Test
    void luhnAcceptsValidNumbersAndRejectsOneChangedDigit() {
        assertThat(BankCardNumbers.isValid("4111111111111111")).isTrue();
        assertThat(BankCardNumbers.isValid("6222020200123456787")).isFalse();
        assertThat(BankCardNumbers.isValid("4111111111111112")).isFalse();
        assertThat(BankCardNumbers.isValid("79927398713")).isFalse(); // 11 digits: too short for a card
        assertThat(BankCardNumbers.isValid("4111 1111 1111 1111")).isFalse();
        assertThat(BankCardNumbers.isValid(null)).isFalse();
    }

    @Test
    void masksAllButTheLastFourDigits() {
        assertThat(BankCardNumbers.mask("4111111111111111")).isEqualTo("************1111");
    }
}
