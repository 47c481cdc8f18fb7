package ai.domainassist.examples.gov;

import ai.domainassist.core.Result;
import ai.domainassist.examples.Example;
import ai.domainassist.examples.ExampleContext;
import ai.domainassist.examples.RunAll;
import ai.domainassist.examples.Samples;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.report.NormativeCheckPage;

/**
 * Normative checking ({@code sdk-gov}): a district government's 请示 with typical drafting errors
 * (发文字号 form, doubled document type, two main addressees, a repealed reference, half-width
 * punctuation, a skipped heading number, 成文日期 in Chinese numerals) checked against the rules and
 * the sample library.
 *
 * <p>Stateless and thread-safe.
 */
public final class CheckDocumentExample implements Example {
    @Override
    public String title() {
        return "Normative check of a document (sdk-gov PolicyAssistant.check)";
    }

    @Override
    public void run(ExampleContext context) throws Exception {
        try (PolicyLibrary library = LibraryFolder.load(Samples.path("gov/library"), null)) {
            PolicyAssistant.Builder builder = PolicyAssistant.builder().library(library);
            context.model().ifPresent(builder::model);
            PolicyAssistant assistant = builder.build();
            String text = Samples.text("gov/check/dh-request-2024.txt");
            Result<NormativeReport> result = assistant.check("dh-request-2024", text);
            context.out().println("-- gov/check/dh-request-2024.txt (a district government's 请示)");
            context.out().print(GovText.check(result, text).indent(2));
            context.page("gov-check-dh-request-2024.html",
                    NormativeCheckPage.builder(result).title("公文规范性检查 东湖区请示").library(library).build());
        }
    }

    /**
     * Runs this example alone.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        RunAll.runOne(new CheckDocumentExample());
    }
}
