package dlprep.lab.ml;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.UnusedOptions;
import dlprep.ml.cluster.Agglomerative;
import dlprep.ml.cluster.KMeans;
import dlprep.ml.cluster.Linkage;
import dlprep.ml.cluster.SpectralClustering;
import dlprep.ml.data.LabeledData;
import dlprep.ml.data.Shapes;
import dlprep.ml.metrics.AdjustedRandIndex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The note's two families on shapes made for the difference: two moons and two concentric rings,
 * {@value #PER_SHAPE} points each (noise 0.05, drawn from {@code --seed}), clustered into 2 by k-means, Ward,
 * single linkage and spectral clustering on a {@value #NEIGHBOURS}-nearest-neighbour graph, each scored by its
 * adjusted Rand index against the true shapes. The compactness methods (k-means, Ward) cut each shape with a
 * straight line; the connectivity methods follow it.
 */
public final class KMeansVersusSpectral implements Experiment {

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

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        UnusedOptions.reject(this, p, "it clusters two small generated sets, with no training loop",
                UnusedOptions.Option.EPOCHS, UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE,
                UnusedOptions.Option.LIMIT);
        List<LabeledData> sets = List.of(Shapes.moons(PER_SHAPE, 0.05, p.seed()),
                Shapes.circles(PER_SHAPE, 0.5, 0.05, p.seed()));
        Messages.say(listener, "%-8s %8s %8s %8s %10s   (adjusted Rand index against the true shapes)", "data",
                "k-means", "ward", "single", "spectral");
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (LabeledData d : sets) {
            double[][] x = d.features();
            double kMeans = AdjustedRandIndex.of(d.labels(), KMeans.of(2).withSeed(p.seed()).fit(x).labels());
            double ward = AdjustedRandIndex.of(d.labels(), new Agglomerative(Linkage.WARD).fit(x, 2));
            double single = AdjustedRandIndex.of(d.labels(), new Agglomerative(Linkage.SINGLE).fit(x, 2));
            double spectral = AdjustedRandIndex.of(d.labels(),
                    SpectralClustering.nearestNeighbors(NEIGHBOURS).withSeed(p.seed()).fit(x, 2).labels());
            Messages.say(listener, "%-8s %8.3f %8.3f %8.3f %10.3f", d.name(), kMeans, ward, single, spectral);
            metrics.put("ari_kmeans_" + d.name(), kMeans);
            metrics.put("ari_ward_" + d.name(), ward);
            metrics.put("ari_single_" + d.name(), single);
            metrics.put("ari_spectral_" + d.name(), spectral);
        }
        return metrics;
    }
}
