package ai.domainassist.finance.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.registry.InvoiceRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateInvoiceCheckTest {
    @TempDir
    Path dir;

    private static final String INVOICE = Claims.outpatientInvoice("王芳", "2024-05-01", "100.00", "壹佰元整", "0.00",
            "100.00", "0.00", "西药费 1 项 100.00");

    @Test
    void theSameInvoiceTwiceInOneClaimIsFlaggedAndOnlyTheSecondCopyLeftOut() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            var ctx = Claims.context(Claims.policy().build(), INVOICE, INVOICE);
            DuplicateInvoiceCheck.Outcome o = new DuplicateInvoiceCheck(Claims.DATA.rules(), r)
                    .run("CLM-1", ctx.materials().invoices(), Instant.EPOCH, Set.of());
            assertThat(o.alerts()).singleElement().satisfies(a -> {
                assertThat(a.ruleId()).isEqualTo("DUPLICATE_INVOICE");
                assertThat(a.evidence()).extracting(e -> e.sourceId()).containsExactly("d0", "d0", "d1", "d1");
            });
            assertThat(o.duplicateDocuments()).containsExactly("d1");
            assertThat(o.alerts().get(0).relatedClaimId()).as("the twin is in this claim").isEmpty();
        }
    }

    @Test
    void anInvoiceFirstSubmittedWithAnotherClaimNamesThatClaim() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            var ctx = Claims.context(Claims.policy().build(), INVOICE);
            DuplicateInvoiceCheck check = new DuplicateInvoiceCheck(Claims.DATA.rules(), r);
            assertThat(check.run("CLM-1", ctx.materials().invoices(), Instant.EPOCH, Set.of()).alerts()).isEmpty();
            DuplicateInvoiceCheck.Outcome again = check.run("CLM-2", ctx.materials().invoices(), Instant.EPOCH.plusSeconds(60), Set.of());
            assertThat(again.alerts()).singleElement().satisfies(a -> {
                assertThat(a.relatedClaimId()).isEqualTo("CLM-1");
                assertThat(a.message()).contains("CLM-1");
                assertThat(a.field()).isEqualTo("d0.number");
            });
        }
    }

    @Test
    void anInvoiceWithoutCodesCannotBeRegisteredAndIsNotFlagged() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            String noCodes = INVOICE.replace("票据代码：11060001 票据号码：0000000001\n", "");
            var ctx = Claims.context(Claims.policy().build(), noCodes, noCodes);
            MedicalInvoice inv = ctx.materials().invoices().get(0);
            assertThat(DuplicateInvoiceCheck.keys(inv)).isEmpty();
            assertThat(new DuplicateInvoiceCheck(Claims.DATA.rules(), r).run("CLM-1", ctx.materials().invoices(),
                    Instant.EPOCH, Set.of()).alerts()).isEmpty();
        }
    }

    @Test
    void aClaimFiledEarlierButRegisteredLaterIsFirstAndNamesTheLaterClaimThatRegisteredBeforeIt() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            var invoices = Claims.context(Claims.policy().build(), INVOICE).materials().invoices();
            DuplicateInvoiceCheck check = new DuplicateInvoiceCheck(Claims.DATA.rules(), r);
            Instant may1 = Instant.parse("2024-05-01T00:00:00Z");
            // CLM-B, filed on 2 May, is assessed first: at that moment it is the only claim
            assertThat(check.run("CLM-B", invoices, may1.plusSeconds(86_400), Set.of()).alerts()).isEmpty();
            // CLM-A, filed on 1 May, arrives later: it is first by the rule, pays, and names CLM-B for review
            DuplicateInvoiceCheck.Outcome a = check.run("CLM-A", invoices, may1, Set.of());
            assertThat(a.duplicateDocuments()).isEmpty();
            assertThat(a.alerts()).singleElement().satisfies(x -> assertThat(x.message()).contains("CLM-B").contains("较晚"));
            // re-assessing CLM-B now flags it as the duplicate of CLM-A; re-assessing CLM-A changes nothing
            DuplicateInvoiceCheck.Outcome b = check.run("CLM-B", invoices, may1.plusSeconds(86_400), Set.of());
            assertThat(b.duplicateDocuments()).containsExactly("d0");
            assertThat(b.alerts()).singleElement().satisfies(x -> assertThat(x.message()).contains("CLM-A"));
            assertThat(check.run("CLM-A", invoices, may1, Set.of()).alerts()).hasSize(1);
        }
    }

    @Test
    void inABatchTheLaterClaimsAreFlaggedThemselvesSoTheFirstClaimIsNot() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            var invoices = Claims.context(Claims.policy().build(), INVOICE).materials().invoices();
            DuplicateInvoiceCheck check = new DuplicateInvoiceCheck(Claims.DATA.rules(), r);
            Instant t = Instant.parse("2024-05-01T00:00:00Z");
            check.registerOnly("CLM-2", invoices, t);
            check.registerOnly("CLM-1", invoices, t);
            Set<String> batch = Set.of("CLM-1", "CLM-2");
            assertThat(check.run("CLM-1", invoices, t, batch).alerts()).isEmpty();
            assertThat(check.run("CLM-2", invoices, t, batch).alerts()).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("CLM-1"));
        }
    }
}
