package dlprep.ml.ensemble;

import dlprep.engine.tensor.Generator;
import dlprep.ml.Classifier;
import dlprep.ml.Inputs;
import dlprep.ml.ProbabilisticClassifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bootstrap aggregating (Breiman 1996): each of {@code nEstimators} models learns from a bootstrap
 * sample, {@code n} rows drawn with replacement, and the ensemble averages their class probabilities (soft
 * vote; a model without probabilities votes with its one-hot prediction), which lowers the variance of an
 * unstable learner such as a deep tree. The rows a model never drew (about {@code (1-1/n)^n ~ 36.8%}) are
 * its out-of-bag (OOB) rows: predicting each row with only the models that did not see it gives
 * {@link #oobScore()}, a validation accuracy for free.
 */
public class BaggingClassifier implements ProbabilisticClassifier {

    /** Builds a fresh base model from its own seed and the training data's feature count. */
    @FunctionalInterface
    public interface BaseModel {
        Classifier create(long seed, int features);
    }

    private final BaseModel baseModel;
    private final int nEstimators;
    private final long seed;
    private final String name;
    private final List<Classifier> models = new ArrayList<>();
    private int classes;
    private int features = -1;
    private double oobScore = Double.NaN;

    /**
     * @param baseModel builds a fresh model per estimator, from a seed drawn from {@code seed}
     */
    public BaggingClassifier(BaseModel baseModel, int nEstimators, long seed) {
        this("bagging", baseModel, nEstimators, seed);
    }

    BaggingClassifier(String name, BaseModel baseModel, int nEstimators, long seed) {
        if (nEstimators < 1) {
            throw new IllegalArgumentException(name + ": n_estimators = " + nEstimators + " must be at least 1");
        }
        this.name = name;
        this.baseModel = baseModel;
        this.nEstimators = nEstimators;
        this.seed = seed;
    }

    @Override
    public BaggingClassifier fit(double[][] x, int[] labels) {
        classes = Inputs.checkFit(name, x, labels);
        int n = x.length;
        Generator rng = new Generator(seed);
        double[][] oobVotes = new double[n][classes];
        models.clear();
        for (int m = 0; m < nEstimators; m++) {
            boolean[] inBag = new boolean[n];
            double[][] bx = new double[n][];
            int[] by = new int[n];
            for (int i = 0; i < n; i++) {
                int r = (int) rng.integer(0, n);
                inBag[r] = true;
                bx[i] = x[r];
                by[i] = labels[r];
            }
            Classifier model = baseModel.create(rng.integer(0, Long.MAX_VALUE), x[0].length);
            model.fit(bx, by);
            models.add(model);
            int[] oob = java.util.stream.IntStream.range(0, n).filter(i -> !inBag[i]).toArray();
            if (oob.length > 0) {
                double[][] p = probabilities(model, Rows.select(x, oob));
                for (int k = 0; k < oob.length; k++) {
                    for (int c = 0; c < p[k].length; c++) {
                        oobVotes[oob[k]][c] += p[k][c];
                    }
                }
            }
        }
        features = x[0].length;
        oobScore = oobAccuracy(oobVotes, labels);
        return this;
    }

    /** A model's class probabilities, padded to the full class count (a bootstrap may miss the top classes). */
    private double[][] probabilities(Classifier model, double[][] x) {
        double[][] out = new double[x.length][classes];
        if (model instanceof ProbabilisticClassifier p) {
            double[][] q = p.predictProba(x);
            for (int i = 0; i < x.length; i++) {
                System.arraycopy(q[i], 0, out[i], 0, Math.min(classes, q[i].length));
            }
        } else {
            int[] y = model.predict(x);
            for (int i = 0; i < x.length; i++) {
                out[i][y[i]] = 1;
            }
        }
        return out;
    }

    /** Accuracy over the rows that were out of bag at least once (scikit-learn skips the others too). */
    private static double oobAccuracy(double[][] votes, int[] labels) {
        int counted = 0;
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            double sum = 0;
            for (double v : votes[i]) {
                sum += v;
            }
            if (sum > 0) {
                counted++;
                right += ProbabilisticClassifier.argmax(votes[i]) == labels[i] ? 1 : 0;
            }
        }
        return counted == 0 ? Double.NaN : (double) right / counted;
    }

    /** The mean of the models' class probabilities. */
    @Override
    public double[][] predictProba(double[][] x) {
        Inputs.checkPredict(name, x, features);
        double[][] sum = new double[x.length][classes];
        for (Classifier model : models) {
            double[][] p = probabilities(model, x);
            for (int i = 0; i < x.length; i++) {
                for (int c = 0; c < classes; c++) {
                    sum[i][c] += p[i][c] / models.size();
                }
            }
        }
        return sum;
    }

    @Override
    public int[] predict(double[][] x) {
        return java.util.Arrays.stream(predictProba(x)).mapToInt(ProbabilisticClassifier::argmax).toArray();
    }

    /** Out-of-bag accuracy of the last fit (NaN if no row was ever out of bag). */
    public double oobScore() {
        return oobScore;
    }

    public List<Classifier> estimators() {
        return List.copyOf(models);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s(%d x %s)", name, nEstimators,
                baseModel.create(0, Math.max(features, 1)).describe());
    }
}
