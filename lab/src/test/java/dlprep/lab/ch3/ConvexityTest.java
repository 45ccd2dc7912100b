package dlprep.lab.ch3;

import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConvexityTest {

    @Test
    void jensenGapByHand() {
        // x^2 at -1 and 3 with weights 1/2: (1 + 9) / 2 - 1^2 = 4
        assertEquals(4, Convexity.jensenGap(x -> x * x, new double[] {-1, 3}, new double[] {0.5, 0.5}), 1e-12);
        // cos at -1 and 1: (cos 1 + cos 1) / 2 - cos 0 = 0.540302 - 1 = -0.459698 < 0, so cos is not convex
        assertEquals(Math.cos(1) - 1, Convexity.jensenGap(Math::cos, new double[] {-1, 1}, new double[] {0.5, 0.5}), 1e-12);
    }

    @Test
    void onlyTheNonConvexFunctionsBreakTheInequalitiesWhenSampled() throws Exception {
        var e = Experiments.get("convexity");
        Map<String, Double> m = e.run(e.defaults(), ev -> { });
        assertEquals(0, m.get("jensen_violations_square"));
        assertEquals(0, m.get("jensen_violations_exp"));
        assertTrue(m.get("jensen_violations_cos") > 0, m.toString());
        assertEquals(0, m.get("sublevel_violations_bowl"));
        assertTrue(m.get("sublevel_violations_islands") > 0, m.toString());
    }
}
