package dlprep.algorithms.math;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MatrixPowerTest {

    @Test
    void fibonacciSmallValues() {
        long[] expected = {0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55};
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n], MatrixPower.fibonacci(n, Long.MAX_VALUE));
        }
        assertEquals(7_540_113_804_746_346_429L, MatrixPower.fibonacci(92, Long.MAX_VALUE));   // F(92), the last below 2^63
    }

    @Test
    void fibonacciModuloAgreesWithIteration() {
        long m = 1_000_000_007L;
        long a = 0;
        long b = 1;
        for (int n = 0; n < 500; n++) {
            assertEquals(a, MatrixPower.fibonacci(n, m));
            long t = (a + b) % m;
            a = b;
            b = t;
        }
    }

    @Test
    void zeroPowerIsIdentity() {
        long[][] id = MatrixPower.pow(new long[][] {{2, 3}, {4, 5}}, 0, 10);
        assertArrayEquals(new long[] {1, 0}, id[0]);
        assertArrayEquals(new long[] {0, 1}, id[1]);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MatrixPower.pow(new long[][] {{1, 2}}, 2, 7));
        assertThrows(IllegalArgumentException.class, () -> MatrixPower.fibonacci(-1, 7));
        assertThrows(IllegalArgumentException.class, () -> MatrixPower.pow(new long[][] {{1}}, 2, 0));
    }
}
