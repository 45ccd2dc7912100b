package dlprep.lab.ml;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.UnusedOptions;
import dlprep.lab.plot.Figure;
import dlprep.lab.plot.Panel;
import dlprep.lab.plot.Series;
import dlprep.ml.cluster.Agglomerative;
import dlprep.ml.cluster.KMeans;
import dlprep.ml.cluster.Linkage;
import dlprep.ml.cluster.SpectralClustering;
import dlprep.ml.data.LabeledData;
import dlprep.ml.data.Shapes;
import dlprep.ml.metrics.AdjustedRandIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The note's two families on shapes made for the difference: two moons and two concentric rings,
 * {@value #PER_SHAPE} points each (noise 0.05, drawn from {@code --seed}), clustered into 2 by k-means, Ward,
 * single linkage and spectral clustering on a {@value #NEIGHBOURS}-nearest-neighbour graph, each scored by its
 * adjusted Rand index against the true shapes. The compactness methods (k-means, Ward) cut each shape with a
 * straight line; the connectivity methods follow it. {@code --plot} draws each shape as k-means and as spectral
 * clustering split it.
 */
public final class KMeansVersusSpectral implements Experiment, Plotting {

    static final int PER_SHAPE = 100;
    static final int NEIGHBOURS = 10;

    @Override
    public String id() {
        return "kmeans-vs-spectral";
    }

    @Override
    public String chapter() {
        return MlChapter.NAME;
    }

    @Override
    public String description() {
        return "k-means and Ward against single linkage and spectral clustering on two moons and two rings (ARI)";
    }

    @Override
    public Params defaults() {
        return new Params(1, 0.1, 1, 0, 0);
    }

    /** One data set with the labels each method gave it. */
    private record Clustered(LabeledData data, int[] kMeans, int[] ward, int[] single, int[] spectral) {
    }

    private List<Clustered> cluster(Params p) {
        UnusedOptions.reject(this, p, "it clusters two small generated sets, with no training loop",
                UnusedOptions.Option.EPOCHS, UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE,
                UnusedOptions.Option.LIMIT);
        return Stream.of(Shapes.moons(PER_SHAPE, 0.05, p.seed()), Shapes.circles(PER_SHAPE, 0.5, 0.05, p.seed()))
                .map(d -> new Clustered(d, KMeans.of(2).withSeed(p.seed()).fit(d.features()).labels(),
                        new Agglomerative(Linkage.WARD).fit(d.features(), 2),
                        new Agglomerative(Linkage.SINGLE).fit(d.features(), 2),
                        SpectralClustering.nearestNeighbors(NEIGHBOURS).withSeed(p.seed()).fit(d.features(), 2).labels()))
                .toList();
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        List<Clustered> results = cluster(p);
        Messages.say(listener, "%-8s %8s %8s %8s %10s   (adjusted Rand index against the true shapes)", "data",
                "k-means", "ward", "single", "spectral");
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Clustered c : results) {
            int[] truth = c.data().labels();
            double kMeans = AdjustedRandIndex.of(truth, c.kMeans());
            double ward = AdjustedRandIndex.of(truth, c.ward());
            double single = AdjustedRandIndex.of(truth, c.single());
            double spectral = AdjustedRandIndex.of(truth, c.spectral());
            String name = c.data().name();
            Messages.say(listener, "%-8s %8.3f %8.3f %8.3f %10.3f", name, kMeans, ward, single, spectral);
            metrics.put("ari_kmeans_" + name, kMeans);
            metrics.put("ari_ward_" + name, ward);
            metrics.put("ari_single_" + name, single);
            metrics.put("ari_spectral_" + name, spectral);
        }
        return metrics;
    }

    /** Each shape as k-means and as spectral clustering split it, one colour per cluster. */
    @Override
    public Figure figure(Params p) {
        List<Panel> panels = new ArrayList<>();
        for (Clustered c : cluster(p)) {
            panels.add(scatter(c.data().name() + ": k-means", c.data().features(), c.kMeans()));
            panels.add(scatter(c.data().name() + ": spectral (10-NN graph)", c.data().features(), c.spectral()));
        }
        return new Figure("compactness against connectivity: k-means and spectral clustering", 2, panels);
    }

    private static Panel scatter(String title, double[][] x, int[] labels) {
        List<Series> clusters = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int label = c;
            double[][] points = IntStream.range(0, x.length).filter(i -> labels[i] == label).mapToObj(i -> x[i])
                    .toArray(double[][]::new);
            clusters.add(Series.path("cluster " + c, points, Series.Style.MARKERS));
        }
        return Panel.fitting(title, "x1", "x2", clusters);
    }
}
