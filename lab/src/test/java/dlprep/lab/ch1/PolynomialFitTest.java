package dlprep.lab.ch1;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolynomialFitTest {

    /**
     * The defaults (400 epochs and batch 10 as in the book, lr 0.05 because seed 0 draws a training set whose
     * x all lie within +-1.9, which leaves the x^3 direction badly conditioned: see PolynomialFit).
     */
    @Test
    void underfitStaysHighNormalFitReachesTheNoiseAndOverfitGeneralisesWorse() throws Exception {
        PolynomialFit e = new PolynomialFit();
        RunResult r = Runner.run(e, e.defaults(), ProgressListener.NONE);
        Map<String, Double> m = r.metrics();
        // MSELoss is the mean of (y_hat - y)^2, so noise of standard deviation 0.1 alone gives 0.01.
        assertEquals(0.01, m.get("cubic_test_loss"), 0.005, m.toString());
        assertEquals(0.01, m.get("cubic_train_loss"), 0.005, m.toString());
        assertTrue(m.get("cubic_w_error") < 0.3, m.toString()); // of 5, 1.2, -3.4, 5.6
        assertTrue(m.get("linear_train_loss") > 1, "a line cannot follow the cubic: " + m);
        assertTrue(m.get("linear_test_loss") > 1, m.toString());
        assertTrue(m.get("degree19_train_loss") < m.get("degree19_test_loss"), m.toString());
        assertTrue(m.get("degree19_test_loss") > 10 * m.get("cubic_test_loss"), m.toString());
    }

    @Test
    void eachEpochReportsEveryCurveOnce() throws Exception {
        PolynomialFit e = new PolynomialFit();
        RunResult r = Runner.run(e, e.defaults().with(3, null, null, null, null), ProgressListener.NONE);
        assertEquals(3, r.history().size());
        Set<String> curves = Set.of("cubic_train_loss", "cubic_test_loss", "linear_train_loss", "linear_test_loss",
                "degree19_train_loss", "degree19_test_loss");
        r.history().forEach(epoch -> assertEquals(curves, epoch.metrics().keySet()));
        assertTrue(r.metrics().keySet().containsAll(curves));
    }
}
