package dlprep.lab.ch1;

import dlprep.engine.autograd.Grad;
import dlprep.engine.nn.Init;
import dlprep.engine.nn.Linear;
import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.lab.UnusedOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vanishing gradients (Dive into Deep Learning 4.8.1.1). First the book's picture: sigmoid(x) over
 * [-8, 8] and its gradient from autograd, which peaks at 1/4 for x = 0 and is e^-8 / (1 + e^-8)^2 ≈ 3.35e-4
 * at |x| = 8, so a saturated unit passes almost no gradient back.
 *
 * <p>Then what that does to a deep network, which the book states in words: a stack of {@code --epochs}
 * layers Linear(256, 256) + sigmoid with Xavier-uniform weights (so the weights alone keep the backward
 * signal's size and only the sigmoid shrinks it) and zero biases, fed {@code --batch-size} inputs from
 * N(0, 1), loss = the sum of the outputs averaged over the batch. Backprop multiplies the gradient by
 * sigmoid'(z) &le; 1/4 at every layer, so the norm of the gradient with respect to each layer's
 * pre-activations follows the product of the mean sigmoid' from the top down to that layer, and the first
 * layer's weight gradient is orders of magnitude below the last one's. (Layer 1's weight gradient drops by
 * a further ~10x: its inputs are zero-mean, so their contributions partly cancel over the batch, while the
 * sigmoid outputs feeding the other layers are all positive and add up.)
 *
 * <p>Options: {@code --epochs} is the depth, and each "epoch" row (and chart point) is one layer, 1 next to
 * the input; its {@code seconds} are 0, since the whole stack runs in one forward and backward pass.
 * {@code --batch-size} is the number of random inputs, {@code --seed} draws inputs and weights.
 * {@code --lr} and {@code --limit} have no meaning here (nothing is trained, no data set is read) and are
 * rejected.
 */
public final class VanishingGradients implements Experiment {

    /** Width of every layer of the deep stack. */
    static final int WIDTH = 256;

    /** The sigmoid curve is sampled at x = -8, -7.9, ..., 8 (d2l uses arange(-8, 8, 0.1)). */
    static final int CURVE_POINTS = 161;

    @Override
    public String id() {
        return "vanishing-gradients";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "sigmoid's gradient (1/4 at most, ~3e-4 at |x| = 8) and how it shrinks gradients layer by layer";
    }

    @Override
    public Params defaults() {
        return new Params(10, 0.1, 256, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        UnusedOptions.reject(this, p, "it trains nothing and reads no data set",
                UnusedOptions.Option.LR, UnusedOptions.Option.LIMIT);
        listener.onEvent(new TrainingEvent.Started(p.epochs(), 0));
        Map<String, Double> metrics = new LinkedHashMap<>();

        SigmoidCurve curve = sigmoidCurve();
        listener.onEvent(new TrainingEvent.Message("sigmoid and its gradient (autograd, float64):"));
        for (int i = 0; i < CURVE_POINTS; i += 20) {
            listener.onEvent(new TrainingEvent.Message(String.format(Locale.ROOT, "  x %5.1f  sigmoid %.6f  gradient %.3e",
                    curve.x()[i], curve.y()[i], curve.gradient()[i])));
        }
        int peak = curve.argmaxGradient();
        metrics.put("sigmoid_grad_max", curve.gradient()[peak]);
        metrics.put("sigmoid_grad_max_at_x", curve.x()[peak]);
        metrics.put("sigmoid_grad_at_8", curve.gradient()[CURVE_POINTS - 1]);

        listener.onEvent(new TrainingEvent.Message(String.format(Locale.ROOT, "deep stack: %d x (Linear(%d, %d) + "
                + "sigmoid), Xavier-uniform weights, %d inputs from N(0, 1); 'epoch' below is the layer, 1 next to "
                + "the input", p.epochs(), WIDTH, WIDTH, p.batchSize())));
        List<LayerGradient> layers = deepSigmoidStack(p.epochs(), p.batchSize());
        double[] productFrom = new double[layers.size()]; // mean sigmoid' of this layer and all above it
        double product = 1;
        for (int l = layers.size() - 1; l >= 0; l--) {
            product *= layers.get(l).meanSigmoidGradient();
            productFrom[l] = product;
        }
        for (int l = 0; l < layers.size(); l++) {
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("weight_grad_norm", layers.get(l).weightGradNorm());
            row.put("preact_grad_norm", layers.get(l).preactivationGradNorm());
            row.put("mean_sigmoid_grad", layers.get(l).meanSigmoidGradient());
            row.put("sigmoid_grad_product", productFrom[l]);
            listener.onEvent(new TrainingEvent.EpochEnded(l + 1, layers.size(), row, 0));
        }
        metrics.put("first_layer_grad_norm", layers.get(0).weightGradNorm());
        metrics.put("last_layer_grad_norm", layers.get(layers.size() - 1).weightGradNorm());
        metrics.put("sigmoid_grad_product", product);
        return metrics;
    }

    /** Sigmoid sampled over [-8, 8] with its gradient from autograd. */
    record SigmoidCurve(double[] x, double[] y, double[] gradient) {

        int argmaxGradient() {
            int best = 0;
            for (int i = 1; i < gradient.length; i++) {
                if (gradient[i] > gradient[best]) {
                    best = i;
                }
            }
            return best;
        }
    }

    /**
     * d2l's {@code y = torch.sigmoid(x); y.backward(torch.ones_like(x))} in float64, so the small gradients
     * at the ends are not lost to float32 rounding of 1 - sigmoid(x).
     */
    static SigmoidCurve sigmoidCurve() {
        double[] xs = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs[i] = (i - (CURVE_POINTS - 1) / 2) / 10.0; // whole tenths, so 0 and +-8 are exact
        }
        Tensor x = Tensor.of(xs, CURVE_POINTS).requiresGrad(true);
        Tensor y = x.sigmoid();
        y.backward(Tensor.onesLike(y));
        return new SigmoidCurve(xs, y.toDoubleArray(), x.grad().toDoubleArray());
    }

    /**
     * One layer of the stack after backward: the norms of the gradient of its weight and of its
     * pre-activations z (the signal backprop passes down), and the mean sigmoid'(z) of its units.
     */
    record LayerGradient(double weightGradNorm, double preactivationGradNorm, double meanSigmoidGradient) {
    }

    /** Builds the stack (from the global generator), runs one forward and backward pass, and reads each layer. */
    static List<LayerGradient> deepSigmoidStack(int depth, int batch) {
        Tensor h = Tensor.randn(batch, WIDTH);
        List<Linear> linears = new ArrayList<>();
        List<Tensor> preactivations = new ArrayList<>();
        List<Tensor> outputs = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            Linear linear = new Linear(WIDTH, WIDTH);
            Init.xavierUniform(linear.weight(), 1);
            Init.zeros(linear.bias());
            Tensor z = linear.forward(h).retainGrad();
            h = z.sigmoid();
            linears.add(linear);
            preactivations.add(z);
            outputs.add(h);
        }
        h.sum().div(batch).backward();
        List<LayerGradient> layers = new ArrayList<>();
        try (Grad g = Grad.disabled()) {
            for (int l = 0; l < depth; l++) {
                Tensor s = outputs.get(l);
                double meanSigmoidGradient = s.mul(s.rsub(1)).mean().item(); // sigmoid'(z) = s (1 - s)
                layers.add(new LayerGradient(norm(linears.get(l).weight().grad()),
                        norm(preactivations.get(l).grad()), meanSigmoidGradient));
            }
        }
        return layers;
    }

    private static double norm(Tensor t) {
        return t.square().sum().sqrt().item();
    }
}
