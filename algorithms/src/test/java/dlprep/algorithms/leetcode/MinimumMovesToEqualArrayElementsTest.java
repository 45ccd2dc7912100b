package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MinimumMovesToEqualArrayElementsTest {

    @Test
    void countsMoves() {
        assertEquals(3, MinimumMovesToEqualArrayElements.minMoves(new int[] {1, 2, 3}));   // 6 - 3 * 1
        assertEquals(0, MinimumMovesToEqualArrayElements.minMoves(new int[] {4}));
        assertEquals(0, MinimumMovesToEqualArrayElements.minMoves(new int[] {7, 7, 7}));
    }

    @Test
    void doesNotOverflowOnExtremeValues() {
        // MAX_VALUE - MIN_VALUE = 2^32 - 1 = 4294967295
        assertEquals(4_294_967_295L, MinimumMovesToEqualArrayElements.minMoves(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}));
        assertEquals(2 * 4_294_967_295L,
                MinimumMovesToEqualArrayElements.minMoves(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE}));
    }

    @Test
    void agreesWithSimulatingTheMoves() {
        Random random = new Random(453);
        for (int t = 0; t < 200; t++) {
            int[] a = random.ints(1 + random.nextInt(5), -5, 6).toArray();
            int[] b = a.clone();
            long moves = 0;
            while (Arrays.stream(b).distinct().count() > 1) {
                int max = 0;
                for (int i = 1; i < b.length; i++) {
                    if (b[i] > b[max]) {
                        max = i;
                    }
                }
                for (int i = 0; i < b.length; i++) {
                    if (i != max) {
                        b[i]++;   // one move: every element but one largest grows
                    }
                }
                moves++;
            }
            assertEquals(moves, MinimumMovesToEqualArrayElements.minMoves(a), Arrays.toString(a));
        }
    }

    @Test
    void refusesAnEmptyArray() {
        assertThrows(IllegalArgumentException.class, () -> MinimumMovesToEqualArrayElements.minMoves(new int[0]));
    }
}
