package dlprep.lab.ch1;

import dlprep.engine.data.Synthetic;
import dlprep.engine.data.TensorDataset;
import dlprep.engine.tensor.Generator;
import dlprep.lab.Params;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The synthetic problem the linear-regression experiments share (Dive into Deep Learning 3.2): labels
 * y = X w + b + noise with w = [2, -3.4], b = 4.2, X ~ N(0, 1) and noise ~ N(0, 0.01^2), 1000 examples
 * ({@code --limit} takes fewer); and how close a fit came to the true w and b.
 */
final class LinearRegressionProblem {

    static final int EXAMPLES = 1000;
    private static final double[] TRUE_W = {2, -3.4};
    private static final double TRUE_B = 4.2;
    private static final double NOISE = 0.01;

    private LinearRegressionProblem() {
    }

    /** {@code n} examples drawn from the global generator: features [n, 2], labels [n, 1]. */
    static TensorDataset generate(int n) {
        return Synthetic.linear(TRUE_W, TRUE_B, n, NOISE, Generator.global());
    }

    /** The training set of a run: {@link #EXAMPLES} examples, or the first {@code --limit}. */
    static TensorDataset trainingSet(Params p) {
        return generate(p.trainingExamples(EXAMPLES));
    }

    /**
     * {@code w_error}, the largest |w_j - true w_j|, and {@code b_error}, |b - true b|, each key starting with
     * {@code prefix}.
     */
    static Map<String, Double> errors(String prefix, double[] w, double b) {
        double wError = 0;
        for (int j = 0; j < TRUE_W.length; j++) {
            wError = Math.max(wError, Math.abs(w[j] - TRUE_W[j]));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(prefix + "w_error", wError);
        out.put(prefix + "b_error", Math.abs(b - TRUE_B));
        return out;
    }
}
