package ai.domainassist.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FilterTest {
    private static final DocumentMetadata POLICY = DocumentMetadata.builder().source("gov.example")
            .issuingAuthority("财政部").issueDate(LocalDate.of(2099, 3, 1)).effectiveDate(LocalDate.of(2099, 4, 1))
            .expiryDate(LocalDate.of(2100, 3, 31)).validity(Validity.IN_FORCE).tags("税收", "小微企业").build();

    @Test
    void emptyFilterMatchesEverything() {
        assertThat(Filter.none().isEmpty()).isTrue();
        assertThat(Filter.none().matches("x", DocumentMetadata.none())).isTrue();
    }

    @Test
    void eachConditionNarrowsAndValuesWithinOneConditionWiden() {
        assertThat(Filter.builder().authorities("国务院", "财政部").build().matches("p", POLICY)).isTrue();
        assertThat(Filter.builder().authorities("国务院").build().matches("p", POLICY)).isFalse();
        assertThat(Filter.builder().authorities("财政部").validities(Validity.REPEALED).build().matches("p", POLICY)).isFalse();
        assertThat(Filter.builder().tags("税收", "小微企业").build().matches("p", POLICY)).isTrue();
        assertThat(Filter.builder().tags("税收", "社保").build().matches("p", POLICY)).as("tags: all required").isFalse();
        assertThat(Filter.builder().sources("gov.example").documentIds("p", "q").build().matches("p", POLICY)).isTrue();
        assertThat(Filter.builder().documentIds("q").build().matches("p", POLICY)).isFalse();
        assertThat(Filter.builder().authorities("财政部").build().matches("x", DocumentMetadata.none()))
                .as("a missing authority does not match").isFalse();
    }

    @Test
    void dateConditions() {
        assertThat(Filter.builder().issuedBetween(LocalDate.of(2099, 3, 1), LocalDate.of(2099, 3, 1)).build().matches("p", POLICY)).isTrue();
        assertThat(Filter.builder().issuedBetween(LocalDate.of(2099, 3, 2), null).build().matches("p", POLICY)).isFalse();
        assertThat(Filter.builder().issuedBetween(null, LocalDate.of(2099, 12, 31)).build().matches("x", DocumentMetadata.none()))
                .as("no issue date, no match").isFalse();
        assertThat(Filter.builder().effectiveOn(LocalDate.of(2099, 3, 31)).build().matches("p", POLICY)).isFalse();
        assertThat(Filter.builder().effectiveOn(LocalDate.of(2099, 4, 1)).build().matches("p", POLICY)).isTrue();
        assertThat(Filter.builder().effectiveOn(LocalDate.of(2100, 3, 31)).build().matches("p", POLICY)).isTrue();
        assertThat(Filter.builder().effectiveOn(LocalDate.of(2100, 4, 1)).build().matches("p", POLICY)).isFalse();
        assertThat(Filter.builder().effectiveOn(LocalDate.of(1900, 1, 1)).build().matches("x", DocumentMetadata.none()))
                .as("no dates: effective since ever, for ever").isTrue();
    }

    @Test
    void reversedRangeIsRefused() {
        assertThatThrownBy(() -> Filter.builder().issuedBetween(LocalDate.of(2099, 2, 1), LocalDate.of(2099, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
