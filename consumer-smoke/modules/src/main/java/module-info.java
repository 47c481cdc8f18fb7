/** An application module that uses the SDK as a 1.0 user would: only what the SDK exports. */
module consumer.modules {
    requires ai.domainassist.medical;
    requires ai.domainassist.finance;
    requires ai.domainassist.gov;
    requires ai.domainassist.testkit;
}
