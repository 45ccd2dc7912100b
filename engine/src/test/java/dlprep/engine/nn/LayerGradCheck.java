package dlprep.engine.nn;

import dlprep.engine.autograd.GradCheck;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gradient check of a whole layer, in float64, with respect to its input and every parameter: GradCheck
 * receives the input and float64 copies of the parameters, and each forward runs through
 * {@link Module#functionalCall} with those copies standing in for the layer's float32 parameters. The
 * layer's own parameters are never touched.
 */
final class LayerGradCheck {

    private static final Generator RNG = new Generator(11);

    private LayerGradCheck() {
    }

    /** Checks {@code layer} at {@code input} (differentiated when it requires a gradient) and its parameters. */
    static void check(Module layer, Tensor input) {
        Map<String, Parameter> params = layer.namedParameters();
        List<String> names = List.copyOf(params.keySet());
        Tensor[] inputs = new Tensor[names.size() + 1];
        inputs[0] = input;
        for (int i = 0; i < names.size(); i++) {
            inputs[i + 1] = params.get(names.get(i));
        }
        GradCheck.check(in -> {
            Map<String, Tensor> standIns = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                standIns.put(names.get(i), in[i + 1]);
            }
            return layer.functionalCall(standIns, in[0]);
        }, inputs);
    }

    /** A float64 input of standard normal samples that requires a gradient. */
    static Tensor randn(int... shape) {
        double[] v = new double[Shape.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = RNG.normal();
        }
        return Tensor.wrap(v, shape).requiresGrad(true);
    }

    /**
     * A float64 input whose values lie 0.05 to 2 away from zero, with alternating signs, so that finite
     * differences never step across the kink of a ReLU-like function.
     */
    static Tensor awayFromZero(int... shape) {
        double[] v = new double[Shape.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % 2 == 0 ? -1 : 1) * (0.05 + 1.95 * RNG.uniform());
        }
        return Tensor.wrap(v, shape).requiresGrad(true);
    }
}
