package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongestIncreasingSubsequenceTest {

    @Test
    void measuresTheExamples() {
        assertEquals(4, LongestIncreasingSubsequence.lengthOfLIS(new int[] {10, 9, 2, 5, 3, 7, 101, 18}));   // 2 3 7 18
        assertEquals(4, LongestIncreasingSubsequence.lengthOfLIS(new int[] {0, 1, 0, 3, 2, 3}));
        assertEquals(0, LongestIncreasingSubsequence.lengthOfLIS(new int[0]));
        assertEquals(1, LongestIncreasingSubsequence.lengthOfLIS(new int[] {5}));
    }

    @Test
    void equalValuesDoNotExtendEachOther() {
        assertEquals(1, LongestIncreasingSubsequence.lengthOfLIS(new int[] {7, 7, 7, 7}));   // upper bound would say 4
        assertEquals(3, LongestIncreasingSubsequence.lengthOfLIS(new int[] {1, 2, 2, 3}));
    }

    @Test
    void agreesWithTheQuadraticDp() {
        Random random = new Random(300);
        for (int t = 0; t < 500; t++) {
            int[] a = random.ints(random.nextInt(15), -5, 6).toArray();
            int[] ending = new int[a.length];
            int best = 0;
            for (int i = 0; i < a.length; i++) {
                ending[i] = 1;
                for (int j = 0; j < i; j++) {
                    if (a[j] < a[i]) {
                        ending[i] = Math.max(ending[i], ending[j] + 1);
                    }
                }
                best = Math.max(best, ending[i]);
            }
            assertEquals(best, LongestIncreasingSubsequence.lengthOfLIS(a), Arrays.toString(a));
        }
    }
}
