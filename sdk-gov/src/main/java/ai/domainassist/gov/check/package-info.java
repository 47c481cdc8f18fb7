/**
 * The normative check: {@link ai.domainassist.gov.check.NormativeChecker}, its rule table and the {@link ai.domainassist.gov.check.PolicyReferences} a library provides to it.
 */
package ai.domainassist.gov.check;
