package dlprep.algorithms.leetcode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluate Division: equations a / b = k between variables are given; answer queries c / d, or -1.0 when
 * they cannot be determined.
 *
 * <p>Approach: a weighted graph with an edge a -> b of weight k and b -> a of weight 1/k; c / d is the
 * product of the weights along any path from c to d (all paths agree when the equations are consistent),
 * found by breadth-first search.
 *
 * <p>Complexity: O(q (V + E)) time for q queries, O(V + E) space. Weighted union-find answers each query
 * in near O(1).
 *
 * <p>Pitfall: unknown variables. x / x is 1.0 only when x appears in some equation; for an unknown x it
 * is -1.0. Variables in different components are also undetermined, not 0. Zero or negative weights are
 * refused (the problem's values are positive; 1/0 would poison the graph).
 */
public final class EvaluateDivision {

    private EvaluateDivision() {
    }

    public static double[] calcEquation(List<List<String>> equations, double[] values, List<List<String>> queries) {
        if (equations.size() != values.length) {
            throw new IllegalArgumentException("calcEquation: " + equations.size() + " equations but " + values.length + " values");
        }
        Map<String, Map<String, Double>> graph = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            String a = equations.get(i).get(0);
            String b = equations.get(i).get(1);
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("calcEquation: " + a + " / " + b + " = " + values[i] + "; values must be positive and finite");
            }
            graph.computeIfAbsent(a, k -> new HashMap<>()).put(b, values[i]);
            graph.computeIfAbsent(b, k -> new HashMap<>()).put(a, 1 / values[i]);
        }
        double[] answers = new double[queries.size()];
        for (int q = 0; q < answers.length; q++) {
            answers[q] = ratio(graph, queries.get(q).get(0), queries.get(q).get(1));
        }
        return answers;
    }

    private static double ratio(Map<String, Map<String, Double>> graph, String from, String to) {
        if (!graph.containsKey(from) || !graph.containsKey(to)) {
            return -1.0;
        }
        Map<String, Double> value = new HashMap<>();   // from / node, for every node reached
        Deque<String> queue = new ArrayDeque<>();
        value.put(from, 1.0);
        queue.add(from);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            if (node.equals(to)) {
                return value.get(node);
            }
            for (Map.Entry<String, Double> edge : graph.get(node).entrySet()) {
                if (!value.containsKey(edge.getKey())) {
                    value.put(edge.getKey(), value.get(node) * edge.getValue());
                    queue.add(edge.getKey());
                }
            }
        }
        return -1.0;
    }
}
