package dlprep.lab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.engine.linalg.Norms;
import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;

import java.util.Map;

class ConditionNumberDescentTest {

    @Test
    void rotatedQuadraticHasTheRequestedConditionNumber() {
        assertEquals(100, Norms.conditionNumber(ConditionNumberDescent.quadratic(100)), 1e-10);
    }

    @Test
    void predictedStepsByHand() {
        // kappa = 10: rate 9/11, log(1e-6) / log(9/11) = -13.8155 / -0.2007 = 68.8 -> 69
        assertEquals(69, ConditionNumberDescent.predictedSteps(10));
        assertEquals(1, ConditionNumberDescent.predictedSteps(1));
    }

    @Test
    void stepsGrowLinearlyWithTheConditionNumberAndStayWithinTheBound() throws Exception {
        var e = Experiments.get("math-condition-gd");
        Map<String, Double> m = e.run(e.defaults(), ev -> { });
        assertEquals(1, m.get("steps_kappa_1")); // lr = 2 / (1 + 1) = 1: x - A x = 0 for A = I
        for (double kappa : ConditionNumberDescent.KAPPAS) {
            assertTrue(m.get("steps_kappa_" + (int) kappa) <= ConditionNumberDescent.predictedSteps(kappa), m.toString());
        }
        double ratio = m.get("steps_kappa_1000") / m.get("steps_kappa_100");
        assertTrue(ratio > 8 && ratio < 12, "10x the condition number, " + ratio + "x the steps");
    }
}
