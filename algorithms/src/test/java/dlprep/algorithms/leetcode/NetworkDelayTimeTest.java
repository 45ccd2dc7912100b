package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkDelayTimeTest {

    @Test
    void answersTheExamples() {
        assertEquals(2, NetworkDelayTime.networkDelayTime(new int[][] {{2, 1, 1}, {2, 3, 1}, {3, 4, 1}}, 4, 2));
        assertEquals(1, NetworkDelayTime.networkDelayTime(new int[][] {{1, 2, 1}}, 2, 1));
        assertEquals(-1, NetworkDelayTime.networkDelayTime(new int[][] {{1, 2, 1}}, 2, 2));
        assertEquals(0, NetworkDelayTime.networkDelayTime(new int[0][], 1, 1));
    }

    @Test
    void aLongerPathWithFewerTimeWins() {
        // 1 -> 3 directly costs 10; 1 -> 2 -> 3 costs 1 + 2 = 3
        assertEquals(3, NetworkDelayTime.networkDelayTime(new int[][] {{1, 3, 10}, {1, 2, 1}, {2, 3, 2}}, 3, 1));
    }

    @Test
    void refusesNegativeTimesAndUnknownNodes() {
        var e = assertThrows(IllegalArgumentException.class, () -> NetworkDelayTime.networkDelayTime(new int[][] {{1, 2, -1}}, 2, 1));
        assertTrue(e.getMessage().contains("negative"));
        assertThrows(IllegalArgumentException.class, () -> NetworkDelayTime.networkDelayTime(new int[][] {{1, 3, 1}}, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> NetworkDelayTime.networkDelayTime(new int[0][], 2, 3));
    }

    @Test
    void agreesWithFloydWarshall() {
        Random random = new Random(743);
        for (int t = 0; t < 300; t++) {
            int n = 1 + random.nextInt(6);
            int[][] times = new int[random.nextInt(12)][];
            long[][] d = new long[n + 1][n + 1];
            for (long[] row : d) {
                Arrays.fill(row, Long.MAX_VALUE / 4);
            }
            for (int v = 1; v <= n; v++) {
                d[v][v] = 0;
            }
            for (int i = 0; i < times.length; i++) {
                times[i] = new int[] {1 + random.nextInt(n), 1 + random.nextInt(n), random.nextInt(10)};
                d[times[i][0]][times[i][1]] = Math.min(d[times[i][0]][times[i][1]], times[i][2]);
            }
            for (int k = 1; k <= n; k++) {
                for (int i = 1; i <= n; i++) {
                    for (int j = 1; j <= n; j++) {
                        d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
                    }
                }
            }
            int source = 1 + random.nextInt(n);
            long worst = 0;
            for (int v = 1; v <= n; v++) {
                worst = Math.max(worst, d[source][v]);
            }
            int expected = worst >= Long.MAX_VALUE / 4 ? -1 : (int) worst;
            assertEquals(expected, NetworkDelayTime.networkDelayTime(times, n, source), Arrays.deepToString(times));
        }
    }
}
