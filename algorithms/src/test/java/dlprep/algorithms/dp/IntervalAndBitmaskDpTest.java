package dlprep.algorithms.dp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Matrix chain and burst balloons (interval DP), travelling salesman (bitmask DP). */
class IntervalAndBitmaskDpTest {

    @Test
    void matrixChainOfClrs() {
        // CLRS 15.2: dimensions 30x35, 35x15, 15x5, 5x10, 10x20, 20x25 -> 15125, ((A1(A2A3))((A4A5)A6))
        MatrixChain.Result r = MatrixChain.optimalOrder(new int[] {30, 35, 15, 5, 10, 20, 25});
        assertEquals(15125, r.cost());
        assertEquals("((A1(A2A3))((A4A5)A6))", r.order());
        assertEquals(new MatrixChain.Result(0, "A1"), MatrixChain.optimalOrder(new int[] {3, 4}));
        assertEquals(24, MatrixChain.optimalOrder(new int[] {2, 3, 4}).cost());   // 2*3*4
        assertThrows(IllegalArgumentException.class, () -> MatrixChain.optimalOrder(new int[] {3}));
        assertThrows(IllegalArgumentException.class, () -> MatrixChain.optimalOrder(new int[] {3, 0}));
    }

    @Test
    void burstBalloonsOfLeetCode312() {
        // [3, 1, 5, 8]: burst 1, 5, 3, 8 -> 3*1*5 + 3*5*8 + 1*3*8 + 1*8*1 = 15 + 120 + 24 + 8 = 167
        assertEquals(167, BurstBalloons.maxCoins(new int[] {3, 1, 5, 8}));
        assertEquals(10, BurstBalloons.maxCoins(new int[] {1, 5}));   // burst 1: 1*1*5, then 5: 1*5*1
        assertEquals(0, BurstBalloons.maxCoins(new int[0]));
    }

    @Test
    void burstBalloonsAgreesWithEveryOrder() {
        Random random = new Random(27);
        for (int t = 0; t < 100; t++) {
            int n = random.nextInt(6);
            List<Integer> balloons = new ArrayList<>();
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = random.nextInt(6);
                balloons.add(nums[i]);
            }
            assertEquals(bestOverOrders(balloons), BurstBalloons.maxCoins(nums));
        }
    }

    @Test
    void travellingSalesmanOnASquare() {
        // four corners of a unit square (Manhattan distances): the tour around the edge, length 4
        long[][] d = {{0, 1, 2, 1}, {1, 0, 1, 2}, {2, 1, 0, 1}, {1, 2, 1, 0}};
        assertEquals(4, TravellingSalesman.shortestTour(d));
        assertEquals(0, TravellingSalesman.shortestTour(new long[][] {{0}}));
        assertEquals(7, TravellingSalesman.shortestTour(new long[][] {{0, 3}, {4, 0}}));   // there and back
        assertThrows(IllegalArgumentException.class, () -> TravellingSalesman.shortestTour(new long[0][0]));
    }

    @Test
    void travellingSalesmanAgreesWithEveryPermutation() {
        Random random = new Random(28);
        for (int t = 0; t < 30; t++) {
            int n = 1 + random.nextInt(6);
            long[][] d = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    d[i][j] = i == j ? 0 : 1 + random.nextInt(20);   // asymmetric on purpose
                }
            }
            List<Integer> rest = new ArrayList<>();
            for (int i = 1; i < n; i++) {
                rest.add(i);
            }
            assertEquals(bestTour(d, 0, rest, 0), TravellingSalesman.shortestTour(d));
        }
    }

    private static long bestOverOrders(List<Integer> balloons) {
        long best = 0;
        for (int i = 0; i < balloons.size(); i++) {
            long left = i > 0 ? balloons.get(i - 1) : 1;
            long right = i + 1 < balloons.size() ? balloons.get(i + 1) : 1;
            List<Integer> rest = new ArrayList<>(balloons);
            rest.remove(i);
            best = Math.max(best, left * balloons.get(i) * right + bestOverOrders(rest));
        }
        return best;
    }

    private static long bestTour(long[][] d, int at, List<Integer> rest, long sofar) {
        if (rest.isEmpty()) {
            return sofar + d[at][0];
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rest.size(); i++) {
            List<Integer> next = new ArrayList<>(rest);
            int city = next.remove(i);
            best = Math.min(best, bestTour(d, city, next, sofar + d[at][city]));
        }
        return best;
    }
}
