package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MaxPointsOnALineTest {

    @Test
    void countsTheExamples() {
        assertEquals(3, MaxPointsOnALine.maxPoints(new int[][] {{1, 1}, {2, 2}, {3, 3}}));
        assertEquals(4, MaxPointsOnALine.maxPoints(new int[][] {{1, 1}, {3, 2}, {5, 3}, {4, 1}, {2, 3}, {1, 4}}));
        assertEquals(0, MaxPointsOnALine.maxPoints(new int[0][]));
        assertEquals(1, MaxPointsOnALine.maxPoints(new int[][] {{7, 7}}));
    }

    @Test
    void verticalHorizontalAndOppositeDirectionsAreExact() {
        assertEquals(3, MaxPointsOnALine.maxPoints(new int[][] {{0, 0}, {0, 5}, {0, -3}, {1, 1}}));      // vertical
        assertEquals(3, MaxPointsOnALine.maxPoints(new int[][] {{-2, 0}, {0, 0}, {3, 0}, {1, 1}}));      // 0.0 vs -0.0
        // slopes 1/1000000 and 1/999999 differ only in the 12th digit
        assertEquals(2, MaxPointsOnALine.maxPoints(new int[][] {{0, 0}, {1_000_000, 1}, {999_999, 1}}));
        assertEquals(2, MaxPointsOnALine.maxPoints(new int[][] {{Integer.MIN_VALUE, 0}, {Integer.MAX_VALUE, 0}}));
    }

    @Test
    void duplicatePointsLieOnEveryLine() {
        assertEquals(4, MaxPointsOnALine.maxPoints(new int[][] {{1, 1}, {1, 1}, {2, 3}, {3, 5}}));
        assertEquals(3, MaxPointsOnALine.maxPoints(new int[][] {{0, 0}, {0, 0}, {0, 0}}));
    }

    @Test
    void refusesMalformedPoints() {
        assertThrows(IllegalArgumentException.class, () -> MaxPointsOnALine.maxPoints(new int[][] {{1, 2, 3}}));
    }

    @Test
    void agreesWithCrossProductsOverAllPairs() {
        Random random = new Random(149);
        for (int t = 0; t < 300; t++) {
            int[][] p = new int[random.nextInt(8)][];
            for (int i = 0; i < p.length; i++) {
                p[i] = new int[] {random.nextInt(5), random.nextInt(5)};
            }
            int best = Math.min(p.length, 1);
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p.length; j++) {
                    if (p[i][0] == p[j][0] && p[i][1] == p[j][1]) {
                        continue;   // two distinct points define the line
                    }
                    int on = 0;
                    for (int[] q : p) {
                        long cross = (long) (p[j][0] - p[i][0]) * (q[1] - p[i][1]) - (long) (p[j][1] - p[i][1]) * (q[0] - p[i][0]);
                        on += cross == 0 ? 1 : 0;
                    }
                    best = Math.max(best, on);
                }
            }
            if (best == 1 && p.length > 1) {
                best = p.length;   // all points equal
            }
            assertEquals(best, MaxPointsOnALine.maxPoints(p), Arrays.deepToString(p));
        }
    }
}
