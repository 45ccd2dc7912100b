package dlprep.ml.bayes;

import dlprep.ml.Classifier;
import dlprep.ml.Inputs;

/**
 * What the naive Bayes classifiers share: class priors P(y = c) = n_c/n, and the decision
 * argmax_c [log P(c) + Σⱼ log P(xⱼ | c)], summed in the log domain so that many small factors do not underflow.
 * Subclasses say how one feature is distributed within a class.
 */
public abstract class NaiveBayes implements Classifier {

    protected double[] logPrior;
    protected int features = -1;

    /** Checks the table, counts the classes (each must have rows), sets the priors; returns the row count per class. */
    protected int[] fitPriors(String method, double[][] x, int[] labels) {
        int classes = Inputs.checkFit(method, x, labels);
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        for (int c = 0; c < classes; c++) {
            if (counts[c] == 0) {
                throw new IllegalArgumentException(method + ".fit: class " + c + " has no training rows (labels run to "
                        + (classes - 1) + "); relabel the classes as 0.." + (classes - 2) + " or add rows of class " + c);
            }
        }
        logPrior = new double[classes];
        for (int c = 0; c < classes; c++) {
            logPrior[c] = Math.log((double) counts[c] / x.length);
        }
        features = x[0].length;
        return counts;
    }

    /** log P(c) + Σⱼ log P(xⱼ | c) for every class c: the log of the unnormalised posterior. */
    protected abstract double[] jointLogLikelihood(double[] row);

    @Override
    public int[] predict(double[][] x) {
        requireFitted(x);
        int[] labels = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] joint = jointLogLikelihood(x[i]);
            int best = 0;
            for (int c = 1; c < joint.length; c++) {
                best = joint[c] > joint[best] ? c : best;
            }
            labels[i] = best;
        }
        return labels;
    }

    /** P(c | x) for every row: the joint normalised by log-sum-exp (the largest term factored out first). */
    public double[][] predictProba(double[][] x) {
        requireFitted(x);
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] joint = jointLogLikelihood(x[i]);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : joint) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int c = 0; c < joint.length; c++) {
                joint[c] = Math.exp(joint[c] - max);
                sum += joint[c];
            }
            for (int c = 0; c < joint.length; c++) {
                joint[c] /= sum;
            }
            p[i] = joint;
        }
        return p;
    }

    private void requireFitted(double[][] x) {
        Inputs.checkPredict(describe(), x, features);
    }
}
