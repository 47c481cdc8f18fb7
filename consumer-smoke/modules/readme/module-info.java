/** README's three programs (written out from README.md by run.sh) as an application module. */
module consumer.readme {
    requires ai.domainassist.medical;
    requires ai.domainassist.finance;
    requires ai.domainassist.gov;
}
