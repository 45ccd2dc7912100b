package dlprep.lab.math;

import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.UnusedOptions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Overflow and underflow in softmax and log-sum-exp, float64. The naive softmax e^{x_i} / sum_j e^{x_j}
 * gives inf / inf = NaN once a logit passes 709.8 (e^709.8 is the largest double), and 0 / 0 = NaN once every
 * logit is below -745 (e^-745 underflows to 0). The stable one uses softmax(x) = softmax(x - max x): the
 * largest exponent becomes e^0 = 1, so nothing overflows and the sum is at least 1. Log-sum-exp likewise,
 * log sum e^{x_i} = max x + log sum e^{x_i - max x}; and log(softmax) taken as a log of a probability that
 * underflowed is -infinity, while log-softmax x_i - logsumexp(x) stays finite. The stable versions are the
 * engine's {@link Tensor#softmax}, {@link Tensor#logsumexp} and {@link Tensor#logSoftmax}.
 */
public final class SoftmaxOverflow implements Experiment {

    /** Logits that are integers apart, so subtracting the first is exact and leaves small, safe numbers. */
    record Case(String name, double[] logits) {

        /** x - x_0, computed exactly: softmax is unchanged by the shift and log-sum-exp moves by x_0. */
        double[] shifted() {
            double[] s = logits.clone();
            for (int i = 0; i < s.length; i++) {
                s[i] -= logits[0];
            }
            return s;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("moderate", new double[] {1, 2, 3}),
            new Case("overflow", new double[] {1000, 1001, 1002}),
            new Case("underflow", new double[] {-1000, -1001, -1002}));

    @Override
    public String id() {
        return "math-softmax-overflow";
    }

    @Override
    public String chapter() {
        return MathChapter.NAME;
    }

    @Override
    public String description() {
        return "softmax and log-sum-exp on logits near +-1000: the naive formulas give NaN and infinity, the "
                + "max-shifted ones (the engine's) stay exact";
    }

    @Override
    public Params defaults() {
        return new Params(1, 0.1, 1, 0, 0);
    }

    /** e^{x_i} / sum_j e^{x_j}, exactly as written. */
    static double[] naiveSoftmax(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += Math.exp(v);
        }
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = Math.exp(x[i]) / sum;
        }
        return p;
    }

    /** log sum_i e^{x_i}, exactly as written. */
    static double naiveLogSumExp(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += Math.exp(v);
        }
        return Math.log(sum);
    }

    static double[] stableSoftmax(double[] x) {
        return Tensor.wrap(x.clone(), x.length).softmax(0).toDoubleArray();
    }

    static double stableLogSumExp(double[] x) {
        return Tensor.wrap(x.clone(), x.length).logsumexp(0, false).item();
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        UnusedOptions.reject(this, p, "it evaluates fixed formulas, with no training and no data",
                UnusedOptions.Option.EPOCHS, UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE,
                UnusedOptions.Option.LIMIT);
        int naiveNan = 0;
        int naiveInfinite = 0;
        double softmaxError = 0;
        double lseError = 0;
        for (Case c : CASES) {
            double[] naive = naiveSoftmax(c.logits());
            double[] stable = stableSoftmax(c.logits());
            double naiveLse = naiveLogSumExp(c.logits());
            double stableLse = stableLogSumExp(c.logits());
            double[] exact = naiveSoftmax(c.shifted()); // small logits: the naive formula is accurate there
            double exactLse = c.logits()[0] + naiveLogSumExp(c.shifted());
            Messages.say(listener, "%-9s logits %s", c.name(), Arrays.toString(c.logits()));
            Messages.say(listener, "          naive softmax %s   stable %s", format(naive), format(stable));
            Messages.say(listener, "          naive log-sum-exp %s   stable %.10f (exact %.10f)", naiveLse, stableLse,
                    exactLse);
            naiveNan += Arrays.stream(naive).anyMatch(Double::isNaN) ? 1 : 0;
            naiveInfinite += Double.isInfinite(naiveLse) ? 1 : 0;
            for (int i = 0; i < 3; i++) {
                softmaxError = Math.max(softmaxError, Math.abs(stable[i] - exact[i]));
            }
            lseError = Math.max(lseError, Math.abs(stableLse - exactLse));
        }
        // The log of a probability that underflowed: softmax([0, -800])[1] = e^-800 / (1 + e^-800) is 0 in double.
        double[] pair = {0, -800};
        double naiveLog = Math.log(naiveSoftmax(pair)[1]);
        double logSoftmax = Tensor.wrap(pair.clone(), 2).logSoftmax(0).toDoubleArray()[1];
        Messages.say(listener, "log p of logits [0, -800], class 1: log(softmax) %s, log-softmax %.6f (exact -800)",
                naiveLog, logSoftmax);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("naive_softmax_nan_cases", (double) naiveNan);
        metrics.put("naive_logsumexp_infinite_cases", (double) naiveInfinite);
        metrics.put("stable_softmax_max_error", softmaxError);
        metrics.put("stable_logsumexp_max_error", lseError);
        metrics.put("log_softmax_of_tiny_probability", logSoftmax);
        return metrics;
    }

    private static String format(double[] p) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < p.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", p[i]));
        }
        return b.append(']').toString();
    }
}
