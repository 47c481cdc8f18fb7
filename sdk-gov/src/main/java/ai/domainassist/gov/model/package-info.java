/**
 * The policy domain's records: official documents and their elements, document types, drafts, findings, comparisons, library records and citations.
 */
package ai.domainassist.gov.model;
