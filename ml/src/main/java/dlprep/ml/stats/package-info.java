/**
 * Probability and information theory on small discrete tables and a few named distributions: Bernoulli,
 * categorical and Gaussian (pmf/pdf and their logs, mean, variance, entropy), and entropy, cross-entropy,
 * KL divergence and mutual information in nats or bits (notes/01-math/02-probability-information.md).
 */
package dlprep.ml.stats;
