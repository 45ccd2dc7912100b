package dlprep.lab.ch1;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightDecayTest {

    @Test
    void decayShrinksTheWeightsAndLowersTheTestLoss() throws Exception {
        // d2l 4.5 with the same settings reports ||w|| of about 13 without decay and 0.37 with lambda = 3.
        WeightDecay e = new WeightDecay();
        RunResult r = Runner.run(e, e.defaults(), ProgressListener.NONE);
        Map<String, Double> m = r.metrics();
        assertTrue(m.get("wd3_w_norm") < 0.1 * m.get("wd0_w_norm"), m.toString());
        assertTrue(m.get("wd3_test_loss") < 0.1 * m.get("wd0_test_loss"), m.toString());
        // Without decay 200 weights fit 20 examples exactly: the training loss vanishes, the test loss does not.
        assertTrue(m.get("wd0_train_loss") < 1e-3 && m.get("wd0_test_loss") > 10, m.toString());
        assertEquals(100, r.history().size());
        // Both start from the same draw: after one epoch the norms differ only by that epoch's decay.
        Map<String, Double> first = r.history().get(0).metrics();
        assertTrue(first.get("wd3_w_norm") < first.get("wd0_w_norm"), first.toString());
        assertTrue(first.get("wd3_w_norm") > 0.9 * first.get("wd0_w_norm"), first.toString());
    }
}
