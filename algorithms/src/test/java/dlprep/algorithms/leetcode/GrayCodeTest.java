package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GrayCodeTest {

    @Test
    void twoBitsGiveTheReflectedCode() {
        assertEquals(List.of(0, 1, 3, 2), GrayCode.grayCode(2));
        assertEquals(List.of(0), GrayCode.grayCode(0));
    }

    @Test
    void everyCodeIsAPermutationWithOneBitSteps() {
        for (int n = 1; n <= 10; n++) {
            List<Integer> code = GrayCode.grayCode(n);
            assertEquals(1 << n, new HashSet<>(code).size(), "n = " + n);
            assertEquals(0, code.get(0));
            for (int i = 0; i < code.size(); i++) {
                int next = code.get((i + 1) % code.size());   // includes the wrap-around
                assertEquals(1, Integer.bitCount(code.get(i) ^ next), "n = " + n + ", i = " + i);
                assertEquals(0, code.get(i) >> n);
            }
        }
    }

    @Test
    void refusesSizesOutsideTheProblemRange() {
        assertThrows(IllegalArgumentException.class, () -> GrayCode.grayCode(-1));
        assertThrows(IllegalArgumentException.class, () -> GrayCode.grayCode(17));
    }
}
