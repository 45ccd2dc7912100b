package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RedundantConnectionTest {

    @Test
    void returnsTheLastCycleEdge() {
        assertArrayEquals(new int[] {2, 3}, RedundantConnection.findRedundantConnection(new int[][] {{1, 2}, {1, 3}, {2, 3}}));
        assertArrayEquals(new int[] {1, 4},
                RedundantConnection.findRedundantConnection(new int[][] {{1, 2}, {2, 3}, {3, 4}, {1, 4}, {1, 5}}));
    }

    @Test
    void refusesEmptyInputAndOutOfRangeNodes() {
        assertThrows(IllegalArgumentException.class, () -> RedundantConnection.findRedundantConnection(new int[0][]));
        assertThrows(IllegalArgumentException.class, () -> RedundantConnection.findRedundantConnection(new int[][] {{1, 2}, {3, 1}}));
    }

    @Test
    void agreesWithRemovingEdgesFromTheLast() {
        Random random = new Random(684);
        for (int t = 0; t < 300; t++) {
            int n = 3 + random.nextInt(6);
            List<int[]> edges = new ArrayList<>();
            for (int v = 2; v <= n; v++) {
                edges.add(new int[] {1 + random.nextInt(v - 1), v});   // a random tree
            }
            int a = 1 + random.nextInt(n);
            int b = 1 + random.nextInt(n);
            if (a == b || hasEdge(edges, a, b)) {
                continue;   // the problem has no self-loops or parallel edges
            }
            edges.add(new int[] {Math.min(a, b), Math.max(a, b)});
            Collections.shuffle(edges, random);
            int[][] input = edges.toArray(new int[0][]);
            int[] expected = null;
            for (int i = input.length - 1; i >= 0 && expected == null; i--) {
                if (connectedWithout(input, i, n)) {
                    expected = input[i];
                }
            }
            assertArrayEquals(expected, RedundantConnection.findRedundantConnection(input), Arrays.deepToString(input));
        }
    }

    private static boolean hasEdge(List<int[]> edges, int a, int b) {
        return edges.stream().anyMatch(e -> e[0] == a && e[1] == b || e[0] == b && e[1] == a);
    }

    /** Whether the graph without edge {@code skip} connects all n nodes (then it is a tree). */
    private static boolean connectedWithout(int[][] edges, int skip, int n) {
        boolean[] reached = new boolean[n + 1];
        reached[1] = true;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < edges.length; i++) {
                if (i != skip && reached[edges[i][0]] != reached[edges[i][1]]) {
                    reached[edges[i][0]] = reached[edges[i][1]] = true;
                    changed = true;
                }
            }
        }
        for (int v = 1; v <= n; v++) {
            if (!reached[v]) {
                return false;
            }
        }
        return true;
    }
}
