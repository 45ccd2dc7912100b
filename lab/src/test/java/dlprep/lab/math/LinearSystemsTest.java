package dlprep.lab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;

import java.util.Map;

class LinearSystemsTest {

    @Test
    void hilbertFourByHandAndByNumpy() throws Exception {
        // H_2 = [[1, 1/2], [1/2, 1/3]]: det = 1/3 - 1/4 = 1/12.
        assertEquals(1.0 / 12, dlprep.engine.linalg.LuDecomposition.of(LinearSystems.hilbert(2)).determinant(), 1e-16);
        var e = Experiments.get("math-linear-systems");
        Map<String, Double> m = e.run(e.defaults(), ev -> { });
        // numpy 1.24: np.linalg.cond(H_4) = 15513.73873892924, np.linalg.cond(H_8) = 15257575538.06,
        // np.linalg.matrix_rank(H_12) = 11.
        assertEquals(15513.73873892924, m.get("cond_4"), 1e-6);
        // sigma_min of H_8 is ~1e-10 of sigma_max, so any SVD gets it only to about cond * eps = 3e-6 relative.
        assertEquals(1.5257575538e10, m.get("cond_8"), 1e-5 * 1.5257575538e10);
        assertEquals(11, m.get("rank_12"));
        assertEquals(8, m.get("rank_8"));
        assertEquals(1e-50, m.get("det_tenth_identity_50"), 1e-60);
        assertEquals(2, m.get("singular_pivot_column"));
    }

    @Test
    void errorGrowsWithTheConditionNumberAndSolveBeatsTheInverse() throws Exception {
        var e = Experiments.get("math-linear-systems");
        Map<String, Double> m = e.run(e.defaults(), ev -> { });
        assertTrue(m.get("solve_error_4") < 1e-11 && m.get("solve_error_8") > 1e-9 && m.get("solve_error_12") > 1e-3,
                m.toString());
        for (int n : LinearSystems.SIZES) {
            assertTrue(m.get("solve_error_" + n) <= m.get("inverse_error_" + n), "n = " + n + ": " + m);
            // a relative error near cond * eps, within a factor of 100
            assertTrue(m.get("solve_error_" + n) < 100 * m.get("cond_" + n) * Math.ulp(1.0), "n = " + n);
        }
    }
}
