package dlprep.lab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;

import java.util.Map;

class SoftmaxOverflowTest {

    @Test
    void naiveFormulasBreakWhereTheStableOnesDoNot() {
        // e^1000 overflows: inf / inf
        assertTrue(Double.isNaN(SoftmaxOverflow.naiveSoftmax(new double[] {1000, 1001})[0]));
        assertEquals(Double.POSITIVE_INFINITY, SoftmaxOverflow.naiveLogSumExp(new double[] {1000, 1001}));
        // e^-1000 underflows: 0 / 0, log 0
        assertTrue(Double.isNaN(SoftmaxOverflow.naiveSoftmax(new double[] {-1000, -1001})[0]));
        assertEquals(Double.NEGATIVE_INFINITY, SoftmaxOverflow.naiveLogSumExp(new double[] {-1000, -1001}));
        // softmax([1000, 1000]) = [1/2, 1/2]; log(e^1000 + e^1000) = 1000 + log 2
        assertArrayEquals(new double[] {0.5, 0.5}, SoftmaxOverflow.stableSoftmax(new double[] {1000, 1000}), 1e-15);
        assertEquals(1000 + Math.log(2), SoftmaxOverflow.stableLogSumExp(new double[] {1000, 1000}), 1e-12);
    }

    @Test
    void demoCountsTheBrokenCasesAndTheStableErrors() throws Exception {
        var e = Experiments.get("math-softmax-overflow");
        Map<String, Double> m = e.run(e.defaults(), ev -> { });
        assertEquals(2, m.get("naive_softmax_nan_cases"));        // overflow and underflow
        assertEquals(2, m.get("naive_logsumexp_infinite_cases"));
        assertTrue(m.get("stable_softmax_max_error") < 1e-15, m.toString());
        assertTrue(m.get("stable_logsumexp_max_error") < 1e-12, m.toString());
        // log-softmax of [0, -800] at class 1: -800 - log(1 + e^-800) = -800 in double
        assertEquals(-800, m.get("log_softmax_of_tiny_probability"), 1e-12);
    }
}
