/**
 * The authoritative policy library: whitelisted sources, parsed structure, validity, clause-level search with citations.
 */
package ai.domainassist.gov.library;
