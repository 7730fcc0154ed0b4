/**
 * Random spot checks that anyone can reproduce (clause 二（四） 随机抽查, "双随机、一公开"): sample sizes for
 * attribute sampling and the Clopper–Pearson bound for evaluation, sampling plans ({@code config/plans}),
 * the stratified draw from a streamed frame with per-stratum generators, the random assignment of
 * inspectors with county avoidance, and the manifest with its verification.
 */
package org.inspect.sampling;
