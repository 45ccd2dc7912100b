package dlprep.lab.ch1;

import dlprep.engine.autograd.Grad;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.lab.UnusedOptions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Exploding gradients (Dive into Deep Learning 4.8.1.2): a 4 x 4 matrix from N(0, 1) multiplied by 100 more
 * such matrices, as backprop multiplies a gradient by one Jacobian per layer. The entries grow by about
 * 24 orders of magnitude: the log of the norm of a product of n x n N(0, 1) matrices grows by
 * (ln 2 + psi(n/2)) / 2 per factor (the top Lyapunov exponent; Newman 1986), 0.558 nats or 0.242 decades
 * for n = 4.
 *
 * <p>Scaling each factor by 1/sqrt(n) (entries from N(0, 1/n), the variance Xavier picks for a square layer)
 * keeps the mean square of the product's entries constant, and the typical size drifts by only
 * (psi(n/2) - ln(n/2)) / 2 per factor: at n = 4 that is still -0.059 decades (about 6 orders of magnitude
 * down after 100), at n = 256 only -0.0009 (a tenth of an order). So the experiment follows three products:
 * {@code naive} (the book's 4 x 4, N(0, 1)), {@code scaled} (4 x 4, N(0, 1/4)) and {@code wide_scaled}
 * (256 x 256, N(0, 1/256)), and reports log10 of the root-mean-square entry of each.
 *
 * <p>Adapted: the book prints the float32 matrix after 100 factors; here the product is renormalised after
 * every factor and its scale kept as a log, so any number of factors fits in float32 without overflow.
 * Options: {@code --epochs} is the number of factors (100 in the book); each "epoch" row (and chart point)
 * comes every 10 factors, its number being the count of factors so far and its seconds the time they took.
 * {@code --seed} draws the matrices. {@code --lr}, {@code --batch-size} and {@code --limit} have no meaning
 * here and are rejected.
 */
public final class ExplodingGradients implements Experiment {

    /** The book's matrix size. */
    static final int SMALL = 4;

    /** A layer width like the MLPs': with 1/sqrt(n) scaling the product barely drifts. */
    static final int WIDE = 256;

    /** A row is reported after every this many factors. */
    static final int REPORT_EVERY = 10;

    @Override
    public String id() {
        return "exploding-gradients";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "product of 100 random 4x4 N(0,1) matrices blows up ~24 orders of magnitude; 1/sqrt(n) scaling tames it";
    }

    @Override
    public Params defaults() {
        return new Params(100, 0.1, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        UnusedOptions.reject(this, p, "it multiplies random matrices and trains nothing",
                UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE, UnusedOptions.Option.LIMIT);
        Generator g = Generator.global();
        Map<String, LogScaledProduct> products = new LinkedHashMap<>();
        products.put("naive", new LogScaledProduct(SMALL, 1, g));
        products.put("scaled", new LogScaledProduct(SMALL, 1 / Math.sqrt(SMALL), g));
        products.put("wide_scaled", new LogScaledProduct(WIDE, 1 / Math.sqrt(WIDE), g));

        listener.onEvent(new TrainingEvent.Started(p.epochs(), 0));
        listener.onEvent(new TrainingEvent.Message(String.format(Locale.ROOT, "log10 of the RMS entry of the first "
                + "matrix: naive %.2f, scaled %.2f, wide_scaled %.2f; 'epoch' below counts the factors multiplied in",
                products.get("naive").log10RmsEntry(), products.get("scaled").log10RmsEntry(),
                products.get("wide_scaled").log10RmsEntry())));
        Map<String, Double> row = Map.of();
        long t0 = System.nanoTime();
        for (int k = 1; k <= p.epochs(); k++) {
            products.values().forEach(LogScaledProduct::multiplyByRandom);
            if (k % REPORT_EVERY == 0 || k == p.epochs()) {
                row = new LinkedHashMap<>();
                for (Map.Entry<String, LogScaledProduct> e : products.entrySet()) {
                    row.put(e.getKey() + "_log10_rms_entry", e.getValue().log10RmsEntry());
                }
                long t1 = System.nanoTime();
                listener.onEvent(new TrainingEvent.EpochEnded(k, p.epochs(), row, (t1 - t0) / 1e9));
                t0 = t1;
            }
        }
        return row;
    }

    /**
     * A product of random n x n matrices with entries from N(0, std^2), starting from one such matrix, kept
     * as a direction with RMS entry 1 times 10^{@link #log10RmsEntry()}.
     */
    static final class LogScaledProduct {

        private final int n;
        private final double std;
        private final Generator generator;
        private Tensor direction;
        private double log10Scale;

        LogScaledProduct(int n, double std, Generator generator) {
            this.n = n;
            this.std = std;
            this.generator = generator;
            direction = randomFactor();
            renormalise();
        }

        /** Multiplies the product on the right by a new random matrix. */
        void multiplyByRandom() {
            try (Grad g = Grad.disabled()) {
                direction = direction.matmul(randomFactor());
            }
            renormalise();
        }

        /** log10 of the root-mean-square entry of the product. */
        double log10RmsEntry() {
            return log10Scale;
        }

        private Tensor randomFactor() {
            return Tensor.randn(generator, n, n).mul(std);
        }

        private void renormalise() {
            try (Grad g = Grad.disabled()) {
                double rms = Math.sqrt(direction.square().mean().item());
                direction = direction.div(rms);
                log10Scale += Math.log10(rms);
            }
        }
    }
}
