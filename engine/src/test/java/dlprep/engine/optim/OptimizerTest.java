package dlprep.engine.optim;

import dlprep.engine.nn.Parameter;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static dlprep.engine.Failures.failsWith;
import static dlprep.engine.optim.FixedGradients.assertValues;
import static dlprep.engine.optim.FixedGradients.parameter;
import static dlprep.engine.optim.FixedGradients.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link Optimizer} does: minimise, skip parameters without gradients, clear, check settings. */
class OptimizerTest {

    static Stream<Named<Function<List<Parameter>, Optimizer>>> optimizers() {
        return Stream.of(
                Named.of("SGD", ps -> new SGD(ps, 0.1)),
                Named.of("SGD with Nesterov momentum", ps -> new SGD(ps, 0.05).momentum(0.9).nesterov(true)),
                Named.of("Adagrad", ps -> new Adagrad(ps, 1.0)),
                Named.of("RMSprop centered", ps -> new RMSprop(ps, 0.01).centered(true)),
                Named.of("Adadelta", ps -> new Adadelta(ps, 1.0).eps(1e-2)),
                Named.of("Adam", ps -> new Adam(ps, 0.05)),
                Named.of("AdamW with AMSGrad", ps -> new AdamW(ps, 0.05).weightDecay(0).amsgrad(true)));
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void minimisesAQuadratic(Function<List<Parameter>, Optimizer> make) {
        // f(w) = ||w - c||^2 has its minimum at w = c; start at 0.
        Tensor c = Tensor.of(new float[] {1, -2, 3});
        Parameter w = new Parameter(Tensor.zeros(3));
        Optimizer opt = make.apply(List.of(w));
        int steps = 0;
        while (maxDistance(w, c) > 1e-4 && steps < 3000) {
            opt.zeroGrad();
            w.sub(c).square().sum().backward();
            opt.step();
            steps++;
        }
        assertTrue(maxDistance(w, c) < 1e-3, "w = " + w + " after " + steps + " steps");
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void stateDictRestoresTheRunExactly(Function<List<Parameter>, Optimizer> make) {
        // Two steps, save, then the original and a restored copy take a third step: they must agree bit for bit.
        Tensor c = Tensor.of(new float[] {1, -2, 3});
        Parameter w = new Parameter(Tensor.of(new float[] {0.5f, 0.25f, -1}));
        Optimizer opt = make.apply(List.of(w));
        for (int i = 0; i < 2; i++) {
            opt.zeroGrad();
            w.sub(c).square().sum().backward();
            opt.step();
        }
        Parameter w2 = new Parameter(Tensor.of(w.toArray()));
        Optimizer restored = make.apply(List.of(w2));
        restored.loadStateDict(opt.stateDict());
        for (var pair : List.of(List.of(w, opt), List.of(w2, restored))) {
            Parameter p = (Parameter) pair.get(0);
            Optimizer o = (Optimizer) pair.get(1);
            o.zeroGrad();
            p.sub(c).square().sum().backward();
            o.step();
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(w.toArray(), w2.toArray());
    }

    @Test
    void stateOfAnotherShapeIsRejected() {
        Optimizer small = new Adam(List.of(new Parameter(Tensor.zeros(2))), 0.1);
        Parameter p = new Parameter(Tensor.zeros(2));
        p.setGrad(Tensor.ones(2));
        Optimizer trained = new Adam(List.of(p), 0.1);
        trained.step();
        Optimizer other = new Adam(List.of(new Parameter(Tensor.zeros(3))), 0.1);
        failsWith(() -> other.loadStateDict(trained.stateDict()), "Adam", "0.exp_avg", "2 values", "has 3");
        failsWith(() -> small.loadStateDict(java.util.Map.of()), "no 'lr'");
    }

    private static double maxDistance(Tensor w, Tensor c) {
        return w.sub(c).abs().max().item();
    }

    @Test
    void parametersWithoutAGradientAreLeftAlone() {
        Parameter used = parameter(1, 2);
        Parameter unused = parameter(3, 4);
        Optimizer opt = new SGD(List.of(used, unused), 0.1).weightDecay(0.5);
        step(opt, used, 1, 1);
        assertValues(used, 1 - 0.1 * (1 + 0.5 * 1), 2 - 0.1 * (1 + 0.5 * 2));
        assertValues(unused, 3, 4);
    }

    @Test
    void zeroGradClearsEveryGradient() {
        Parameter a = parameter(1);
        Parameter b = parameter(2);
        Optimizer opt = new Adam(List.of(a, b));
        a.mul(b).sum().backward();
        opt.zeroGrad();
        assertNull(a.grad());
        assertNull(b.grad());
    }

    @Test
    void learningRateCanChangeBetweenSteps() {
        Parameter p = parameter(1);
        Optimizer opt = new SGD(List.of(p), 0.1);
        step(opt, p, 1);
        opt.setLr(0.01);
        step(opt, p, 1);
        assertEquals(0.01, opt.lr());
        assertValues(p, 1 - 0.1 - 0.01);
    }

    @Test
    void badParametersAndSettingsAreRejectedWithTheOptimizerName() {
        Parameter p = parameter(1);
        failsWith(() -> new SGD(List.of(), 0.1), "SGD", "empty");
        failsWith(() -> new SGD(List.of(p, p), 0.1), "SGD", "parameter 1", "twice");
        failsWith(() -> new Adam(List.of(new Parameter(Tensor.zeros(DType.FLOAT64, 2)))), "Adam", "[2]", "float64");
        failsWith(() -> new SGD(List.of(p), -0.1), "SGD", "lr", "-0.1");
        failsWith(() -> new SGD(List.of(p), 0.1).momentum(-0.9), "SGD", "momentum", "-0.9");
        failsWith(() -> new Adam(List.of(p)).betas(1.0, 0.999), "Adam", "beta1", "[0, 1)", "1.0");
        failsWith(() -> new AdamW(List.of(p)).betas(0.9, -0.1), "AdamW", "beta2", "-0.1");
        failsWith(() -> new Adam(List.of(p)).eps(Double.NaN), "Adam", "eps", "NaN");
        failsWith(() -> new RMSprop(List.of(p)).alpha(1.5), "RMSprop", "alpha", "[0, 1]");
        failsWith(() -> new Adadelta(List.of(p)).rho(-1), "Adadelta", "rho");
        failsWith(() -> new Adagrad(List.of(p)).lrDecay(-1), "Adagrad", "lrDecay");
        failsWith(() -> new Adagrad(List.of(p)).weightDecay(-1), "Adagrad", "weightDecay");
    }
}
