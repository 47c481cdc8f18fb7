package ai.domainassist.examples.gov;

import ai.domainassist.core.Result;
import ai.domainassist.examples.Example;
import ai.domainassist.examples.ExampleContext;
import ai.domainassist.examples.RunAll;
import ai.domainassist.examples.Samples;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.PolicyComparison;

/**
 * Policy comparison ({@code sdk-gov}): the repealed 2020 waste-sorting notice against the 2024 one
 * that replaced it: clauses added, removed and changed, and every figure that changed.
 *
 * <p>Stateless and thread-safe.
 */
public final class ComparePoliciesExample implements Example {
    @Override
    public String title() {
        return "Policy comparison (sdk-gov PolicyAssistant.compare)";
    }

    @Override
    public void run(ExampleContext context) throws Exception {
        try (PolicyLibrary library = LibraryFolder.load(Samples.path("gov/library"), null)) {
            PolicyAssistant.Builder builder = PolicyAssistant.builder().library(library);
            context.model().ifPresent(builder::model);
            PolicyAssistant assistant = builder.build();
            Result<PolicyComparison> result = assistant.compare("jzf-2020-15", "jzf-2024-3");
            context.out().println("-- 江政发〔2020〕15号 (repealed) against 江政发〔2024〕3号 (in force)");
            context.out().print(GovText.compare(result).indent(2));
            GovReviews.Review review = GovReviews.compare(result, library.document("jzf-2020-15").orElseThrow().text(),
                    library.document("jzf-2024-3").orElseThrow().text());
            context.report("gov-compare.html", "政策比对 江政发〔2020〕15号 → 江政发〔2024〕3号", review.result(), review.sources());
        }
    }

    /**
     * Runs this example alone.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        RunAll.runOne(new ComparePoliciesExample());
    }
}
