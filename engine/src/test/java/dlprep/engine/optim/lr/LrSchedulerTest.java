package dlprep.engine.optim.lr;

import dlprep.engine.nn.Parameter;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.optim.SGD;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dlprep.engine.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each schedule's learning rates over the first epochs, read from the optimizer after each
 * {@code step()}, against PyTorch's closed forms written out in the test.
 */
class LrSchedulerTest {

    private static Optimizer sgd(double lr) {
        return new SGD(List.of(new Parameter(Tensor.zeros(1))), lr);
    }

    /** Asserts that the optimizer's lr is {@code expected[e]} in epoch e: now, and after each step. */
    private static void assertSchedule(LrScheduler schedule, double... expected) {
        for (int epoch = 0; epoch < expected.length; epoch++) {
            if (epoch > 0) {
                schedule.step();
            }
            assertEquals(epoch, schedule.lastEpoch());
            assertEquals(expected[epoch], schedule.optimizer().lr(), 1e-12, "epoch " + epoch);
        }
    }

    @Test
    void stepLrDropsByGammaEveryStepSizeEpochs() {
        // base * gamma^floor(e / 3)
        assertSchedule(new StepLR(sgd(1.0), 3, 0.1), 1, 1, 1, 0.1, 0.1, 0.1, 0.01, 0.01);
    }

    @Test
    void multiStepLrDropsAtEachMilestone() {
        // base * gamma^(milestones <= e), milestones 2 and 5 (given out of order)
        assertSchedule(new MultiStepLR(sgd(0.5), new int[] {5, 2}, 0.5), 0.5, 0.5, 0.25, 0.25, 0.25, 0.125, 0.125);
    }

    @Test
    void exponentialLrMultipliesByGammaEachEpoch() {
        assertSchedule(new ExponentialLR(sgd(2.0), 0.9), 2, 2 * 0.9, 2 * 0.81, 2 * 0.729);
    }

    @Test
    void polynomialLrFallsToZeroAtTotalIters() {
        // base * (1 - min(e, 4) / 4)^2
        assertSchedule(new PolynomialLR(sgd(1.0), 4, 2), 1, 0.75 * 0.75, 0.5 * 0.5, 0.25 * 0.25, 0, 0);
        // power 1 is linear: PyTorch's documented example lr = 0.001, total_iters = 4 gives 0.001, 0.00075, ...
        assertSchedule(new PolynomialLR(sgd(0.001), 4, 1), 0.001, 0.00075, 0.0005, 0.00025, 0);
    }

    @Test
    void cosineAnnealingFollowsHalfACosineFromBaseToEtaMin() {
        // etaMin + (base - etaMin)(1 + cos(pi e / 4)) / 2 with base 1, etaMin 0.1; past tMax it rises again.
        double c = Math.cos(Math.PI / 4);
        assertSchedule(new CosineAnnealingLR(sgd(1.0), 4, 0.1),
                1, 0.1 + 0.9 * (1 + c) / 2, 0.1 + 0.9 / 2, 0.1 + 0.9 * (1 - c) / 2, 0.1, 0.1 + 0.9 * (1 - c) / 2);
    }

    @Test
    void linearWarmupRisesToTheBaseThenStaysConstant() {
        // base * (0.25 + 0.75 e / 3) for e < 3, then base; epoch 0 already runs at 0.25 * base.
        assertSchedule(new LinearWarmup(sgd(0.4), 0.25, 3), 0.1, 0.2, 0.3, 0.4, 0.4);
    }

    @Test
    void linearWarmupHandsOverToTheNextSchedule() {
        // Warm up over 2 epochs, then StepLR(stepSize 2, gamma 0.1) counted from the end of the warm-up.
        Optimizer opt = sgd(1.0);
        LrScheduler decay = new StepLR(opt, 2, 0.1);
        assertSchedule(new LinearWarmup(opt, 0.5, 2, decay), 0.5, 0.75, 1, 1, 0.1, 0.1, 0.01);
    }

    @Test
    void badSettingsAreRejected() {
        failsWith(() -> new StepLR(sgd(1), 0, 0.1), "StepLR", "stepSize", "0");
        failsWith(() -> new StepLR(sgd(1), 1, -0.1), "StepLR", "gamma");
        failsWith(() -> new MultiStepLR(sgd(1), new int[] {3, -1}, 0.1), "MultiStepLR", "[3, -1]");
        failsWith(() -> new ExponentialLR(sgd(1), 0), "ExponentialLR", "gamma");
        failsWith(() -> new PolynomialLR(sgd(1), 0, 1), "PolynomialLR", "totalIters");
        failsWith(() -> new CosineAnnealingLR(sgd(1), 0, 0), "CosineAnnealingLR", "tMax");
        failsWith(() -> new LinearWarmup(sgd(1), 0, 5), "LinearWarmup", "startFactor");
        failsWith(() -> new LinearWarmup(sgd(1), 0.1, 5, new StepLR(sgd(1), 1, 0.5)), "LinearWarmup", "another optimizer");
    }
}
