package dlprep.algorithms.graphs;

import java.util.Arrays;

/**
 * Floyd-Warshall all-pairs shortest paths. {@code d_k[i][j]} is the shortest i -> j path whose intermediate
 * vertices are all below k; allowing vertex k gives {@code d_{k+1}[i][j] = min(d_k[i][j], d_k[i][k] + d_k[k][j])},
 * which is why k must be the outer loop. One matrix updated in place suffices (row and column k do not
 * change in step k). O(V^3) time, O(V^2) memory. A negative diagonal entry at the end means a negative cycle.
 */
public final class FloydWarshall {

    private FloydWarshall() {
    }

    /** {@code d[i][j]}, {@link ShortestPaths#UNREACHABLE} when there is no path; parallel arcs keep the lightest. */
    public static long[][] allPairs(Graph g) {
        int n = g.vertexCount();
        long[][] d = new long[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(d[i], ShortestPaths.UNREACHABLE);
            d[i][i] = 0;
        }
        for (int a = 0; a < g.arcCount(); a++) {
            int u = g.arcFrom(a);
            int v = g.arcTo(a);
            d[u][v] = Math.min(d[u][v], g.arcWeight(a));
        }
        for (int k = 0; k < n; k++) {
            long[] dk = d[k];
            for (int i = 0; i < n; i++) {
                long dik = d[i][k];
                if (dik == ShortestPaths.UNREACHABLE) {
                    continue;
                }
                long[] di = d[i];
                for (int j = 0; j < n; j++) {
                    if (dk[j] != ShortestPaths.UNREACHABLE && dik + dk[j] < di[j]) {
                        di[j] = dik + dk[j];
                    }
                }
            }
        }
        return d;
    }

    /** Whether the matrix of {@link #allPairs} shows a negative cycle (some vertex reaches itself below 0). */
    public static boolean hasNegativeCycle(long[][] d) {
        for (int i = 0; i < d.length; i++) {
            if (d[i][i] < 0) {
                return true;
            }
        }
        return false;
    }
}
