/**
 * Clause-by-clause comparison of two policies or two versions of a draft.
 */
package ai.domainassist.gov.compare;
