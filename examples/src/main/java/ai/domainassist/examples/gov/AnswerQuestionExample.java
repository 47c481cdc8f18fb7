package ai.domainassist.examples.gov;

import ai.domainassist.core.Result;
import ai.domainassist.examples.Example;
import ai.domainassist.examples.ExampleContext;
import ai.domainassist.examples.RunAll;
import ai.domainassist.examples.Samples;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.PolicyAnswer;
import java.util.List;

/**
 * Policy Q&amp;A ({@code sdk-gov}): questions answered from the policies in force of the sample
 * library; offline the answer is the best clauses, each cited; with a model, a written answer whose
 * citations are verified in the clauses and whose sentences follow from them. A question the library does
 * not answer gets a {@code NO_ANSWER} flag and no clause as its answer.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnswerQuestionExample implements Example {
    @Override
    public String title() {
        return "Policy Q&A with citations (sdk-gov PolicyAssistant.ask)";
    }

    @Override
    public void run(ExampleContext context) throws Exception {
        try (PolicyLibrary library = LibraryFolder.load(Samples.path("gov/library"), null)) {
            PolicyAssistant.Builder builder = PolicyAssistant.builder().library(library);
            context.model().ifPresent(builder::model);
            PolicyAssistant assistant = builder.build();
            // the third is about something the library has no policy on: NO_ANSWER, and no clause given as the answer
            List<String> questions = List.of("个人不按规定分类投放生活垃圾怎么处罚？", "电动自行车充电服务费有什么标准？",
                    "防汛抗洪有什么应急预案？");
            for (int i = 0; i < questions.size(); i++) {
                String question = questions.get(i);
                Result<PolicyAnswer> result = assistant.ask(question);
                context.out().print(GovText.answer(result).indent(2));
                GovReviews.Review review = GovReviews.answer(result, library);
                context.report("gov-ask-" + (i + 1) + ".html", "政策问答 " + question,
                        review.result(), review.sources());
            }
        }
    }

    /**
     * Runs this example alone.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        RunAll.runOne(new AnswerQuestionExample());
    }
}
