package ai.domainassist.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.privacy.internal.Checksums;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
    static final String ID = "11010519491231002X";          // the GB 11643 worked example
    static final String CARD = "6222021234567890128";        // 19 digits, Luhn-valid

    private static String redact(Redactor r, String text, String... terms) {
        return r.newRedaction(List.of(terms)).redact(text);
    }

    @Test
    void checkDigitsAreComputedAsTheStandardsSay() {
        assertThat(Checksums.validIdCard(ID)).isTrue();
        assertThat(Checksums.validIdCard("110105194912310021")).isFalse();
        assertThat(Checksums.idCardCheck("11010519491231002")).isEqualTo('X');
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn(CARD)).isTrue();
        assertThat(Checksums.luhn("6222021234567890123")).isFalse();
    }

    @Test
    void findsIdCardsOnlyWithAValidCheckDigit() {
        Redactor r = Redactor.defaults();
        assertThat(redact(r, "身份证号：" + ID + "。")).isEqualTo("身份证号：[ID_CARD_1]。");
        assertThat(redact(r, "身份证号：110105194912310021。")).doesNotContain("ID_CARD");
        assertThat(redact(r, "小写校验位 11010519491231002x 也算")).contains("[ID_CARD_1]");
    }

    @Test
    void findsMobileAndLandlinePhonesInTheirCommonShapes() {
        Redactor r = Redactor.defaults();
        assertThat(redact(r, "电话13812345678，备用 +86 139-1234-5678，座机(010)62345678，总机0571-87654321"))
                .isEqualTo("电话[PHONE_1]，备用 [PHONE_2]，座机[PHONE_3]，总机[PHONE_4]");
        assertThat(redact(r, "手机１３８１２３４５６７８")).isEqualTo("手机[PHONE_1]");
    }

    @Test
    void findsBankCardsOnlyWhenLuhnValid() {
        Redactor r = Redactor.defaults();
        assertThat(redact(r, "卡号 " + CARD + " 请核对")).isEqualTo("卡号 [BANK_CARD_1] 请核对");
        assertThat(redact(r, "卡号 4111 1111 1111 1111")).isEqualTo("卡号 [BANK_CARD_1]");
        assertThat(redact(r, "订单号 6222021234567890123")).isEqualTo("订单号 6222021234567890123");
    }

    @Test
    void findsEmailAddresses() {
        assertThat(redact(Redactor.defaults(), "联系 zhang.san+claims@example.com.cn 即可"))
                .isEqualTo("联系 [EMAIL_1] 即可");
    }

    @Test
    void findsNumbersAnywhereInALongTextAndOnlyWhereTheirNeighboursAllowIt() {
        Redactor r = Redactor.defaults();
        String filler = "患者主诉咳嗽三天，夜间加重，咳少量黄痰。Cough for 3 days, 38.5 C. ";
        String text = filler.repeat(20) + "手机13812345678" + filler + "ab" + ID + "cd" + filler.repeat(3)
                + "卡号" + CARD + "x，卡号" + CARD + "。" + filler + "身份证" + ID + "，座机(010)62345678" + filler
                + "全角１３９１２３４５６７８。";
        // letters right before or after a number do not hide it (a digit would: then it is part of a longer number)
        assertThat(redact(r, text)).isEqualTo(filler.repeat(20) + "手机[PHONE_1]" + filler + "ab[ID_CARD_1]cd"
                + filler.repeat(3) + "卡号[BANK_CARD_1]x，卡号[BANK_CARD_1]。" + filler + "身份证[ID_CARD_1]，座机[PHONE_2]"
                + filler + "全角[PHONE_3]。");
        assertThat(redact(r, "编号8" + ID + "，卡号" + CARD + "7")).isEqualTo("编号8" + ID + "，卡号" + CARD + "7");
    }

    @Test
    void numberRunsCoverEveryStretchThatCouldHoldANumber() {
        assertThat(Redactor.numberRuns("电话 +86 (010) 6234-5678，X光片，体温38.5度"))
                .containsExactly(new int[] {2, 22}, new int[] {29, 33});
        assertThat(Redactor.numberRuns("手机 138\u00A01234.5678")).containsExactly(new int[] {2, 16});
        assertThat(Redactor.numberRuns("全角１３８ 号")).containsExactly(new int[] {2, 6});
        assertThat(Redactor.numberRuns("no digits here (x - y)")).isEmpty();
    }

    @Test
    void numberRunsFoldEveryCharacterAsWidthDoes() {
        // every UTF-16 unit, alone between digits and at the end of the text: a run or not exactly
        // as the definition says (after Width.toHalf: digits, space, - + ( ) X x . and the no-break,
        // figure, thin and narrow no-break spaces)
        for (int u = 0; u <= 0xFFFF; u++) {
            char c = (char) u;
            char h = ai.domainassist.core.text.Width.toHalf(c);
            boolean numberChar = h >= '0' && h <= '9' || " -+()Xx.\u00A0\u2007\u2009\u202F".indexOf(h) >= 0;
            String between = "1" + c + "2";
            if (numberChar) {
                assertThat(Redactor.numberRuns(between)).as("U+%04X", u).containsExactly(new int[] {0, 3});
                if (h >= '0' && h <= '9') {
                    assertThat(Redactor.numberRuns("a" + c)).as("U+%04X", u).containsExactly(new int[] {1, 2});
                } else {
                    assertThat(Redactor.numberRuns("a" + c)).as("U+%04X", u).isEmpty();
                }
            } else {
                assertThat(Redactor.numberRuns(between)).as("U+%04X", u)
                        .containsExactly(new int[] {0, 1}, new int[] {2, 3});
            }
        }
        assertThat(Redactor.numberRuns("号码13812345678")).containsExactly(new int[] {2, 13});
        assertThat(Redactor.numberRuns("")).isEmpty();
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        String text = "2024年3月5日就诊，金额12345.67元，体温39.5℃，床号12，发票号码04412345，邮编100085";
        assertThat(redact(Redactor.defaults(), text)).isEqualTo(text);
    }

    @Test
    void replacesMarkedTermsAndDictionaryTermsAndConfiguredPatterns() {
        Redactor r = Redactor.builder()
                .dictionary("NAME", List.of("张三", "李四"))
                .dictionary("ADDRESS", List.of("北京市海淀区中关村大街1号"))
                .pattern("RECORD_NO", "MR\\d{8}")
                .pattern("POLICY_NO", "P\\d{12}")
                .build();
        String out = redact(r, "患者张三，住北京市海淀区中关村大街1号，病案号MR20240001，保单P202400001234，家属王五", "王五");
        assertThat(out).isEqualTo("患者[NAME_1]，住[ADDRESS_1]，病案号[RECORD_NO_1]，保单[POLICY_NO_1]，家属[PRIVATE_1]");
    }

    @Test
    void detectorsCanBeTurnedOff() {
        Redactor r = Redactor.builder().disable(PersonalData.EMAIL, PersonalData.MOBILE_PHONE).build();
        assertThat(redact(r, "a@b.cn 13812345678")).isEqualTo("a@b.cn 13812345678");
    }

    @Test
    void rejectsBadConfigurationAtOnce() {
        assertThatThrownBy(() -> Redactor.builder().pattern("bad label", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Redactor.builder().pattern("X", "(")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Redactor.builder().pattern("X", "a*")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Redactor.builder().pattern("X", "a").dictionary("X", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Redactor.builder().dictionary("PRIVATE", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
