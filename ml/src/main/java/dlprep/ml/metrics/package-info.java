/**
 * How good a model's predictions are, in scikit-learn's definitions so that the numbers can be compared:
 * accuracy, the confusion matrix, precision/recall/F1 with macro and weighted averages, the ROC curve and
 * its area, and for clusterings the silhouette coefficient and the adjusted Rand index.
 */
package dlprep.ml.metrics;
