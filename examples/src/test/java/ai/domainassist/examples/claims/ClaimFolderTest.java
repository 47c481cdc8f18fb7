package ai.domainassist.examples.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.examples.Samples;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.Cause;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimFolderTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheMaterialsInNameOrderAndThePolicy() {
        ClaimFolder claim = ClaimFolder.read(Samples.path("claims/clm-2024-0611-outpatient"));
        assertThat(claim.bundle().claimId()).isEqualTo("clm-2024-0611-outpatient");
        assertThat(claim.bundle().documents()).extracting(ClaimDocument::id)
                .containsExactly("01-claim-form", "02-id-card", "03-invoice", "04-diagnosis", "05-bank-card");
        assertThat(claim.bundle().documents().get(2).format()).isEqualTo(ClaimDocument.Format.OCR_JSON);
        assertThat(claim.bundle().documents()).extracting(d -> d.id()).contains("03-invoice");
        assertThat(claim.policy().number()).isEqualTo("P2024030188127");
        assertThat(claim.policy().effectiveDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(claim.policy().waitingDays(Cause.ILLNESS)).isEqualTo(30);
        assertThat(claim.policy().itemLimit(ClaimType.OUTPATIENT)).contains(new BigDecimal("10000.00"));
        assertThat(claim.policy().ratioWithoutSocialInsurance()).isEqualByComparingTo("0.60");
        assertThat(claim.policy().hospitalRequirement().minLevel()).isEqualTo(2);
        assertThat(claim.policy().exclusions()).hasSize(2);
        assertThat(claim.policy().preExistingExcluded()).isTrue();
    }

    @Test
    void aFolderWithoutPolicyOrDocumentsIsAClearError() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("c1"));
        assertThat(ClaimFolder.isClaim(empty)).isFalse();
        assertThatThrownBy(() -> ClaimFolder.read(empty)).isInstanceOf(ClaimFolderException.class)
                .hasMessageContaining("no policy.json");
        Files.copy(Samples.path("claims/clm-2024-0611-outpatient/policy.json"), empty.resolve("policy.json"));
        Files.writeString(empty.resolve("README.md"), "notes");
        assertThatThrownBy(() -> ClaimFolder.read(empty)).isInstanceOf(ClaimFolderException.class)
                .hasMessageContaining("holds no .txt or .json document");
    }

    @Test
    void aBadPolicyFileNamesTheFieldNotItsValue() throws Exception {
        Path policy = tmp.resolve("policy.json");
        Files.writeString(policy, "{\"number\": \"P1\", \"insuredName\": \"张三丰\", \"effective\": \"2024-01-01\"}");
        assertThatThrownBy(() -> PolicyFile.read(policy)).isInstanceOf(ClaimFolderException.class)
                .hasMessageContaining("missing field \"expiry\"").hasMessageNotContaining("张三丰");
        Files.writeString(policy, "{\"number\": \"P1\", \"insuredName\": \"张三丰\", \"effective\": \"2024-01-01\","
                + " \"expiry\": \"2024-12-31\", \"annualLimit\": \"lots\"}");
        assertThatThrownBy(() -> PolicyFile.read(policy)).hasMessageContaining("\"annualLimit\" is not a decimal number");
        Files.writeString(policy, "{not json");
        assertThatThrownBy(() -> PolicyFile.read(policy)).hasMessageContaining("is not readable JSON");
    }
}
