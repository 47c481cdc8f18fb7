/**
 * Model-backed steps (draft body, proofreading, answers), each checked before its output is used;
 * prompts are versioned files under {@code ai/domainassist/gov/prompts/}.
 */
package ai.domainassist.gov.llm;
