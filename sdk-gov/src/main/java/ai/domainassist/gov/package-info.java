/**
 * The policy drafting assistant: {@link ai.domainassist.gov.PolicyAssistant} and its tasks (search, compare, draft, check, proofread, ask).
 */
package ai.domainassist.gov;
