package ai.domainassist.examples.gov;

import ai.domainassist.core.Result;
import ai.domainassist.examples.Example;
import ai.domainassist.examples.ExampleContext;
import ai.domainassist.examples.RunAll;
import ai.domainassist.examples.Samples;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.gov.report.DraftPage;
import java.util.List;

/**
 * Drafting ({@code sdk-gov}): two draft requests of the sample data (a 请示 and a 通知) laid out as
 * correct skeletons of their type (header, title, outline, closing formulas, 署名, 成文日期), checked
 * by the same normative rules as any document; with a model, the body is written and its citations verified.
 *
 * <p>Stateless and thread-safe.
 */
public final class DraftDocumentExample implements Example {
    @Override
    public String title() {
        return "Drafting an official document (sdk-gov PolicyAssistant.draft)";
    }

    @Override
    public void run(ExampleContext context) throws Exception {
        try (PolicyLibrary library = LibraryFolder.load(Samples.path("gov/library"), null)) {
            PolicyAssistant.Builder builder = PolicyAssistant.builder().library(library);
            context.model().ifPresent(builder::model);
            PolicyAssistant assistant = builder.build();
            for (String sample : List.of("gov/draft/request-funding.json", "gov/draft/notice-charging.json")) {
                DraftRequest request = DraftRequestFile.read(Samples.path(sample));
                Result<PolicyDraft> result = assistant.draft(request);
                context.out().println("-- " + sample + " (" + request.type().chineseName() + ")");
                context.out().print(GovText.draft(result).indent(2));
                String name = sample.substring(sample.lastIndexOf('/') + 1, sample.lastIndexOf('.'));
                context.page("gov-draft-" + name + ".html", DraftPage.builder(result).request(request).library(library).build());
            }
        }
    }

    /**
     * Runs this example alone.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        RunAll.runOne(new DraftDocumentExample());
    }
}
