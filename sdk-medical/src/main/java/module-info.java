/**
 * The outpatient record assistant: transcripts, dialogue filtering, term normalisation, record structuring
 * and checks, exports and the review page.
 *
 * <p>Exports the API packages; {@code internal} packages are not exported. Opened, each only to the module
 * that reads it reflectively: the review page's labels and style sheet ({@code ai.domainassist.medical.report})
 * to sdk-core, and the model's record draft ({@code ai.domainassist.medical.llm.internal}) to Jackson.
 */
module ai.domainassist.medical {
    requires transitive ai.domainassist.core;

    exports ai.domainassist.medical;
    exports ai.domainassist.medical.check;
    exports ai.domainassist.medical.export;
    exports ai.domainassist.medical.model;
    exports ai.domainassist.medical.report;
    exports ai.domainassist.medical.rules;
    exports ai.domainassist.medical.rules.assertion;

    opens ai.domainassist.medical.report to ai.domainassist.core;
    opens ai.domainassist.medical.llm.internal to com.fasterxml.jackson.databind;
}
