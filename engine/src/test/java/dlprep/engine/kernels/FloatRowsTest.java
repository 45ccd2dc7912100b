package dlprep.engine.kernels;

import static dlprep.engine.kernels.KernelChecks.randomFloats;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SIMD row loops against plain loops, for every length around the vector width (tails included). */
class FloatRowsTest {

    @Test
    void matchPlainLoopsForAllLengthsAndOffsets() {
        Random random = new Random(1);
        for (int length = 0; length <= 40; length++) {
            float[] x = randomFloats(random, length + 3);
            float[] y = randomFloats(random, length + 5);

            float[] added = y.clone();
            float[] axpy = y.clone();
            float[] expectedAdded = y.clone();
            float[] expectedAxpy = y.clone();
            double dot = 0;
            double sum = 0;
            for (int i = 0; i < length; i++) {
                expectedAdded[3 + i] += x[2 + i];
                expectedAxpy[3 + i] += 0.5f * x[2 + i];
                dot += (double) x[2 + i] * y[1 + i];
                sum += x[2 + i];
            }
            FloatRows.add(x, 2, added, 3, length);
            FloatRows.axpy(0.5f, x, 2, axpy, 3, length);
            assertArrayEquals(expectedAdded, added, "add, length " + length);
            assertArrayEquals(expectedAxpy, axpy, 1e-6f, "axpy, length " + length);
            assertEquals(dot, FloatRows.dot(x, 2, y, 1, length), 1e-5, "dot, length " + length);
            assertEquals(sum, FloatRows.sum(x, 2, length), 1e-5, "sum, length " + length);
        }
    }
}
