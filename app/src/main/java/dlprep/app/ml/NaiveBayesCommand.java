package dlprep.app.ml;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.ml.bayes.GaussianNaiveBayes;
import dlprep.ml.data.LabeledData;
import dlprep.ml.data.TrainTestSplit;
import dlprep.ml.metrics.Accuracy;
import dlprep.ml.metrics.PrecisionRecallF1;
import dlprep.ml.metrics.RocCurve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code dlprep ml naive-bayes <dataset>}: Gaussian naive Bayes on a seeded stratified split, with test accuracy,
 * macro-averaged precision, recall and F1, and for two classes the ROC-AUC of P(class 1 | x). {@code --json} adds the split's indices, so that
 * {@code tools/compare_sklearn_cluster.py} can fit scikit-learn's {@code GaussianNB} on the very same rows.
 */
@Command(name = "naive-bayes", mixinStandardHelpOptions = true,
        description = "Gaussian naive Bayes on a stratified split of a data set: test accuracy, macro precision/recall/F1.")
public final class NaiveBayesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "the data set: iris, wine, breast_cancer, digits, moons or circles")
    String dataset;

    @Option(names = "--test-size", defaultValue = "0.25", description = "fraction held out (default ${DEFAULT-VALUE})")
    double testSize;

    @Option(names = "--var-smoothing", defaultValue = "1e-9", description = "added variance, times the largest feature "
            + "variance (scikit-learn's default ${DEFAULT-VALUE})")
    double varSmoothing;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the split (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "one JSON object with the split indices and the scores")
    boolean json;

    @Override
    public void run() {
        LabeledData data = ClusterCommand.load(dataset, seed);
        TrainTestSplit split = TrainTestSplit.stratified(data.labels(), testSize, seed);
        LabeledData train = split.train(data);
        LabeledData test = split.test(data);
        GaussianNaiveBayes model = new GaussianNaiveBayes(varSmoothing).fit(train.features(), train.labels());
        int[] predicted = model.predict(test.features());
        double accuracy = Accuracy.of(test.labels(), predicted);
        PrecisionRecallF1.Average macro = PrecisionRecallF1.of(test.labels(), predicted, data.classCount()).macro();
        double auc = Double.NaN;
        if (data.classCount() == 2) {
            double[][] p = model.predictProba(test.features());
            double[] score = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                score[i] = p[i][1];
            }
            auc = RocCurve.of(test.labels(), score).auc();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("dataset", data.name()).put("model", model.describe()).put("test_size", testSize).put("seed", seed)
                    .put("accuracy", accuracy).put("macro_precision", macro.precision())
                    .put("macro_recall", macro.recall()).put("macro_f1", macro.f1());
            if (!Double.isNaN(auc)) {
                o.put("roc_auc", auc);
            }
            o.set("train", mapper.valueToTree(split.train()));
            o.set("test", mapper.valueToTree(split.test()));
            out.println(o);
        } else {
            out.printf(Locale.ROOT, "%s: %s, stratified split (test size %s, seed %d): %d train, %d test rows%n",
                    data.name(), model.describe(), testSize, seed, train.size(), test.size());
            out.printf(Locale.ROOT, "test accuracy %.4f; macro precision %.4f, recall %.4f, F1 %.4f%s%n", accuracy,
                    macro.precision(), macro.recall(), macro.f1(),
                    Double.isNaN(auc) ? "" : String.format(Locale.ROOT, "; ROC-AUC %.4f", auc));
        }
        out.flush();
    }
}
