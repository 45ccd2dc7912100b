package dlprep.lab.ch3;

import dlprep.engine.nn.Parameter;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.tensor.Tensor;

import java.util.List;
import java.util.function.Function;

/**
 * The library side of a comparison: the engine's optimizer moving a float32 parameter of two elements on a
 * {@link Quadratic2D}, the gradient from autograd, as a training loop would (zeroGrad, backward, step).
 */
final class EngineTwin {

    private EngineTwin() {
    }

    /** The start and the point after each of {@code steps} steps. */
    static double[][] path(Quadratic2D f, double[] start, Function<List<Parameter>, Optimizer> optimizer, int steps) {
        Parameter x = new Parameter(Tensor.of(new float[] {(float) start[0], (float) start[1]}));
        Optimizer opt = optimizer.apply(List.of(x));
        double[][] path = new double[steps + 1][];
        path[0] = start.clone();
        for (int k = 1; k <= steps; k++) {
            opt.zeroGrad();
            f.value(x).backward();
            opt.step();
            float[] now = x.floatData();
            path[k] = new double[] {now[0], now[1]};
        }
        return path;
    }

    /**
     * The largest difference between the two paths relative to the size of the point, max_k |a_k − b_k| / max(1, |a_k|),
     * so that float32's relative precision, not the scale of a diverging run, decides what counts as the same.
     */
    static double largestDifference(double[][] a, double[][] b) {
        double worst = 0;
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < a[k].length; i++) {
                worst = Math.max(worst, Math.abs(a[k][i] - b[k][i]) / Math.max(1, Math.abs(a[k][i])));
            }
        }
        return worst;
    }
}
