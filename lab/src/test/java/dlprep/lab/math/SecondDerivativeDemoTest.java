package dlprep.lab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.engine.autograd.SecondDerivativeTest.Verdict;
import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class SecondDerivativeDemoTest {

    @Test
    void eachPointGetsTheVerdictItsHessianGivesByHand() {
        // x^3 - 3x + y^2: H = diag(6x, 2) -> (1, 0) minimum, (-1, 0) saddle; -x^2 - y^2 + xy: [[-2, 1], [1, -2]],
        // eigenvalues -1 and -3, maximum; x^2 + 4xy + y^2: [[2, 4], [4, 2]], eigenvalues 6 and -2, saddle; x^4 + y^4: 0.
        List<Verdict> expected = List.of(Verdict.LOCAL_MINIMUM, Verdict.SADDLE_POINT, Verdict.LOCAL_MAXIMUM,
                Verdict.SADDLE_POINT, Verdict.INCONCLUSIVE);
        for (int i = 0; i < expected.size(); i++) {
            SecondDerivativeDemo.Finding f = SecondDerivativeDemo.examine(SecondDerivativeDemo.POINTS.get(i));
            assertEquals(expected.get(i), f.verdict(), SecondDerivativeDemo.POINTS.get(i).function());
            assertTrue(f.gradientNorm() < 1e-12, "not a critical point");
        }
        assertArrayEquals(new double[] {6, -2}, SecondDerivativeDemo.examine(SecondDerivativeDemo.POINTS.get(3)).eigenvalues(), 1e-8);
    }

    @Test
    void demoCountsTheVerdictsAndTheHessiansAgree() throws Exception {
        var e = Experiments.get("math-second-derivative-test");
        Map<String, Double> m = e.run(e.defaults(), ev -> { });
        assertEquals(1, m.get("local_minimum"));
        assertEquals(1, m.get("local_maximum"));
        assertEquals(2, m.get("saddle_point"));
        assertEquals(1, m.get("inconclusive"));
        assertTrue(m.get("hessian_max_difference") < 1e-5, m.toString());
    }
}
