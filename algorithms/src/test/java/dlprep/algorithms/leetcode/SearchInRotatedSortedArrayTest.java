package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Search in Rotated Sorted Array and Find Minimum in Rotated Sorted Array over all rotations. */
class SearchInRotatedSortedArrayTest {

    @Test
    void searchesTheExamples() {
        assertEquals(4, SearchInRotatedSortedArray.search(new int[] {4, 5, 6, 7, 0, 1, 2}, 0));
        assertEquals(-1, SearchInRotatedSortedArray.search(new int[] {4, 5, 6, 7, 0, 1, 2}, 3));
        assertEquals(-1, SearchInRotatedSortedArray.search(new int[] {1}, 0));
        assertEquals(-1, SearchInRotatedSortedArray.search(new int[0], 5));
    }

    @Test
    void twoElementsLeftNeedTheInclusiveComparison() {
        // lo == mid on [3, 1]: with a[lo] < a[mid] the search for 1 would look left
        assertEquals(1, SearchInRotatedSortedArray.search(new int[] {3, 1}, 1));
        assertEquals(0, SearchInRotatedSortedArray.search(new int[] {3, 1}, 3));
    }

    @Test
    void findsTheMinimumOfRotatedAndUnrotatedArrays() {
        assertEquals(1, FindMinimumInRotatedSortedArray.findMin(new int[] {3, 4, 5, 1, 2}));
        assertEquals(0, FindMinimumInRotatedSortedArray.findMin(new int[] {4, 5, 6, 7, 0, 1, 2}));
        assertEquals(11, FindMinimumInRotatedSortedArray.findMin(new int[] {11, 13, 15, 17}));   // not rotated
        assertEquals(-3, FindMinimumInRotatedSortedArray.findMin(new int[] {-3}));
        assertEquals(1, FindMinimumInRotatedSortedArray.findMin(new int[] {2, 1}));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FindMinimumInRotatedSortedArray.findMin(new int[0]));
    }

    @Test
    void agreesWithLinearScanOverEveryRotation() {
        Random random = new Random(33);
        for (int t = 0; t < 100; t++) {
            int n = 1 + random.nextInt(9);
            int[] sorted = random.ints(-20, 20).distinct().limit(n).sorted().toArray();
            for (int shift = 0; shift < n; shift++) {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = sorted[(i + shift) % n];
                }
                assertEquals(sorted[0], FindMinimumInRotatedSortedArray.findMin(a));
                for (int target = -21; target <= 20; target++) {
                    int expected = -1;
                    for (int i = 0; i < n; i++) {
                        if (a[i] == target) {
                            expected = i;
                        }
                    }
                    assertEquals(expected, SearchInRotatedSortedArray.search(a, target));
                }
            }
        }
    }
}
