/**
 * Review reports: a {@link ai.domainassist.core.Result} rendered as a self-contained HTML page for
 * the person who checks it, with every field's evidence highlighted in the source texts and the
 * review flags listed by severity. Start at {@link ai.domainassist.core.report.ReviewReport}.
 */
package ai.domainassist.core.report;
