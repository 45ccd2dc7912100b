package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TheSkylineProblemTest {

    @Test
    void drawsTheExample() {
        int[][] buildings = {{2, 9, 10}, {3, 7, 15}, {5, 12, 12}, {15, 20, 10}, {19, 24, 8}};
        assertEquals(List.of(List.of(2, 10), List.of(3, 15), List.of(7, 12), List.of(12, 0), List.of(15, 10),
                List.of(20, 8), List.of(24, 0)), TheSkylineProblem.getSkyline(buildings));
        assertEquals(List.of(), TheSkylineProblem.getSkyline(new int[0][]));
    }

    @Test
    void adjacentEqualBuildingsMakeOneRoof() {
        assertEquals(List.of(List.of(0, 3), List.of(5, 0)), TheSkylineProblem.getSkyline(new int[][] {{0, 2, 3}, {2, 5, 3}}));
        assertEquals(List.of(List.of(0, 3), List.of(5, 0)), TheSkylineProblem.getSkyline(new int[][] {{0, 5, 3}, {0, 5, 3}}));
        assertEquals(List.of(), TheSkylineProblem.getSkyline(new int[][] {{1, 1, 5}, {2, 4, 0}}));   // zero width, zero height
    }

    @Test
    void refusesMalformedBuildings() {
        assertThrows(IllegalArgumentException.class, () -> TheSkylineProblem.getSkyline(new int[][] {{3, 1, 5}}));
        assertThrows(IllegalArgumentException.class, () -> TheSkylineProblem.getSkyline(new int[][] {{1, 3, -1}}));
    }

    @Test
    void agreesWithTheHeightAtEveryUnitInterval() {
        Random random = new Random(218);
        for (int t = 0; t < 500; t++) {
            int[][] b = new int[random.nextInt(5)][];
            for (int i = 0; i < b.length; i++) {
                int l = random.nextInt(10);
                b[i] = new int[] {l, l + 1 + random.nextInt(5), 1 + random.nextInt(4)};
            }
            // with integer edges the outline is constant on every [x, x + 1)
            List<List<Integer>> expected = new ArrayList<>();
            int last = 0;
            for (int x = 0; x <= 16; x++) {
                int h = 0;
                for (int[] bi : b) {
                    if (bi[0] <= x && x < bi[1]) {
                        h = Math.max(h, bi[2]);
                    }
                }
                if (h != last) {
                    expected.add(List.of(x, h));
                    last = h;
                }
            }
            assertEquals(expected, TheSkylineProblem.getSkyline(b), Arrays.deepToString(b));
        }
    }
}
