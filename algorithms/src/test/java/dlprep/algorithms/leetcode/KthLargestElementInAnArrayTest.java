package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KthLargestElementInAnArrayTest {

    @Test
    void findsTheExamples() {
        assertEquals(5, KthLargestElementInAnArray.findKthLargest(new int[] {3, 2, 1, 5, 6, 4}, 2));
        assertEquals(4, KthLargestElementInAnArray.findKthLargest(new int[] {3, 2, 3, 1, 2, 4, 5, 5, 6}, 4));   // 6 5 5 4
        assertEquals(-1, KthLargestElementInAnArray.findKthLargest(new int[] {-1}, 1));
    }

    @Test
    void allEqualValuesEndAtOnceAndTheInputStays() {
        int[] same = new int[5000];
        Arrays.fill(same, 7);
        assertEquals(7, KthLargestElementInAnArray.findKthLargest(same, 2500));
        int[] a = {3, 1, 2};
        KthLargestElementInAnArray.findKthLargest(a, 1);
        assertArrayEquals(new int[] {3, 1, 2}, a);
    }

    @Test
    void refusesKOutsideTheArray() {
        var e = assertThrows(IllegalArgumentException.class, () -> KthLargestElementInAnArray.findKthLargest(new int[] {1, 2}, 3));
        assertTrue(e.getMessage().contains("1..2"));
        assertThrows(IllegalArgumentException.class, () -> KthLargestElementInAnArray.findKthLargest(new int[0], 1));
    }

    @Test
    void agreesWithSorting() {
        Random random = new Random(215);
        for (int t = 0; t < 500; t++) {
            int[] a = random.ints(1 + random.nextInt(12), -3, 4).toArray();
            int[] sorted = a.clone();
            Arrays.sort(sorted);
            for (int k = 1; k <= a.length; k++) {
                assertEquals(sorted[a.length - k], KthLargestElementInAnArray.findKthLargest(a, k));
            }
        }
    }
}
