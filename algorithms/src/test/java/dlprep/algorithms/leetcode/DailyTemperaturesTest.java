package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class DailyTemperaturesTest {

    @Test
    void answersTheExample() {
        assertArrayEquals(new int[] {1, 1, 4, 2, 1, 1, 0, 0},
                DailyTemperatures.dailyTemperatures(new int[] {73, 74, 75, 71, 69, 72, 76, 73}));
        assertArrayEquals(new int[0], DailyTemperatures.dailyTemperatures(new int[0]));
        assertArrayEquals(new int[] {0}, DailyTemperatures.dailyTemperatures(new int[] {30}));
    }

    @Test
    void equalDaysAreNotWarmer() {
        assertArrayEquals(new int[] {2, 1, 0}, DailyTemperatures.dailyTemperatures(new int[] {70, 70, 71}));
        assertArrayEquals(new int[] {0, 0}, DailyTemperatures.dailyTemperatures(new int[] {70, 70}));
    }

    @Test
    void agreesWithLookingAhead() {
        Random random = new Random(739);
        for (int t = 0; t < 500; t++) {
            int[] a = random.ints(random.nextInt(12), 30, 35).toArray();
            int[] expected = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                for (int j = i + 1; j < a.length; j++) {
                    if (a[j] > a[i]) {
                        expected[i] = j - i;
                        break;
                    }
                }
            }
            assertArrayEquals(expected, DailyTemperatures.dailyTemperatures(a), Arrays.toString(a));
        }
    }
}
