package ai.domainassist.finance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.domainassist.finance.DevSet;
import ai.domainassist.finance.model.CaseQuery;
import ai.domainassist.finance.model.ClaimCase;
import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.Recommendation.Decision;
import ai.domainassist.finance.model.SimilarCase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimCaseLibraryTest {
    @TempDir
    Path dir;

    @Test
    void findsPrecedentsWithTheSameDiagnosisAndTreatmentNearestInAmountFirst() throws Exception {
        try (ClaimCaseLibrary lib = ClaimCaseLibrary.inMemory()) {
            lib.addAll(DevSet.pastCases());
            assertThat(lib.size()).isEqualTo(40);
            List<SimilarCase> s = lib.similar(new CaseQuery(ClaimType.INPATIENT, List.of("急性化脓性阑尾炎"),
                    List.of("腹腔镜下阑尾切除术"), new BigDecimal("12000")), 3);
            assertThat(s).hasSize(3);
            assertThat(s.get(0).precedent().diagnoses()).contains("急性化脓性阑尾炎");
            assertThat(s.get(0).precedent().treatments()).contains("腹腔镜下阑尾切除术");
            assertThat(s.get(0).sharedDiagnoses()).containsExactly("急性化脓性阑尾炎");
            assertThat(s.get(0).evidence().quote()).isNotBlank();
            assertThat(s).extracting(SimilarCase::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
    }

    @Test
    void anExcludedTreatmentFindsTheDeclinedPrecedentWithItsReason() throws Exception {
        try (ClaimCaseLibrary lib = ClaimCaseLibrary.inMemory()) {
            lib.addAll(DevSet.pastCases());
            SimilarCase top = lib.similar(new CaseQuery(ClaimType.INPATIENT, List.of("高度近视"),
                    List.of("全飞秒激光近视矫正术"), new BigDecimal("15000")), 1).get(0);
            assertThat(top.precedent().decision()).isEqualTo(Decision.DECLINE);
            assertThat(top.precedent().reason()).contains("视力矫正");
        }
    }

    @Test
    void casesSurviveAReopenOfAPersistedLibrary() throws Exception {
        ClaimCase c = DevSet.pastCases().get(0);
        try (ClaimCaseLibrary lib = ClaimCaseLibrary.inDirectory(dir)) {
            lib.add(c);
        }
        try (ClaimCaseLibrary lib = ClaimCaseLibrary.inDirectory(dir)) {
            assertThat(lib.similar(new CaseQuery(c.claimType(), c.diagnoses(), c.treatments(), c.amount()), 1))
                    .singleElement().satisfies(s -> assertThat(s.precedent()).isEqualTo(c));
        }
    }

    @Test
    void amountSimilarityFallsWithTheLogRatio() {
        assertThat(ClaimCaseLibrary.amountSimilarity(new BigDecimal("100"), new BigDecimal("100"))).isEqualTo(1.0);
        assertThat(ClaimCaseLibrary.amountSimilarity(new BigDecimal("100"), new BigDecimal("1000"))).isCloseTo(0.0, within(1e-9));
        assertThat(ClaimCaseLibrary.amountSimilarity(new BigDecimal("100"), new BigDecimal("5000"))).isEqualTo(0.0);
        assertThat(ClaimCaseLibrary.amountSimilarity(new BigDecimal("100"), new BigDecimal("200"))).isBetween(0.6, 0.75);
        assertThatThrownBy(() -> ClaimCaseLibrary.inMemory().similar(new CaseQuery(ClaimType.INPATIENT, List.of("x"),
                List.of(), BigDecimal.ONE), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
