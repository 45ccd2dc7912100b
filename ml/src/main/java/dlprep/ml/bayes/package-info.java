/**
 * Frequentist and Bayesian estimation side by side on the two conjugate examples of the note (a coin with a
 * Beta prior, a Gaussian mean with a Gaussian prior), and the naive Bayes classifiers built on the same counts.
 */
package dlprep.ml.bayes;
