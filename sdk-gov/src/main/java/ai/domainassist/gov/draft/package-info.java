/**
 * Drafting: skeletons of the fifteen document types and the draft box on disk.
 */
package ai.domainassist.gov.draft;
