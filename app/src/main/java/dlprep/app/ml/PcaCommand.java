package dlprep.app.ml;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.ml.data.LabeledData;
import dlprep.ml.data.SklearnDatasets;
import dlprep.ml.decomposition.Pca;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code dlprep ml pca <dataset> [--components k] [--method svd|eigen] [--json]}: PCA of a bundled data set's
 * features (not standardised, as scikit-learn's {@code PCA} does not), with the variance each component
 * explains. The JSON carries everything {@code tools/compare_sklearn_pca.py} compares with scikit-learn.
 */
@Command(name = "pca", mixinStandardHelpOptions = true,
        description = {"Principal component analysis of a bundled data set's features (centered, not scaled):",
                "each component's explained variance, its share and the cumulative share."})
public final class PcaCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "DATASET", description = "a data set of `dlprep ml datasets`")
    String dataset;

    @Option(names = "--components", paramLabel = "K", description = "components to keep (default: all, min(n, d))")
    Integer components;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "svd",
            description = "svd (of the centered data) or eigen (of the covariance matrix); default ${DEFAULT-VALUE}")
    String method;

    @Option(names = "--json", description = "one JSON object with the full-precision results instead of the table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Pca.Method m = switch (method) {
            case "svd" -> Pca.Method.SVD;
            case "eigen" -> Pca.Method.COVARIANCE_EIGEN;
            default -> throw new IllegalArgumentException("--method must be svd or eigen, got '" + method + "'");
        };
        LabeledData data = SklearnDatasets.load(dataset);
        int k = components == null ? Math.min(data.size(), data.featureCount()) : components;
        Pca pca = new Pca(k, m).fit(data.features());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? toJson(data, pca) + "\n" : table(data, pca));
        out.flush();
    }

    static String table(LabeledData data, Pca pca) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "PCA of %s (%d samples, %d features), %s%n", data.name(), data.size(),
                data.featureCount(), pca.method() == Pca.Method.SVD ? "by SVD" : "by eigen-decomposition of the covariance"));
        b.append(String.format(Locale.ROOT, "%9s %16s %10s %11s %16s%n", "component", "variance", "ratio",
                "cumulative", "singular value"));
        double[] variance = pca.explainedVariance();
        double[] ratio = pca.explainedVarianceRatio();
        double[] s = pca.singularValues();
        double cumulative = 0;
        for (int c = 0; c < variance.length; c++) {
            cumulative += ratio[c];
            b.append(String.format(Locale.ROOT, "%9d %16.6f %10.6f %11.6f %16.6f%n", c + 1, variance[c], ratio[c],
                    cumulative, s[c]));
        }
        return b.toString();
    }

    static String toJson(LabeledData data, Pca pca) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("dataset", data.name());
        o.put("method", pca.method() == Pca.Method.SVD ? "svd" : "eigen");
        o.put("samples", data.size());
        o.put("features", data.featureCount());
        o.put("n_components", pca.componentCount());
        put(o.putArray("mean"), pca.mean());
        put(o.putArray("explained_variance"), pca.explainedVariance());
        put(o.putArray("explained_variance_ratio"), pca.explainedVarianceRatio());
        put(o.putArray("singular_values"), pca.singularValues());
        ArrayNode rows = o.putArray("components");
        for (double[] row : pca.components()) {
            put(rows.addArray(), row);
        }
        return o.toString();
    }

    private static void put(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }
}
