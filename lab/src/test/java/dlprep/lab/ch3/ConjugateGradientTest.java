package dlprep.lab.ch3;

import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConjugateGradientTest {

    @Test
    void reachesTheMinimumOfTheNotesExampleInTwoSteps() {
        // A = diag(2, 4), b = 0, x0 = (-5, -2): r0 = (10, 8), alpha0 = r.r / r.Ar = 164 / (2 * 100 + 4 * 64) = 164 / 456,
        // x1 = (-5 + 10 * 0.359649, -2 + 8 * 0.359649) = (-1.403509, 0.877193); the second step lands on (0, 0)
        var cg = ConjugateGradient.conjugateGradient(ConjugateGradient.ROUND, new double[2], Trajectory2D.START);
        assertArrayEquals(new double[] {-5 + 10 * 164.0 / 456, -2 + 8 * 164.0 / 456}, cg.path().get(1), 1e-12);
        assertArrayEquals(new double[] {0, 0}, cg.path().get(2), 1e-12);
        assertEquals(2, cg.iterations());
        // steepest descent takes the same first step (the exact line search along r0), then zig-zags
        var sd = ConjugateGradient.steepestDescent(ConjugateGradient.ROUND, new double[2], Trajectory2D.START);
        assertArrayEquals(cg.path().get(1), sd.path().get(1), 1e-12);
        assertTrue(sd.iterations() > 10, "steepest descent " + sd.iterations());
    }

    @Test
    void conjugateGradientNeedsFarFewerIterationsOnTheIllConditionedQuadratic() throws Exception {
        var e = Experiments.get("conjugate-gradient");
        Map<String, Double> m = e.run(e.defaults(), ev -> { });
        // kappa = 100: steepest descent about kappa/2 ln(1e8) = 921 (a bound), conjugate gradient near n = 50
        assertTrue(m.get("cg_iterations") <= 2 * ConjugateGradient.N, m.toString());
        assertTrue(m.get("sd_iterations") > 5 * m.get("cg_iterations"), m.toString());
    }
}
