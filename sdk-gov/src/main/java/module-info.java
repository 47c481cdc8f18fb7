/**
 * The policy assistant: policy library and search with citations, comparison, drafting, normative checking,
 * proofreading and Q&amp;A.
 *
 * <p>Exports the API packages; {@code internal} packages are not exported. Two packages are opened, each only
 * to the module that reads it reflectively: the review page's labels and style sheet
 * ({@code ai.domainassist.gov.report}) to sdk-core, whose {@code ReportLabels} and {@code PageWriter} load
 * them, and the model answers' records ({@code ai.domainassist.gov.llm.internal}) to Jackson, which builds
 * them from a model's JSON.
 */
module ai.domainassist.gov {
    requires transitive ai.domainassist.core;
    requires transitive ai.domainassist.retrieval;

    exports ai.domainassist.gov;
    exports ai.domainassist.gov.check;
    exports ai.domainassist.gov.compare;
    exports ai.domainassist.gov.draft;
    exports ai.domainassist.gov.library;
    exports ai.domainassist.gov.llm;
    exports ai.domainassist.gov.model;
    exports ai.domainassist.gov.report;
    exports ai.domainassist.gov.rules;

    opens ai.domainassist.gov.report to ai.domainassist.core;
    opens ai.domainassist.gov.llm.internal to com.fasterxml.jackson.databind;
}
