package dlprep.lab.ch1;

import dlprep.engine.data.Synthetic;
import dlprep.engine.data.TensorDataset;
import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.UnusedOptions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * k-fold cross-validation (the original's 模型选择 section, Dive into Deep Learning 4.4.2) choosing the
 * degree of a polynomial, on poly-fit's 100 training examples (the same draw for the same seed; features
 * x^i / i!, true degree 3). Each candidate degree is fitted in closed form ({@link LeastSquares},
 * Householder QR) on k - 1 = 4 folds and scored by its mean squared error on the fold left out, every fold
 * left out once; the degree with the lowest mean validation loss wins. The folds are consecutive runs of
 * the examples, which are drawn independently, so no shuffle is needed. No training loop: {@code --limit}
 * caps the examples, the other options do not apply.
 */
public final class KFoldCrossValidation implements Experiment {

    static final int K = 5;
    static final int[] DEGREES = {1, 2, 3, 4, 5, 10, 19};

    /** The validation loss of each fold, and their mean. */
    record Scores(double[] folds) {
        double mean() {
            return Arrays.stream(folds).average().orElseThrow();
        }
    }

    @Override
    public String id() {
        return "kfold";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "5-fold cross-validation choosing the polynomial degree (1 to 19) by least squares";
    }

    @Override
    public Params defaults() {
        return new Params(1, 1, 1, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        UnusedOptions.rejectTrainingOptions(this, p);
        int maxFeatures = DEGREES[DEGREES.length - 1] + 1;
        int n = p.trainingExamples(PolynomialFit.TRAIN);
        int minimum = (int) Math.ceil(maxFeatures * (double) K / (K - 1)); // k - 1 folds must hold maxFeatures examples
        if (n < minimum) {
            throw new IllegalArgumentException("--limit must be at least " + minimum + " for " + id() + ": degree "
                    + (maxFeatures - 1) + " has " + maxFeatures + " coefficients, so the " + (K - 1) + " training folds "
                    + "need " + maxFeatures + " examples; got " + n);
        }
        listener.onEvent(new TrainingEvent.Started(0, 0));
        TensorDataset data = Synthetic.polynomial(n, maxFeatures, PolynomialFit.NOISE, Generator.global());
        int[][] folds = folds(n, K);
        Messages.say(listener, "%d-fold cross-validation of the polynomial degree on %d examples, least squares by QR; "
                + "validation MSE:", K, n);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %6s", "degree"));
        for (int f = 1; f <= K; f++) {
            header.append(String.format(Locale.ROOT, " %9s", "fold " + f));
        }
        Messages.say(listener, "%s %9s", header, "mean");
        Map<String, Double> metrics = new LinkedHashMap<>();
        int best = -1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int degree : DEGREES) {
            Scores s = crossValidate(data, degree + 1, folds);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %6d", degree));
            for (double v : s.folds()) {
                row.append(String.format(Locale.ROOT, " %9.4g", v));
            }
            Messages.say(listener, "%s %9.4g", row, s.mean());
            metrics.put("degree" + degree + "_val_loss", s.mean());
            if (s.mean() < bestLoss) {
                bestLoss = s.mean();
                best = degree;
            }
        }
        Messages.say(listener, "best: degree %d (mean validation MSE %.4g; the noise alone gives 0.1^2 = 0.01)", best, bestLoss);
        metrics.put("best_degree", (double) best);
        return metrics;
    }

    /**
     * The validation examples of each of k folds of {@code n} examples: consecutive runs whose sizes differ
     * by at most one (the first n % k folds have one more), together covering every example once.
     */
    static int[][] folds(int n, int k) {
        int[][] folds = new int[k][];
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            folds[f] = new int[size];
            for (int i = 0; i < size; i++) {
                folds[f][i] = start + i;
            }
            start += size;
        }
        return folds;
    }

    /** Fits the first {@code features} features on all folds but one and scores the one, for each fold. */
    static Scores crossValidate(TensorDataset data, int features, int[][] folds) {
        int n = data.size();
        int width = data.features().size(1);
        float[] x = data.features().floatData();
        float[] y = data.labels().floatData();
        double[] losses = new double[folds.length];
        for (int f = 0; f < folds.length; f++) {
            boolean[] held = new boolean[n];
            for (int i : folds[f]) {
                held[i] = true;
            }
            double[][] a = new double[n - folds[f].length][];
            double[] b = new double[a.length];
            int row = 0;
            for (int i = 0; i < n; i++) {
                if (!held[i]) {
                    a[row] = firstFeatures(x, i, width, features);
                    b[row++] = y[i];
                }
            }
            double[] c = LeastSquares.qr(a, b);
            double sum = 0;
            for (int i : folds[f]) {
                double[] xi = firstFeatures(x, i, width, features);
                double prediction = 0;
                for (int j = 0; j < features; j++) {
                    prediction += c[j] * xi[j];
                }
                sum += (prediction - y[i]) * (prediction - y[i]);
            }
            losses[f] = sum / folds[f].length;
        }
        return new Scores(losses);
    }

    private static double[] firstFeatures(float[] x, int example, int width, int features) {
        double[] out = new double[features];
        for (int j = 0; j < features; j++) {
            out[j] = x[example * width + j];
        }
        return out;
    }
}
