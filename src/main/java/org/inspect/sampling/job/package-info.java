/**
 * The Jakarta Batch job {@code sample} (clause 二（四） 随机抽查, "双随机"): one batchlet step that draws a stored
 * sample run with the {@link org.inspect.sampling.Sampler} over the snapshot's frame and stores it.
 */
package org.inspect.sampling.job;
