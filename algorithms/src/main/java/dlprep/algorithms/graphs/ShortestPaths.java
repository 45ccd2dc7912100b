package dlprep.algorithms.graphs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Single-source shortest paths as the algorithms return them: {@code distance[v]} ({@link #UNREACHABLE} if
 * no path) and {@code parent[v]}, the vertex before v on a shortest path (-1 for the source and unreached
 * vertices), from which a path is read backwards.
 */
public record ShortestPaths(int source, long[] distance, int[] parent) {

    public static final long UNREACHABLE = Long.MAX_VALUE;

    public boolean reachable(int v) {
        return distance[v] != UNREACHABLE;
    }

    /** The vertices of a shortest path source .. v, or an empty list if v is unreachable. */
    public List<Integer> pathTo(int v) {
        if (!reachable(v)) {
            return List.of();
        }
        List<Integer> path = new ArrayList<>();
        for (int x = v; x != -1; x = parent[x]) {
            path.add(x);
        }
        Collections.reverse(path);
        return path;
    }
}
