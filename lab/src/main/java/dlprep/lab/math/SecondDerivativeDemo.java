package dlprep.lab.math;

import dlprep.engine.autograd.Derivatives;
import dlprep.engine.autograd.SecondDerivativeTest;
import dlprep.engine.linalg.Norms;
import dlprep.engine.linalg.SymmetricEigen;
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
import java.util.function.UnaryOperator;

/**
 * The second-derivative test at five critical points of four functions of (x, y): the gradient by autograd
 * (zero there), the Hessian two ways, from the autograd gradient and from function values alone, their
 * eigenvalues and the verdict. Shows the four outcomes, including a saddle with a positive diagonal
 * (x^2 + 4xy + y^2: the eigenvalues, not the diagonal, decide) and x^4 + y^4, where H = 0 and the test is silent.
 */
public final class SecondDerivativeDemo implements Experiment {

    /** A function and one of its critical points. */
    record Point(String function, UnaryOperator<Tensor> f, double[] at) {
    }

    static final List<Point> POINTS = List.of(
            new Point("x^3 - 3x + y^2", v -> x(v).pow(3).sub(x(v).mul(3)).add(y(v).pow(2)), new double[] {1, 0}),
            new Point("x^3 - 3x + y^2", v -> x(v).pow(3).sub(x(v).mul(3)).add(y(v).pow(2)), new double[] {-1, 0}),
            new Point("-x^2 - y^2 + xy", v -> x(v).pow(2).neg().sub(y(v).pow(2)).add(x(v).mul(y(v))), new double[] {0, 0}),
            new Point("x^2 + 4xy + y^2", v -> x(v).pow(2).add(x(v).mul(y(v)).mul(4)).add(y(v).pow(2)), new double[] {0, 0}),
            new Point("x^4 + y^4", v -> x(v).pow(4).add(y(v).pow(4)), new double[] {0, 0}));

    /** Eigenvalues within this of zero count as zero (the finite-difference Hessians are good to about 1e-6). */
    static final double TOLERANCE = 1e-4;

    @Override
    public String id() {
        return "math-second-derivative-test";
    }

    @Override
    public String chapter() {
        return MathChapter.NAME;
    }

    @Override
    public String description() {
        return "the second-derivative test at five critical points: Hessians by autograd and by finite differences, "
                + "their eigenvalues, minimum / maximum / saddle / inconclusive";
    }

    @Override
    public Params defaults() {
        return new Params(1, 0.1, 1, 0, 0);
    }

    /** What the demo finds at one point. */
    record Finding(double gradientNorm, double[][] hessian, double hessianDifference, double[] eigenvalues,
                   SecondDerivativeTest.Verdict verdict) {
    }

    static Finding examine(Point p) {
        double[] gradient = Derivatives.gradient(p.f(), p.at());
        double[][] h = Derivatives.hessian(p.f(), p.at(), Derivatives.STEP);
        double[][] numeric = Derivatives.numericHessian(p.f(), p.at(), 1e-4);
        double difference = 0;
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < h.length; j++) {
                difference = Math.max(difference, Math.abs(h[i][j] - numeric[i][j]));
            }
        }
        return new Finding(Norms.l2(gradient), h, difference, SymmetricEigen.of(h).eigenvalues(),
                SecondDerivativeTest.classify(h, TOLERANCE));
    }

    @Override
    public Map<String, Double> run(Params params, ProgressListener listener) {
        UnusedOptions.reject(this, params, "it evaluates fixed functions, with no training and no data",
                UnusedOptions.Option.EPOCHS, UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE,
                UnusedOptions.Option.LIMIT);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (SecondDerivativeTest.Verdict v : SecondDerivativeTest.Verdict.values()) {
            metrics.put(v.name().toLowerCase(Locale.ROOT), 0.0);
        }
        double worst = 0;
        for (Point p : POINTS) {
            Finding f = examine(p);
            worst = Math.max(worst, f.hessianDifference());
            Messages.say(listener, "%-16s at %-11s |grad| %.1e  H %s  eigenvalues %s  -> %s", p.function(),
                    Arrays.toString(p.at()), f.gradientNorm(), rounded(f.hessian()), rounded(f.eigenvalues()),
                    f.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            metrics.merge(f.verdict().name().toLowerCase(Locale.ROOT), 1.0, Double::sum);
        }
        Messages.say(listener, "largest difference between the two Hessians: %.2e", worst);
        metrics.put("hessian_max_difference", worst);
        return metrics;
    }

    private static Tensor x(Tensor v) {
        return v.select(0, 0);
    }

    private static Tensor y(Tensor v) {
        return v.select(0, 1);
    }

    private static String rounded(double[][] m) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < m.length; i++) {
            b.append(i == 0 ? "" : ", ").append(rounded(m[i]));
        }
        return b.append(']').toString();
    }

    private static String rounded(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v[i] == 0 ? 0 : v[i]));
        }
        return b.append(']').toString();
    }
}
