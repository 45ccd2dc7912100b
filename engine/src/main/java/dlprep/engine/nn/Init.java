package dlprep.engine.nn;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Weight initialisation, as PyTorch's {@code torch.nn.init}: each method overwrites a tensor's values in
 * place (no gradient is recorded) and returns the tensor. Random ones draw from {@link Generator#global()}
 * unless given a generator, so {@code Generator.manualSeed} repeats them.
 *
 * <p>Xavier (Glorot and Bengio, 2010) keeps the variance of activations and gradients equal across a layer
 * with a linear or tanh unit: Var(w) = 2 / (fan_in + fan_out). Kaiming (He et al., 2015) accounts for the
 * half of the signal a ReLU drops: Var(w) = gain^2 / fan, with gain^2 = 2 for ReLU. A uniform
 * distribution U(-b, b) has variance b^2 / 3, hence the factor sqrt(3) between each pair's uniform bound
 * and normal standard deviation.
 */
public final class Init {

    /** The activation a layer feeds, for {@link #calculateGain}; convolutions count as {@code LINEAR}. */
    public enum Nonlinearity { LINEAR, SIGMOID, TANH, RELU, LEAKY_RELU, SELU }

    /** Whether Kaiming preserves the variance of the forward pass (fan in) or of the backward pass (fan out). */
    public enum FanMode { FAN_IN, FAN_OUT }

    /** How many inputs feed each output unit, and how many outputs each input unit feeds. */
    public record Fans(int fanIn, int fanOut) {
    }

    private Init() {
    }

    public static Tensor constant(Tensor t, double value) {
        for (int i = 0; i < t.numel(); i++) {
            t.setFlat(i, value);
        }
        return t;
    }

    public static Tensor zeros(Tensor t) {
        return constant(t, 0);
    }

    public static Tensor ones(Tensor t) {
        return constant(t, 1);
    }

    /** Samples from N(mean, std^2). */
    public static Tensor normal(Tensor t, double mean, double std) {
        return normal(t, mean, std, Generator.global());
    }

    public static Tensor normal(Tensor t, double mean, double std, Generator g) {
        for (int i = 0; i < t.numel(); i++) {
            t.setFlat(i, mean + std * g.normal());
        }
        return t;
    }

    /** Samples from U(a, b). */
    public static Tensor uniform(Tensor t, double a, double b) {
        return uniform(t, a, b, Generator.global());
    }

    public static Tensor uniform(Tensor t, double a, double b, Generator g) {
        for (int i = 0; i < t.numel(); i++) {
            t.setFlat(i, a + (b - a) * g.uniform());
        }
        return t;
    }

    /** U(-b, b) with b = gain * sqrt(6 / (fan_in + fan_out)). */
    public static Tensor xavierUniform(Tensor t, double gain) {
        return xavierUniform(t, gain, Generator.global());
    }

    public static Tensor xavierUniform(Tensor t, double gain, Generator g) {
        Fans f = calculateFanInAndFanOut(t);
        double bound = gain * Math.sqrt(6.0 / (f.fanIn() + f.fanOut()));
        return uniform(t, -bound, bound, g);
    }

    /** N(0, std^2) with std = gain * sqrt(2 / (fan_in + fan_out)). */
    public static Tensor xavierNormal(Tensor t, double gain) {
        return xavierNormal(t, gain, Generator.global());
    }

    public static Tensor xavierNormal(Tensor t, double gain, Generator g) {
        Fans f = calculateFanInAndFanOut(t);
        return normal(t, 0, gain * Math.sqrt(2.0 / (f.fanIn() + f.fanOut())), g);
    }

    /**
     * U(-b, b) with b = gain * sqrt(3 / fan), the gain from {@code nonlinearity} and {@code a} (the negative
     * slope, used by {@code LEAKY_RELU} only). PyTorch's defaults are a = 0, FAN_IN, LEAKY_RELU.
     */
    public static Tensor kaimingUniform(Tensor t, double a, FanMode mode, Nonlinearity nonlinearity) {
        return kaimingUniform(t, a, mode, nonlinearity, Generator.global());
    }

    public static Tensor kaimingUniform(Tensor t, double a, FanMode mode, Nonlinearity nonlinearity, Generator g) {
        if (t.numel() == 0) {
            return t;
        }
        double bound = Math.sqrt(3.0) * kaimingStd(t, a, mode, nonlinearity);
        return uniform(t, -bound, bound, g);
    }

    /** N(0, std^2) with std = gain / sqrt(fan); arguments as {@link #kaimingUniform}. */
    public static Tensor kaimingNormal(Tensor t, double a, FanMode mode, Nonlinearity nonlinearity) {
        return kaimingNormal(t, a, mode, nonlinearity, Generator.global());
    }

    public static Tensor kaimingNormal(Tensor t, double a, FanMode mode, Nonlinearity nonlinearity, Generator g) {
        if (t.numel() == 0) {
            return t;
        }
        return normal(t, 0, kaimingStd(t, a, mode, nonlinearity), g);
    }

    private static double kaimingStd(Tensor t, double a, FanMode mode, Nonlinearity nonlinearity) {
        Fans f = calculateFanInAndFanOut(t);
        int fan = mode == FanMode.FAN_IN ? f.fanIn() : f.fanOut();
        return calculateGain(nonlinearity, a) / Math.sqrt(fan);
    }

    /**
     * The factor by which a nonlinearity scales the standard deviation to keep, as in PyTorch's
     * {@code calculate_gain}: 1 for linear (and convolution) and sigmoid, 5/3 for tanh, sqrt(2) for ReLU,
     * sqrt(2 / (1 + slope^2)) for leaky ReLU with negative slope {@code param}, 3/4 for SELU.
     */
    public static double calculateGain(Nonlinearity nonlinearity, double param) {
        return switch (nonlinearity) {
            case LINEAR, SIGMOID -> 1;
            case TANH -> 5.0 / 3;
            case RELU -> Math.sqrt(2.0);
            case LEAKY_RELU -> Math.sqrt(2.0 / (1 + param * param));
            case SELU -> 3.0 / 4;
        };
    }

    /** The gain with PyTorch's default parameter (negative slope 0.01 for leaky ReLU). */
    public static double calculateGain(Nonlinearity nonlinearity) {
        return calculateGain(nonlinearity, 0.01);
    }

    /**
     * Fans of a weight as PyTorch's {@code _calculate_fan_in_and_fan_out}: dimension 1 is the inputs and
     * dimension 0 the outputs, each multiplied by the receptive field (the product of the remaining
     * dimensions). A Linear weight [out, in] has fan_in = in; a Conv2d weight [out, in/groups, kH, kW] has
     * fan_in = in/groups * kH * kW; a ConvTranspose2d weight [in, out/groups, kH, kW] has fan_in =
     * out/groups * kH * kW.
     */
    public static Fans calculateFanInAndFanOut(Tensor t) {
        int[] shape = t.shape();
        if (shape.length < 2) {
            throw new IllegalArgumentException("init: fan in and fan out need a tensor of at least 2 dimensions, got "
                    + Shape.str(shape));
        }
        int receptiveField = 1;
        for (int d = 2; d < shape.length; d++) {
            receptiveField *= shape[d];
        }
        return new Fans(shape[1] * receptiveField, shape[0] * receptiveField);
    }

    /**
     * PyTorch's {@code reset_parameters} of Linear and the convolutions: the weight from Kaiming uniform with
     * a = sqrt(5), which works out to U(-1/sqrt(fan_in), 1/sqrt(fan_in)), and the bias (if any) from that
     * same distribution.
     */
    static void linearDefault(Tensor weight, Tensor bias) {
        kaimingUniform(weight, Math.sqrt(5), FanMode.FAN_IN, Nonlinearity.LEAKY_RELU);
        if (bias != null) {
            int fanIn = calculateFanInAndFanOut(weight).fanIn();
            double bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
            uniform(bias, -bound, bound);
        }
    }
}
