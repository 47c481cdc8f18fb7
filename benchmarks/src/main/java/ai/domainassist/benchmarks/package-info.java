/**
 * JMH benchmarks. One sub-package per area ({@code core}, {@code retrieval}, {@code gov},
 * {@code finance}, {@code medical}, {@code peers}); results are written under
 * {@code benchmarks/results/} and quoted in README with the command that produced them.
 */
package ai.domainassist.benchmarks;
