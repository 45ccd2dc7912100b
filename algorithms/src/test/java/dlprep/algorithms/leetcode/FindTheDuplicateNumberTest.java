package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FindTheDuplicateNumberTest {

    @Test
    void findsTheExamples() {
        assertEquals(2, FindTheDuplicateNumber.findDuplicate(new int[] {1, 3, 4, 2, 2}));
        assertEquals(3, FindTheDuplicateNumber.findDuplicate(new int[] {3, 1, 3, 4, 2}));
        assertEquals(1, FindTheDuplicateNumber.findDuplicate(new int[] {1, 1}));
    }

    @Test
    void aValueRepeatedManyTimesDefeatsTheSumFormula() {
        // sum - n(n+1)/2 = 12 - 10 = 2 here, but the duplicate is 3
        int[] a = {3, 3, 3, 1, 2};
        assertEquals(3, FindTheDuplicateNumber.findDuplicate(a));
        assertArrayEquals(new int[] {3, 3, 3, 1, 2}, a);   // unchanged
    }

    @Test
    void refusesValuesOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> FindTheDuplicateNumber.findDuplicate(new int[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> FindTheDuplicateNumber.findDuplicate(new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> FindTheDuplicateNumber.findDuplicate(new int[] {1}));
    }

    @Test
    void agreesWithCounting() {
        Random random = new Random(287);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(9);
            int duplicate = 1 + random.nextInt(n);
            int[] a = new int[n + 1];
            for (int i = 0; i < n; i++) {
                a[i] = i + 1;
            }
            a[n] = duplicate;
            for (int i = random.nextInt(n); i > 0; i--) {
                int j = random.nextInt(n + 1);
                if (a[j] != duplicate && Arrays.stream(a).filter(v -> v == duplicate).count() < n) {
                    a[j] = duplicate;   // replace other values: the duplicate may occur many times
                }
            }
            for (int i = a.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = a[i];
                a[i] = a[j];
                a[j] = tmp;
            }
            assertEquals(duplicate, FindTheDuplicateNumber.findDuplicate(a), Arrays.toString(a));
        }
    }
}
