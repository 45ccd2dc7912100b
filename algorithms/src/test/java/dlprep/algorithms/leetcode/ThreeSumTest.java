package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThreeSumTest {

    @Test
    void findsTheExampleTriplets() {
        assertEquals(List.of(List.of(-1, -1, 2), List.of(-1, 0, 1)), ThreeSum.threeSum(new int[] {-1, 0, 1, 2, -1, -4}));
        assertEquals(List.of(), ThreeSum.threeSum(new int[] {0, 1, 1}));
        assertEquals(List.of(), ThreeSum.threeSum(new int[0]));
    }

    @Test
    void duplicatesAreReportedOnce() {
        assertEquals(List.of(List.of(0, 0, 0)), ThreeSum.threeSum(new int[] {0, 0, 0, 0, 0}));
        assertEquals(List.of(List.of(-1, 0, 1)), ThreeSum.threeSum(new int[] {-1, -1, 0, 1, 1}));
    }

    @Test
    void largeValuesDoNotWrapToZero() {
        // MAX + MAX + 2 wraps to 0 in int arithmetic
        assertEquals(List.of(), ThreeSum.threeSum(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, 2}));
        assertEquals(List.of(List.of(Integer.MIN_VALUE, 1, Integer.MAX_VALUE)),
                ThreeSum.threeSum(new int[] {Integer.MAX_VALUE, 1, Integer.MIN_VALUE}));
    }

    @Test
    void agreesWithAllTriples() {
        Random random = new Random(15);
        for (int t = 0; t < 300; t++) {
            int[] a = random.ints(random.nextInt(10), -4, 5).toArray();
            TreeSet<List<Integer>> expected = new TreeSet<>((x, y) -> {
                for (int i = 0; i < 3; i++) {
                    int c = Integer.compare(x.get(i), y.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
            for (int i = 0; i < a.length; i++) {
                for (int j = i + 1; j < a.length; j++) {
                    for (int k = j + 1; k < a.length; k++) {
                        if (a[i] + a[j] + a[k] == 0) {
                            int[] tr = {a[i], a[j], a[k]};
                            Arrays.sort(tr);
                            expected.add(List.of(tr[0], tr[1], tr[2]));
                        }
                    }
                }
            }
            assertEquals(new ArrayList<>(expected), ThreeSum.threeSum(a), Arrays.toString(a));
        }
    }
}
