package dlprep.algorithms.leetcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Network Delay Time: a signal leaves node k of a directed network with travel times on the edges; how
 * long until every node has received it (-1 if some node never does)? That is the largest shortest-path
 * distance from k.
 *
 * <p>Approach: Dijkstra with a binary heap and lazy deletion: push (distance, node) whenever a distance
 * improves, and skip popped entries whose distance is stale.
 *
 * <p>Complexity: O(E log E) time, O(V + E) space.
 *
 * <p>Pitfall: stale heap entries. Java's PriorityQueue has no decrease-key, so a node may sit in the heap
 * several times; without the staleness check every copy rescans the node's edges, quadratic on dense graphs.
 * Unreachable nodes keep distance infinity and make the answer -1; nodes are numbered from 1. Dijkstra
 * needs non-negative times, so negative ones are refused.
 */
public final class NetworkDelayTime {

    private NetworkDelayTime() {
    }

    public static int networkDelayTime(int[][] times, int n, int k) {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("networkDelayTime: need n >= 1 and k in 1..n, got n = " + n + ", k = " + k);
        }
        List<List<int[]>> out = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            out.add(new ArrayList<>());
        }
        for (int[] t : times) {
            if (t[0] < 1 || t[0] > n || t[1] < 1 || t[1] > n) {
                throw new IllegalArgumentException("networkDelayTime: edge " + Arrays.toString(t) + " names a node outside 1.." + n);
            }
            if (t[2] < 0) {
                throw new IllegalArgumentException("networkDelayTime: edge " + Arrays.toString(t) + " has a negative time; Dijkstra needs >= 0");
            }
            out.get(t[0]).add(new int[] {t[1], t[2]});
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[k] = 0;
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        heap.add(new long[] {0, k});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;   // a stale entry: u was already settled with a shorter distance
            }
            for (int[] edge : out.get(u)) {
                long candidate = dist[u] + edge[1];
                if (candidate < dist[edge[0]]) {
                    dist[edge[0]] = candidate;
                    heap.add(new long[] {candidate, edge[0]});
                }
            }
        }
        long worst = 0;
        for (int v = 1; v <= n; v++) {
            worst = Math.max(worst, dist[v]);
        }
        if (worst == Long.MAX_VALUE) {
            return -1;
        }
        if (worst > Integer.MAX_VALUE) {
            throw new ArithmeticException("networkDelayTime: the delay " + worst + " exceeds int");
        }
        return (int) worst;
    }
}
