package dlprep.app.algo;

import dlprep.algorithms.dp.LongestIncreasingSubsequence;
import dlprep.algorithms.geometry.ConvexHull;
import dlprep.algorithms.geometry.Point;
import dlprep.algorithms.graphs.BellmanFord;
import dlprep.algorithms.graphs.BreadthFirstSearch;
import dlprep.algorithms.graphs.DepthFirstSearch;
import dlprep.algorithms.graphs.Dijkstra;
import dlprep.algorithms.graphs.FloydWarshall;
import dlprep.algorithms.graphs.Graph;
import dlprep.algorithms.graphs.Kruskal;
import dlprep.algorithms.graphs.LowestCommonAncestor;
import dlprep.algorithms.graphs.Prim;
import dlprep.algorithms.graphs.TarjanScc;
import dlprep.algorithms.graphs.TopologicalSort;
import dlprep.algorithms.math.EulerSieve;
import dlprep.algorithms.math.SieveOfEratosthenes;
import dlprep.algorithms.search.HeapSort;
import dlprep.algorithms.search.MergeSort;
import dlprep.algorithms.search.QuickSort;
import dlprep.algorithms.strings.Kmp;
import dlprep.algorithms.structures.BinaryHeap;
import dlprep.algorithms.structures.FenwickTree;
import dlprep.algorithms.structures.LruCache;
import dlprep.algorithms.structures.MonotonicQueue;
import dlprep.algorithms.structures.SegmentTree;
import dlprep.algorithms.structures.SparseTable;
import dlprep.algorithms.structures.UnionFind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;

import static dlprep.app.algo.GrowthModel.CUBIC;
import static dlprep.app.algo.GrowthModel.LINEAR;
import static dlprep.app.algo.GrowthModel.N_LOG_N;
import static dlprep.app.algo.GrowthModel.QUADRATIC;

/**
 * The growth benchmarks of {@code dlprep algo bench}: the data structures and graph algorithms of the
 * algorithms module at growing input sizes, some beside the naive method they replace, and one or two from
 * each of the other topics (sieves, string search, sorting, LIS, convex hull). Every input is drawn
 * from a generator seeded by n, so a size always gets the same input. Random graphs have n vertices and 4n
 * edges (arcs when directed; loops and parallel edges allowed), weights in 1..10^6.
 */
public final class GrowthBenchmarks {

    private static final int[] UP_TO_10M = {1_000, 10_000, 100_000, 1_000_000, 10_000_000};
    private static final int[] UP_TO_1M = {1_000, 10_000, 100_000, 1_000_000};
    private static final int[] QUADRATIC_SIZES = {1_000, 3_000, 10_000, 30_000, 100_000};

    private static final List<GrowthBenchmark> ALL = List.of(
            new GrowthBenchmark("fenwick", "n operations (half point adds, half prefix sums) on an array of n: "
                    + "Fenwick tree O(log n) each vs a plain array whose prefix sum is a loop, O(n)",
                    List.of(new GrowthSeries("fenwick", N_LOG_N, UP_TO_10M, GrowthBenchmarks::fenwick),
                            new GrowthSeries("naive", QUADRATIC, QUADRATIC_SIZES, GrowthBenchmarks::naivePrefixSums))),
            new GrowthBenchmark("segment-tree", "n operations (half range adds, half range sums) on random ranges "
                    + "of an array of n: lazy segment tree O(log n) each vs loops over the range, O(n)",
                    List.of(new GrowthSeries("segment-tree", N_LOG_N, UP_TO_1M, GrowthBenchmarks::segmentTree),
                            new GrowthSeries("naive", QUADRATIC, new int[] {1_000, 3_000, 10_000, 30_000},
                                    GrowthBenchmarks::naiveRanges))),
            new GrowthBenchmark("union-find", "n random unions then n connected queries on n elements: "
                    + "O(alpha(n)) amortized each, so linear in practice",
                    List.of(new GrowthSeries("union-find", LINEAR, UP_TO_10M, GrowthBenchmarks::unionFind))),
            new GrowthBenchmark("heap", "n pushes of random integers, then n pops: O(log n) each",
                    List.of(new GrowthSeries("binary-heap", N_LOG_N, UP_TO_1M, GrowthBenchmarks::heap))),
            new GrowthBenchmark("sparse-table", "build over n values, then n random range-minimum queries: "
                    + "O(n log n) build, O(1) per query",
                    List.of(new GrowthSeries("sparse-table", N_LOG_N, UP_TO_1M, GrowthBenchmarks::sparseTable))),
            new GrowthBenchmark("monotonic-queue", "sliding-window maximum of n values with window n/10: monotonic "
                    + "deque O(n) vs rescanning each window O(n k)",
                    List.of(new GrowthSeries("monotonic-queue", LINEAR, UP_TO_10M, GrowthBenchmarks::monotonicQueue),
                            new GrowthSeries("naive", QUADRATIC, QUADRATIC_SIZES, GrowthBenchmarks::naiveWindows))),
            new GrowthBenchmark("lru-cache", "n random gets and puts on keys 0..n/5 with capacity n/10: O(1) each",
                    List.of(new GrowthSeries("lru-cache", LINEAR, UP_TO_1M, GrowthBenchmarks::lruCache))),
            new GrowthBenchmark("bfs", "breadth-first search from vertex 0 of a random directed graph: O(V + E)",
                    List.of(new GrowthSeries("bfs", LINEAR, UP_TO_1M, n -> {
                        Graph g = randomGraph(n, true);
                        return () -> BreadthFirstSearch.from(g, 0).distance()[n - 1];
                    }))),
            new GrowthBenchmark("dfs", "connected components of a random undirected graph by iterative DFS: O(V + E)",
                    List.of(new GrowthSeries("dfs", LINEAR, UP_TO_1M, n -> {
                        Graph g = randomGraph(n, false);
                        return () -> DepthFirstSearch.connectedComponents(g)[n - 1];
                    }))),
            new GrowthBenchmark("toposort", "topological sort of a random DAG (arcs from smaller to larger "
                    + "vertex): O(V + E)",
                    List.of(new GrowthSeries("toposort", LINEAR, UP_TO_1M, n -> {
                        Graph g = randomDag(n);
                        return () -> TopologicalSort.sort(g).order().get(0);
                    }))),
            new GrowthBenchmark("scc", "Tarjan's strongly connected components of a random directed graph: O(V + E)",
                    List.of(new GrowthSeries("tarjan-scc", LINEAR, UP_TO_1M, n -> {
                        Graph g = randomGraph(n, true);
                        return () -> TarjanScc.of(g).count();
                    }))),
            new GrowthBenchmark("dijkstra", "Dijkstra with a binary heap from vertex 0 of a random directed graph: "
                    + "O((V + E) log V)",
                    List.of(new GrowthSeries("dijkstra", N_LOG_N, UP_TO_1M, n -> {
                        Graph g = randomGraph(n, true);
                        return () -> Dijkstra.from(g, 0).distance()[n - 1];
                    }))),
            new GrowthBenchmark("bellman-ford", "Bellman-Ford on a path whose arcs are stored last-to-first, so each "
                    + "round settles one more vertex: n - 1 rounds of n - 1 arcs, the O(VE) worst case",
                    List.of(new GrowthSeries("bellman-ford", QUADRATIC, new int[] {1_000, 2_000, 4_000, 8_000, 16_000},
                            n -> {
                                Graph g = Graph.directed(n);
                                for (int v = n - 2; v >= 0; v--) {
                                    g.addEdge(v, v + 1, 1);
                                }
                                return () -> BellmanFord.from(g, 0).orElseThrow().distance()[n - 1];
                            }))),
            new GrowthBenchmark("floyd-warshall", "all-pairs shortest paths of a random directed graph: O(V^3)",
                    List.of(new GrowthSeries("floyd-warshall", CUBIC, new int[] {100, 200, 400, 800}, n -> {
                        Graph g = randomGraph(n, true);
                        return () -> FloydWarshall.allPairs(g)[0][n - 1];
                    }))),
            new GrowthBenchmark("mst", "minimum spanning forest of a random undirected graph: Kruskal (sort + "
                    + "union-find) and Prim (binary heap), both O(E log E)",
                    List.of(new GrowthSeries("kruskal", N_LOG_N, UP_TO_1M, n -> {
                                Graph g = randomGraph(n, false);
                                return () -> Kruskal.minimumSpanningForest(g).weight();
                            }),
                            new GrowthSeries("prim", N_LOG_N, UP_TO_1M, n -> {
                                Graph g = randomGraph(n, false);
                                return () -> Prim.minimumSpanningForest(g).weight();
                            }))),
            new GrowthBenchmark("lca", "binary lifting on a random tree of n vertices (each vertex's parent drawn "
                    + "from the earlier ones), then n random queries: O(n log n) build, O(log n) per query",
                    List.of(new GrowthSeries("lca", N_LOG_N, UP_TO_1M, GrowthBenchmarks::lca))),
            new GrowthBenchmark("sieve", "all primes up to n: Eratosthenes O(n log log n), Euler's linear sieve O(n)",
                    List.of(new GrowthSeries("eratosthenes", LINEAR, UP_TO_10M, n -> () -> new SieveOfEratosthenes(n).primes().length),
                            new GrowthSeries("euler", LINEAR, UP_TO_10M, n -> () -> new EulerSieve(n).primes().length))),
            new GrowthBenchmark("kmp", "find \"a...ab\" (n/100 characters) in \"a...a\" (n characters), the worst case of the "
                    + "naive scan: KMP O(n + m) vs comparing at every start O(n m)",
                    List.of(new GrowthSeries("kmp", LINEAR, UP_TO_10M, GrowthBenchmarks::kmp),
                            new GrowthSeries("naive", QUADRATIC, new int[] {1_000, 3_000, 10_000, 30_000, 100_000},
                                    GrowthBenchmarks::naiveSearch))),
            new GrowthBenchmark("sort", "n random integers (boxed): quicksort, merge sort and heap sort, O(n log n)",
                    List.of(new GrowthSeries("quick-sort", N_LOG_N, UP_TO_1M, n -> sorting(n, QuickSort::sort)),
                            new GrowthSeries("merge-sort", N_LOG_N, UP_TO_1M, n -> sorting(n, MergeSort::sort)),
                            new GrowthSeries("heap-sort", N_LOG_N, UP_TO_1M, n -> sorting(n, HeapSort::sort)))),
            new GrowthBenchmark("lis", "longest increasing subsequence of n random values: patience tails with binary "
                    + "search O(n log n) vs the O(n^2) DP",
                    List.of(new GrowthSeries("lis", N_LOG_N, UP_TO_10M, n -> {
                                long[] a = randomLongs(n);
                                return () -> LongestIncreasingSubsequence.length(a);
                            }),
                            new GrowthSeries("quadratic-dp", QUADRATIC, new int[] {1_000, 3_000, 10_000, 30_000},
                                    GrowthBenchmarks::quadraticLis))),
            new GrowthBenchmark("convex-hull", "convex hull of n random points in a 10^6 square: monotone chain "
                    + "O(n log n) (the sort dominates)",
                    List.of(new GrowthSeries("convex-hull", N_LOG_N, UP_TO_1M, n -> {
                        Random random = new Random(n);
                        List<Point> points = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            points.add(new Point(random.nextInt(1_000_000), random.nextInt(1_000_000)));
                        }
                        return () -> ConvexHull.of(points).size();
                    }))));

    private GrowthBenchmarks() {
    }

    public static List<GrowthBenchmark> all() {
        return ALL;
    }

    public static Optional<GrowthBenchmark> find(String name) {
        return ALL.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    private static LongSupplier fenwick(int n) {
        Random random = new Random(n);
        int[] index = randomInts(random, n, n);
        return () -> {
            FenwickTree t = new FenwickTree(n);
            long s = 0;
            for (int i = 0; i < n; i++) {
                if ((i & 1) == 0) {
                    t.add(index[i], i);
                } else {
                    s += t.prefixSum(index[i] + 1);
                }
            }
            return s;
        };
    }

    private static LongSupplier naivePrefixSums(int n) {
        Random random = new Random(n);
        int[] index = randomInts(random, n, n);
        return () -> {
            long[] a = new long[n];
            long s = 0;
            for (int i = 0; i < n; i++) {
                if ((i & 1) == 0) {
                    a[index[i]] += i;
                } else {
                    for (int j = 0; j <= index[i]; j++) {
                        s += a[j];
                    }
                }
            }
            return s;
        };
    }

    /** Random half-open ranges [from[i], to[i]) of 0..n. */
    private record Ranges(int[] from, int[] to) {
        static Ranges random(int n) {
            Random random = new Random(n);
            int[] from = new int[n];
            int[] to = new int[n];
            for (int i = 0; i < n; i++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                from[i] = Math.min(a, b);
                to[i] = Math.max(a, b) + 1;
            }
            return new Ranges(from, to);
        }
    }

    private static LongSupplier segmentTree(int n) {
        Ranges r = Ranges.random(n);
        return () -> {
            SegmentTree t = new SegmentTree(new long[n]);
            long s = 0;
            for (int i = 0; i < n; i++) {
                if ((i & 1) == 0) {
                    t.add(r.from()[i], r.to()[i], i);
                } else {
                    s += t.sum(r.from()[i], r.to()[i]);
                }
            }
            return s;
        };
    }

    private static LongSupplier naiveRanges(int n) {
        Ranges r = Ranges.random(n);
        return () -> {
            long[] a = new long[n];
            long s = 0;
            for (int i = 0; i < n; i++) {
                for (int j = r.from()[i]; j < r.to()[i]; j++) {
                    if ((i & 1) == 0) {
                        a[j] += i;
                    } else {
                        s += a[j];
                    }
                }
            }
            return s;
        };
    }

    private static LongSupplier unionFind(int n) {
        Random random = new Random(n);
        int[] a = randomInts(random, 2 * n, n);
        int[] b = randomInts(random, 2 * n, n);
        return () -> {
            UnionFind uf = new UnionFind(n);
            long connected = 0;
            for (int i = 0; i < n; i++) {
                uf.union(a[i], b[i]);
            }
            for (int i = n; i < 2 * n; i++) {
                connected += uf.connected(a[i], b[i]) ? 1 : 0;
            }
            return connected;
        };
    }

    private static LongSupplier heap(int n) {
        Random random = new Random(n);
        Integer[] values = new Integer[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt();
        }
        return () -> {
            BinaryHeap<Integer> h = new BinaryHeap<>(Comparator.naturalOrder());
            for (Integer v : values) {
                h.push(v);
            }
            long s = 0;
            while (!h.isEmpty()) {
                s += h.pop();
            }
            return s;
        };
    }

    private static LongSupplier sparseTable(int n) {
        Random random = new Random(n);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextLong();
        }
        Ranges r = Ranges.random(n);
        return () -> {
            SparseTable t = SparseTable.min(values);
            long s = 0;
            for (int i = 0; i < n; i++) {
                s += t.query(r.from()[i], r.to()[i]);
            }
            return s;
        };
    }

    private static LongSupplier monotonicQueue(int n) {
        long[] values = randomLongs(n);
        int k = Math.max(1, n / 10);
        return () -> MonotonicQueue.slidingWindowMax(values, k)[0];
    }

    private static LongSupplier naiveWindows(int n) {
        long[] values = randomLongs(n);
        int k = Math.max(1, n / 10);
        return () -> {
            long s = 0;
            for (int i = 0; i + k <= n; i++) {
                long m = Long.MIN_VALUE;
                for (int j = i; j < i + k; j++) {
                    m = Math.max(m, values[j]);
                }
                s += m;
            }
            return s;
        };
    }

    private static LongSupplier lruCache(int n) {
        Random random = new Random(n);
        int[] keys = randomInts(random, n, Math.max(1, n / 5));
        return () -> {
            LruCache<Integer, Integer> c = new LruCache<>(Math.max(1, n / 10));
            long hits = 0;
            for (int i = 0; i < n; i++) {
                if ((i & 1) == 0) {
                    c.put(keys[i], i);
                } else if (c.get(keys[i]) != null) {
                    hits++;
                }
            }
            return hits;
        };
    }

    private static LongSupplier lca(int n) {
        Random random = new Random(n);
        Graph tree = Graph.undirected(n);
        for (int v = 1; v < n; v++) {
            tree.addEdge(v, random.nextInt(v));
        }
        int[] u = randomInts(random, n, n);
        int[] w = randomInts(random, n, n);
        return () -> {
            LowestCommonAncestor lca = new LowestCommonAncestor(tree, 0);
            long s = 0;
            for (int i = 0; i < n; i++) {
                s += lca.lca(u[i], w[i]);
            }
            return s;
        };
    }

    private static LongSupplier kmp(int n) {
        String text = "a".repeat(n);
        String pattern = "a".repeat(Math.max(1, n / 100 - 1)) + "b";
        return () -> Kmp.findAll(text, pattern).size() + Kmp.prefixFunction(pattern).length;
    }

    private static LongSupplier naiveSearch(int n) {
        String text = "a".repeat(n);
        String pattern = "a".repeat(Math.max(1, n / 100 - 1)) + "b";
        return () -> {
            long found = 0;
            for (int i = 0; i + pattern.length() <= n; i++) {
                int j = 0;
                while (j < pattern.length() && text.charAt(i + j) == pattern.charAt(j)) {
                    j++;
                }
                found += j == pattern.length() ? 1 : 0;
            }
            return found;
        };
    }

    /** A sort of T[] by a comparator, as the three sorts are declared. */
    private interface Sort {
        void sort(Integer[] a, Comparator<? super Integer> order);
    }

    private static LongSupplier sorting(int n, Sort sort) {
        Random random = new Random(n);
        Integer[] values = new Integer[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt();
        }
        return () -> {
            Integer[] a = values.clone();
            sort.sort(a, Comparator.naturalOrder());
            return a[n / 2];
        };
    }

    private static LongSupplier quadraticLis(int n) {
        long[] a = randomLongs(n);
        return () -> {
            int[] best = new int[n];
            int answer = 0;
            for (int i = 0; i < n; i++) {
                best[i] = 1;
                for (int j = 0; j < i; j++) {
                    if (a[j] < a[i] && best[j] + 1 > best[i]) {
                        best[i] = best[j] + 1;
                    }
                }
                answer = Math.max(answer, best[i]);
            }
            return answer;
        };
    }

    /** n vertices, 4n random arcs (edges when undirected), weights 1..10^6. */
    static Graph randomGraph(int n, boolean directed) {
        Random random = new Random(n);
        Graph g = directed ? Graph.directed(n) : Graph.undirected(n);
        for (int i = 0; i < 4 * n; i++) {
            g.addEdge(random.nextInt(n), random.nextInt(n), 1 + random.nextInt(1_000_000));
        }
        return g;
    }

    /** n vertices, about 4n arcs each from a smaller to a larger vertex. */
    private static Graph randomDag(int n) {
        Random random = new Random(n);
        Graph g = Graph.directed(n);
        for (int i = 0; i < 4 * n; i++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                g.addEdge(Math.min(a, b), Math.max(a, b));
            }
        }
        return g;
    }

    private static int[] randomInts(Random random, int count, int bound) {
        int[] a = new int[count];
        for (int i = 0; i < count; i++) {
            a[i] = random.nextInt(bound);
        }
        return a;
    }

    private static long[] randomLongs(int n) {
        Random random = new Random(n);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextLong();
        }
        return a;
    }
}
