package dlprep.lab.ch1;

import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplodingGradientsTest {

    /**
     * Newman (1986): the log norm of a product of n x n N(0, sigma^2) matrices grows per factor by the top
     * Lyapunov exponent (ln 2 + psi(n/2)) / 2 + ln sigma. For n = 4, psi(2) = 1 - gamma = 0.42278.
     */
    private static final double LOG10_GROWTH_4X4 = (Math.log(2) + 0.42278) / 2 / Math.log(10); // 0.2423

    @Test
    void productOf4x4StandardNormalMatricesGrowsAQuarterOfAnOrderOfMagnitudePerFactor() {
        ExplodingGradients.LogScaledProduct p = new ExplodingGradients.LogScaledProduct(4, 1, new Generator(1));
        double start = p.log10RmsEntry();
        for (int k = 0; k < 1000; k++) {
            p.multiplyByRandom();
        }
        // 1000 factors: 242 orders of magnitude, far past float32's 1e38, kept finite by the log scale
        assertEquals(LOG10_GROWTH_4X4, (p.log10RmsEntry() - start) / 1000, 0.02);
    }

    @Test
    void scaling4x4FactorsBy1OverSqrtNLeavesADriftOfAboutMinus006OrdersPerFactor() {
        ExplodingGradients.LogScaledProduct p = new ExplodingGradients.LogScaledProduct(4, 0.5, new Generator(1));
        double start = p.log10RmsEntry();
        for (int k = 0; k < 1000; k++) {
            p.multiplyByRandom();
        }
        // the same exponent minus log10(2): -0.0587 orders of magnitude per factor
        assertEquals(LOG10_GROWTH_4X4 - Math.log10(2), (p.log10RmsEntry() - start) / 1000, 0.02);
    }

    @Test
    void hundredFactorsBlowTheBooksProductUpWhileTheScaledWideOneStaysPut() throws Exception {
        ExplodingGradients e = new ExplodingGradients();
        RunResult r = Runner.run(e, e.defaults(), ProgressListener.NONE);
        Map<String, Double> m = r.metrics();
        assertTrue(m.get("naive_log10_rms_entry") > 15, "from ~1 to ~1e24: " + m);
        // N(0, 1/256) entries start with RMS 1/16 (10^-1.2) and drift ~0.0009 orders of magnitude per factor
        assertEquals(Math.log10(1 / 16.0), m.get("wide_scaled_log10_rms_entry"), 0.5);
        assertTrue(m.get("scaled_log10_rms_entry") > -12 && m.get("scaled_log10_rms_entry") < 2, m.toString());
        List<Integer> rows = r.history().stream().map(TrainingEvent.EpochEnded::epoch).toList();
        assertEquals(List.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100), rows, "a row every 10 factors");
        assertEquals(m, r.history().get(9).metrics(), "the result is the last row");
    }

    @Test
    void batchSizeIsRejectedByName() {
        ExplodingGradients e = new ExplodingGradients();
        var error = assertThrows(IllegalArgumentException.class,
                () -> e.run(e.defaults().with(null, null, 64, null, null), ProgressListener.NONE));
        assertTrue(error.getMessage().startsWith("--batch-size has no meaning for exploding-gradients"),
                error.getMessage());
    }
}
