/**
 * The claims assistant: claim materials extraction, risk rules, the invoice registry (file or JDBC), the
 * payable estimate, the case library and the policy-terms Q&amp;A.
 *
 * <p>Exports the API packages; {@code internal} packages are not exported. Opened, each only to the module
 * that reads it reflectively: the review page's labels and style sheet ({@code ai.domainassist.finance.report})
 * to sdk-core, and the model answers' records ({@code ai.domainassist.finance.llm.internal}) to Jackson.
 * {@code java.sql} is required for the JDBC invoice registry.
 */
module ai.domainassist.finance {
    requires transitive ai.domainassist.core;
    requires transitive ai.domainassist.retrieval;
    requires transitive java.sql;

    exports ai.domainassist.finance;
    exports ai.domainassist.finance.cases;
    exports ai.domainassist.finance.check;
    exports ai.domainassist.finance.model;
    exports ai.domainassist.finance.registry;
    exports ai.domainassist.finance.report;

    opens ai.domainassist.finance.report to ai.domainassist.core;
    opens ai.domainassist.finance.llm.internal to com.fasterxml.jackson.databind;
}
