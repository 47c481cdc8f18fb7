package ai.domainassist.examples.gov;

import ai.domainassist.core.Result;
import ai.domainassist.examples.Example;
import ai.domainassist.examples.ExampleContext;
import ai.domainassist.examples.RunAll;
import ai.domainassist.examples.Samples;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyQuery;
import ai.domainassist.gov.model.PolicyHit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Policy search ({@code sdk-gov}): the sample library of four policies searched for clauses, with
 * and without the in-force filter; every hit cited (policy, 发文字号, clause, quote).
 *
 * <p>Stateless and thread-safe.
 */
public final class SearchPoliciesExample implements Example {
    @Override
    public String title() {
        return "Policy search with citations (sdk-gov PolicyAssistant.search)";
    }

    @Override
    public void run(ExampleContext context) throws Exception {
        try (PolicyLibrary library = LibraryFolder.load(Samples.path("gov/library"), null)) {
            PolicyAssistant.Builder builder = PolicyAssistant.builder().library(library);
            context.model().ifPresent(builder::model);
            PolicyAssistant assistant = builder.build();
            Map<String, PolicyQuery> queries = new LinkedHashMap<>();
            queries.put("in force only", PolicyQuery.of("电动自行车 充电 收费").inForce().limit(3));
            queries.put("repealed too", PolicyQuery.of("生活垃圾 罚款").limit(3));
            int n = 0;
            for (Map.Entry<String, PolicyQuery> e : queries.entrySet()) {
                PolicyQuery query = e.getValue();
                Result<List<PolicyHit>> result = assistant.search(query);
                context.out().println("-- " + query.text() + " (" + e.getKey() + ")");
                context.out().print(GovText.search(result).indent(2));
                GovReviews.Review review = GovReviews.search(result, library);
                context.report("gov-search-" + (++n) + ".html",
                        "政策检索 " + query.text(), review.result(), review.sources());
            }
        }
    }

    /**
     * Runs this example alone.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        RunAll.runOne(new SearchPoliciesExample());
    }
}
