/**
 * The offline engine: the official-document and title parsers, the proofreader and the expert dictionary; their data files live under {@code ai/domainassist/gov/} in the resources.
 */
package ai.domainassist.gov.rules;
