package dlprep.ml.ensemble;

import dlprep.ml.Classifier;
import dlprep.ml.Inputs;
import dlprep.ml.ProbabilisticClassifier;
import dlprep.ml.data.KFold;
import dlprep.ml.linear.LogisticRegression;
import dlprep.ml.linear.SoftmaxRegression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Stacking (Wolpert 1992; scikit-learn's {@code StackingClassifier}): a meta-learner learns how to combine
 * the base models from their predictions. Its training features must be predictions on rows the base model
 * did not train on, else it learns to trust an overfitted model: so every training row gets its base
 * predictions from the model fitted on the other {@code k-1} folds of a stratified k-fold (out-of-fold, OOF).
 * Afterwards each base model is refitted on all rows for prediction. A base model's features are its class
 * probabilities (the first column dropped for two classes, as scikit-learn does), or its one-hot
 * prediction if it has no probabilities.
 */
public final class StackingClassifier implements Classifier {

    private final List<Supplier<Classifier>> baseModels;
    private final Supplier<Classifier> metaModel;
    private final int folds;
    private final long seed;
    private final List<Classifier> fitted = new ArrayList<>();
    private Classifier meta;
    private int classes;
    private int features = -1;

    /**
     * With scikit-learn's default final estimator, {@code LogisticRegression(C=1)}: binary logistic
     * regression for two classes, softmax regression for more.
     */
    public StackingClassifier(List<Supplier<Classifier>> baseModels, int folds, long seed) {
        this(baseModels, null, folds, seed);
    }

    /**
     * @param baseModels each builds a fresh, unfitted base model (it is fitted {@code folds + 1} times)
     * @param metaModel  builds the final estimator
     */
    public StackingClassifier(List<Supplier<Classifier>> baseModels, Supplier<Classifier> metaModel, int folds, long seed) {
        if (baseModels.isEmpty()) {
            throw new IllegalArgumentException("StackingClassifier: no base models; give at least one");
        }
        this.baseModels = List.copyOf(baseModels);
        this.metaModel = metaModel;
        this.folds = folds;
        this.seed = seed;
    }

    @Override
    public StackingClassifier fit(double[][] x, int[] labels) {
        classes = Inputs.checkFit("StackingClassifier", x, labels);
        int width = metaWidth();
        double[][] oof = new double[x.length][baseModels.size() * width];
        for (KFold.Fold fold : KFold.stratified(labels, folds, seed)) {
            double[][] trainX = Rows.select(x, fold.train());
            int[] trainY = java.util.Arrays.stream(fold.train()).map(i -> labels[i]).toArray();
            double[][] heldOut = Rows.select(x, fold.test());
            for (int b = 0; b < baseModels.size(); b++) {
                Classifier model = baseModels.get(b).get().fit(trainX, trainY);
                double[][] z = metaFeatures(model, heldOut);
                for (int r = 0; r < fold.test().length; r++) {
                    System.arraycopy(z[r], 0, oof[fold.test()[r]], b * width, width);
                }
            }
        }
        fitted.clear();
        for (Supplier<Classifier> base : baseModels) {
            fitted.add(base.get().fit(x, labels));
        }
        meta = metaModel(classes).fit(oof, labels);
        features = x[0].length;
        return this;
    }

    private Classifier metaModel(int classCount) {
        if (metaModel != null) {
            return metaModel.get();
        }
        return classCount == 2 ? new LogisticRegression(1.0, LogisticRegression.Solver.NEWTON) : new SoftmaxRegression(1.0);
    }

    /** Columns per base model: {@code K} probabilities, {@code K - 1} for two classes. */
    private int metaWidth() {
        return classes == 2 ? 1 : classes;
    }

    private double[][] metaFeatures(Classifier model, double[][] x) {
        int width = metaWidth();
        double[][] z = new double[x.length][width];
        int skip = classes == 2 ? 1 : 0;
        if (model instanceof ProbabilisticClassifier p) {
            double[][] q = p.predictProba(x);
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < width && k + skip < q[i].length; k++) {
                    z[i][k] = q[i][k + skip];
                }
            }
        } else {
            int[] y = model.predict(x);
            for (int i = 0; i < x.length; i++) {
                if (y[i] - skip >= 0 && y[i] - skip < width) {
                    z[i][y[i] - skip] = 1;
                }
            }
        }
        return z;
    }

    /** The meta-learner's inputs for {@code x}: the refitted base models' predictions side by side. */
    public double[][] transform(double[][] x) {
        Inputs.checkPredict("StackingClassifier", x, features);
        int width = metaWidth();
        double[][] z = new double[x.length][fitted.size() * width];
        for (int b = 0; b < fitted.size(); b++) {
            double[][] part = metaFeatures(fitted.get(b), x);
            for (int i = 0; i < x.length; i++) {
                System.arraycopy(part[i], 0, z[i], b * width, width);
            }
        }
        return z;
    }

    @Override
    public int[] predict(double[][] x) {
        return meta.predict(transform(x));
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "stacking([%s] -> %s, %d-fold OOF)",
                baseModels.stream().map(b -> b.get().describe()).collect(Collectors.joining(", ")),
                metaModel != null ? metaModel.get().describe() : "logistic(C=1)", folds);
    }
}
