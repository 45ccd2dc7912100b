package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class ProductArrayTest {
    @Test
    void multipliesEverythingButTheElementItself() {
        assertArrayEquals(new int[] {120, 60, 40, 30, 24}, ProductArray.multiply(new int[] {1, 2, 3, 4, 5}));
    }

    @Test
    void zerosNeedNoDivision() {
        assertArrayEquals(new int[] {0, 3, 0}, ProductArray.multiply(new int[] {1, 0, 3}));
        assertArrayEquals(new int[] {0, 0, 0}, ProductArray.multiply(new int[] {0, 2, 0}));
    }

    @Test
    void emptyAndOneElement() {
        assertArrayEquals(new int[0], ProductArray.multiply(new int[0]));
        assertArrayEquals(new int[] {1}, ProductArray.multiply(new int[] {7})); // the empty product
    }

    @Test
    void overflowWrapsExactlyAsMultiplyingOneByOne() {
        int[] a = {Integer.MAX_VALUE, 3, Integer.MIN_VALUE, -1};
        assertArrayEquals(naive(a), ProductArray.multiply(a));
    }

    @Test
    void agreesWithMultiplyingTheOthersOnRandomArrays() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            int[] a = new int[rng.nextInt(8)];
            for (int i = 0; i < a.length; i++) {
                a[i] = rng.nextInt(3) == 0 ? rng.nextInt() : rng.nextInt(7) - 3;
            }
            assertArrayEquals(naive(a), ProductArray.multiply(a));
        }
    }

    private static int[] naive(int[] a) {
        int[] b = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = 1;
            for (int j = 0; j < a.length; j++) {
                if (j != i) {
                    b[i] *= a[j];
                }
            }
        }
        return b;
    }

    @Test
    void rejectsNull() {
        assertRejected(ProductArray.class, () -> ProductArray.multiply(null));
    }
}
