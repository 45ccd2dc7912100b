package dlprep.app.ml;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.ml.cluster.Agglomerative;
import dlprep.ml.cluster.KMeans;
import dlprep.ml.cluster.Linkage;
import dlprep.ml.cluster.SpectralClustering;
import dlprep.ml.data.LabeledData;
import dlprep.ml.data.Shapes;
import dlprep.ml.data.SklearnDatasets;
import dlprep.ml.metrics.AdjustedRandIndex;
import dlprep.ml.metrics.Silhouette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code dlprep ml cluster <dataset> --method kmeans|agglomerative|spectral}: clusters the rows of a data set
 * (its class labels unseen) and scores the result by inertia (k-means), silhouette and the adjusted Rand index
 * against the classes. {@code --json} prints one object with the features, the labels and, for k-means, the
 * initial centres, which is what {@code tools/compare_sklearn_cluster.py} hands to scikit-learn. Spectral
 * clustering decomposes an n × n matrix by Jacobi rotations, O(n³): seconds for iris and wine, about 25 s for
 * breast_cancer's 569 rows here, many minutes for digits.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Clusters a data set (iris, wine, breast_cancer, digits, or the toy moons and circles) and "
                + "reports inertia, silhouette and the adjusted Rand index against its classes.")
public final class ClusterCommand implements Runnable {

    /** The toy shapes' size and noise (as in the kmeans-vs-spectral experiment). */
    static final int PER_SHAPE = 100;
    static final double NOISE = 0.05;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "the data set: iris, wine, breast_cancer, digits, moons or circles")
    String dataset;

    @Option(names = "--method", required = true, description = "kmeans, agglomerative or spectral")
    String method;

    @Option(names = "--k", description = "number of clusters (default: the data set's number of classes)")
    Integer k;

    @Option(names = "--linkage", defaultValue = "ward", description = "agglomerative: single, complete, average or "
            + "ward (default ${DEFAULT-VALUE})")
    String linkage;

    @Option(names = "--affinity", defaultValue = "nearest_neighbors", description = "spectral: rbf or "
            + "nearest_neighbors (default ${DEFAULT-VALUE}; rbf with gamma 1 suits features of scale 1)")
    String affinity;

    @Option(names = "--gamma", defaultValue = "1", description = "spectral, rbf: exp(-gamma |x - y|^2) (default ${DEFAULT-VALUE})")
    double gamma;

    @Option(names = "--neighbors", defaultValue = "10", description = "spectral, nearest_neighbors: graph degree (default ${DEFAULT-VALUE})")
    int neighbours;

    @Option(names = "--n-init", defaultValue = "10", description = "k-means: k-means++ restarts (default ${DEFAULT-VALUE})")
    int nInit;

    @Option(names = "--seed", defaultValue = "0", description = "seed of k-means++ and of the toy shapes (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "one JSON object with features, labels and scores instead of the summary")
    boolean json;

    @Override
    public void run() {
        LabeledData data = load(dataset, seed);
        double[][] x = data.features();
        int clusters = k != null ? k : data.classCount();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("dataset", data.name()).put("rows", x.length).put("features", data.featureCount())
                .put("method", method.toLowerCase(Locale.ROOT)).put("k", clusters).put("seed", seed);
        long start = System.nanoTime();
        int[] labels;
        String settings;
        switch (method.toLowerCase(Locale.ROOT)) {
            case "kmeans", "k-means" -> {
                KMeans.Result r = KMeans.of(clusters).withNInit(nInit).withSeed(seed).fit(x);
                labels = r.labels();
                settings = "k-means++, " + nInit + " runs, seed " + seed;
                o.put("n_init", nInit).put("inertia", r.inertia()).put("iterations", r.iterations());
                o.set("initial_centres", mapper.valueToTree(r.initialCentres()));
                o.set("centres", mapper.valueToTree(r.centres()));
            }
            case "agglomerative" -> {
                Agglomerative a = new Agglomerative(Linkage.parse(linkage));
                List<Agglomerative.Merge> merges = a.dendrogram(x);
                labels = Agglomerative.cut(merges, clusters);
                settings = a.linkage().name().toLowerCase(Locale.ROOT) + " linkage";
                o.put("linkage", a.linkage().name().toLowerCase(Locale.ROOT));
                ArrayNode heights = o.putArray("merge_heights");
                merges.forEach(m -> heights.add(m.height()));
            }
            case "spectral" -> {
                SpectralClustering.Affinity graph = SpectralClustering.Affinity.parse(affinity);
                SpectralClustering.Result r = new SpectralClustering(graph, gamma, neighbours, seed).fit(x, clusters);
                labels = r.labels();
                settings = graph == SpectralClustering.Affinity.RBF ? "rbf graph, gamma " + gamma
                        : neighbours + "-nearest-neighbour graph";
                o.put("affinity", graph == SpectralClustering.Affinity.RBF ? "rbf" : "nearest_neighbors")
                        .put("gamma", gamma).put("n_neighbors", neighbours);
                o.set("eigenvalues", mapper.valueToTree(r.eigenvalues()));
            }
            default -> throw new IllegalArgumentException("unknown method '" + method
                    + "'; use kmeans, agglomerative or spectral");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double ari = AdjustedRandIndex.of(data.labels(), labels);
        long used = Arrays.stream(labels).distinct().count();
        double silhouette = used >= 2 && used < x.length ? Silhouette.score(x, labels) : Double.NaN;
        o.put("ari", ari).put("silhouette", silhouette).put("seconds", seconds);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            o.set("labels", mapper.valueToTree(labels));
            o.set("truth", mapper.valueToTree(data.labels()));
            o.set("x", mapper.valueToTree(x));
            out.println(o);
        } else {
            out.printf(Locale.ROOT, "%s: %d rows, %d features; %s with k = %d (%s)%n", data.name(), x.length,
                    data.featureCount(), o.get("method").asText(), clusters, settings);
            out.printf(Locale.ROOT, "cluster sizes: %s%n", sizes(labels, clusters));
            if (o.has("inertia")) {
                out.printf(Locale.ROOT, "inertia %.4f after %d rounds%n", o.get("inertia").asDouble(),
                        o.get("iterations").asInt());
            }
            if (o.has("merge_heights")) {
                int n = x.length;
                out.printf(Locale.ROOT, "heights of the last %d merges: %s%n", clusters, IntStream.range(Math.max(0, n - 1 - clusters), n - 1)
                        .mapToObj(i -> String.format(Locale.ROOT, "%.4f", o.get("merge_heights").get(i).asDouble()))
                        .collect(Collectors.joining(" ")));
            }
            if (o.has("eigenvalues")) {
                out.printf(Locale.ROOT, "smallest eigenvalues of L_sym: %s%n", Arrays.stream(
                        mapper.convertValue(o.get("eigenvalues"), double[].class))
                        .mapToObj(v -> String.format(Locale.ROOT, "%.4f", Math.max(0, v))).collect(Collectors.joining(" ")));
            }
            out.printf(Locale.ROOT, "silhouette %.4f, adjusted Rand index against the %d classes %.4f; %.2f s%n",
                    silhouette, data.classCount(), ari, seconds);
        }
        out.flush();
    }

    /** A bundled data set, or the toy shapes of {@link Shapes} drawn with {@code seed}. */
    static LabeledData load(String name, long seed) {
        return switch (name) {
            case "moons" -> Shapes.moons(PER_SHAPE, NOISE, seed);
            case "circles" -> Shapes.circles(PER_SHAPE, 0.5, NOISE, seed);
            default -> {
                if (!SklearnDatasets.names().contains(name)) {
                    throw new IllegalArgumentException("unknown data set '" + name + "'; use one of "
                            + String.join(", ", SklearnDatasets.names()) + ", moons, circles");
                }
                yield SklearnDatasets.load(name);
            }
        };
    }

    private static String sizes(int[] labels, int k) {
        int[] counts = new int[k];
        for (int label : labels) {
            counts[label]++;
        }
        return Arrays.stream(counts).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }
}
