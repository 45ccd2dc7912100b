package dlprep.algorithms.graphs;

import java.util.List;

/** A minimum spanning forest: its total weight and the edges (numbers as added to the graph) it uses. */
public record SpanningTree(long weight, List<Integer> edges) {
}
