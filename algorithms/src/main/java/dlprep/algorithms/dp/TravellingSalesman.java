package dlprep.algorithms.dp;

import java.util.Arrays;

/**
 * Travelling salesman by bitmask DP (Held-Karp). {@code best[mask][v]} is the shortest path that starts at
 * city 0, visits exactly the cities in mask and ends at v; extend it by one unvisited city at a time. The
 * state forgets the order inside mask, which is what collapses n! tours into 2^n n states. O(2^n n^2) time,
 * O(2^n n) memory, so n up to about 20.
 */
public final class TravellingSalesman {

    /** The largest n accepted: 2^n * n longs must fit in memory. */
    public static final int MAX_CITIES = 20;

    private static final long INF = Long.MAX_VALUE / 4;

    private TravellingSalesman() {
    }

    /** The length of the shortest closed tour through all cities (0 for one city). */
    public static long shortestTour(long[][] distance) {
        int n = distance.length;
        if (n == 0 || n > MAX_CITIES) {
            throw new IllegalArgumentException("TravellingSalesman: needs 1.." + MAX_CITIES + " cities, got " + n);
        }
        for (long[] row : distance) {
            if (row.length != n) {
                throw new IllegalArgumentException("TravellingSalesman: the distance matrix must be " + n + " x " + n);
            }
        }
        long[][] best = new long[1 << n][n];
        for (long[] row : best) {
            Arrays.fill(row, INF);
        }
        best[1][0] = 0;
        for (int mask = 1; mask < 1 << n; mask += 2) {   // masks containing city 0
            for (int v = 0; v < n; v++) {
                long d = best[mask][v];
                if (d >= INF) {
                    continue;
                }
                for (int w = 0; w < n; w++) {
                    if ((mask >> w & 1) == 0) {
                        int next = mask | 1 << w;
                        best[next][w] = Math.min(best[next][w], d + distance[v][w]);
                    }
                }
            }
        }
        long tour = INF;
        for (int v = 0; v < n; v++) {
            tour = Math.min(tour, best[(1 << n) - 1][v] + distance[v][0]);
        }
        return tour;
    }
}
