package dlprep.app.ml;

import dlprep.ml.data.LabeledData;
import dlprep.ml.data.SklearnDatasets;
import dlprep.ml.data.StandardScaler;
import dlprep.ml.data.TrainTestSplit;
import dlprep.ml.svm.BinarySvm;
import dlprep.ml.svm.Kernel;
import dlprep.ml.svm.Svc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code dlprep ml svm}: trains one SVC on a bundled data set and shows what the dual solution says: per
 * one-vs-one machine its support vectors, how many sit at {@code C}, the SMO steps, the KKT violation left and,
 * for the linear kernel, the geometric margin {@code 1/||w||}.
 */
@Command(name = "svm", mixinStandardHelpOptions = true,
        description = {"Trains an SVC (SMO) on a data set's training split and reports, per one-vs-one machine,",
                "support vectors, multipliers at C, SMO steps, KKT violation and (linear kernel) the margin 1/||w||."})
public final class SvmCommand implements Runnable {

    @Option(names = "--dataset", defaultValue = "iris", description = "a data set of `dlprep ml datasets` (default ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--kernel", defaultValue = "linear", description = "linear, poly or rbf (default ${DEFAULT-VALUE})")
    String kernel;

    @Option(names = "--C", defaultValue = "1", description = "soft-margin penalty; inf for the hard margin (default ${DEFAULT-VALUE})")
    String c;

    @Option(names = "--gamma", defaultValue = "scale", description = "kernel coefficient or scale = 1/(d Var X) (default ${DEFAULT-VALUE})")
    String gamma;

    @Option(names = "--degree", defaultValue = "3", description = "polynomial degree (default ${DEFAULT-VALUE})")
    int degree;

    @Option(names = "--coef0", defaultValue = "0", description = "polynomial constant (default ${DEFAULT-VALUE})")
    double coef0;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the stratified split (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--test-size", defaultValue = "0.25", description = "fraction held out (default ${DEFAULT-VALUE})")
    double testSize;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        double penalty = c.equalsIgnoreCase("inf") ? Double.POSITIVE_INFINITY : number("--C", c);
        double g = gamma.equals("scale") ? Kernel.SCALE : number("--gamma", gamma);
        Kernel k = switch (kernel) {
            case "linear" -> Kernel.linear();
            case "poly" -> Kernel.poly(degree, g, coef0);
            case "rbf" -> Kernel.rbf(g);
            default -> throw new IllegalArgumentException("unknown kernel '" + kernel + "'; use linear, poly or rbf");
        };
        LabeledData data = SklearnDatasets.load(dataset);
        TrainTestSplit split = TrainTestSplit.stratified(data.labels(), testSize, seed);
        LabeledData train = split.train(data);
        LabeledData test = split.test(data);
        StandardScaler scaler = StandardScaler.fit(train.features());
        double[][] x = scaler.transform(train.features());
        Svc svm = new Svc(k, penalty).fit(x, train.labels());
        int[] predicted = svm.predict(scaler.transform(test.features()));
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i] == test.labels()[i] ? 1 : 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s on %s: %d training / %d test rows (stratified, seed %d, standardised), "
                        + "test accuracy %.4f%n", svm.describe(), dataset, train.size(), test.size(), seed,
                (double) right / predicted.length);
        if (!Double.isNaN(g) || k.type() == Kernel.Type.LINEAR) {
            out.println();
        } else {
            out.printf(Locale.ROOT, "gamma = scale = %.6g%n%n", svm.kernel().gamma());
        }
        out.printf(Locale.ROOT, "%-28s %5s %6s %9s %10s %10s%n", "machine (+1 vs -1)", "SVs", "at C", "SMO steps",
                "KKT viol.", "1/||w||");
        for (BinarySvm m : svm.machines()) {
            String margin = k.type() == Kernel.Type.LINEAR ? String.format(Locale.ROOT, "%.4f", m.geometricMargin()) : "-";
            out.printf(Locale.ROOT, "%-28s %5d %6d %9d %10.2e %10s%s%n",
                    data.classNames().get(m.positive()) + " vs " + data.classNames().get(m.negative()),
                    m.supportIndices().length, m.boundedSupportVectors(), m.iterations(), m.kktViolation(x), margin,
                    m.converged() ? "" : "  (iteration limit reached)");
        }
        out.printf(Locale.ROOT, "support vectors of any machine: %d of %d training rows%n", svm.supportIndices().length,
                train.size());
        out.flush();
    }

    private static double number(String option, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a number");
        }
    }
}
