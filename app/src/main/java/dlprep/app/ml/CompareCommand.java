package dlprep.app.ml;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.ml.Classifier;
import dlprep.ml.data.LabeledData;
import dlprep.ml.data.SklearnDatasets;
import dlprep.ml.data.StandardScaler;
import dlprep.ml.data.TrainTestSplit;
import dlprep.ml.metrics.Accuracy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code dlprep ml compare}: every model of {@link ComparedModels} on every bundled data set, with one
 * seeded stratified split per data set and features standardised by the training rows. With {@code --json}
 * it prints the split indices too, so {@code tools/compare_sklearn.py} can run scikit-learn on the same rows.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Fits each classifier on each data set's training split and prints its test accuracy.",
                "Features are standardised with the training rows' mean and std (as StandardScaler).",
                "tools/compare_sklearn.py runs scikit-learn on the same split and prints both side by side."})
public final class CompareCommand implements Runnable {

    @Option(names = "--seed", defaultValue = "0", description = "seed of the split and of the models (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--test-size", defaultValue = "0.25", description = "fraction of each data set held out (default ${DEFAULT-VALUE})")
    double testSize;

    @Option(names = "--datasets", split = ",", description = "data sets to use (default: all of `dlprep ml datasets`)")
    List<String> datasets;

    @Option(names = "--models", split = ",", description = "model ids to run (default: all)")
    List<String> models;

    @Option(names = "--json", description = "one JSON object (with the split indices) instead of the table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<ComparedModels.Entry> chosen = chosenModels();
        List<String> names = datasets == null ? SklearnDatasets.names() : datasets;
        List<LabeledData> tables = names.stream().map(SklearnDatasets::load).toList(); // a bad name fails here, first
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("seed", seed);
        root.put("test_size", testSize);
        root.put("split", "stratified");
        root.put("standardized", true);
        ArrayNode sets = root.putArray("datasets");
        if (!json) {
            out.printf(Locale.ROOT, "stratified split, test size %s, seed %d; features standardised by the training rows%n",
                    testSize, seed);
            out.printf(Locale.ROOT, "%-14s %-18s %9s %8s  %s%n", "data set", "model", "accuracy", "fit s", "model");
        }
        for (LabeledData data : tables) {
            String name = data.name();
            TrainTestSplit split = TrainTestSplit.stratified(data.labels(), testSize, seed);
            LabeledData train = split.train(data);
            LabeledData test = split.test(data);
            StandardScaler scaler = StandardScaler.fit(train.features());
            double[][] trainX = scaler.transform(train.features());
            double[][] testX = scaler.transform(test.features());
            ObjectNode set = sets.addObject();
            set.put("name", name);
            set.putPOJO("train", split.train());
            set.putPOJO("test", split.test());
            ArrayNode results = set.putArray("results");
            for (ComparedModels.Entry entry : chosen) {
                Classifier model = entry.factory().create(data.classCount(), seed);
                long start = System.nanoTime();
                model.fit(trainX, train.labels());
                double seconds = (System.nanoTime() - start) / 1e9;
                int[] predicted = model.predict(testX);
                double accuracy = Accuracy.of(test.labels(), predicted);
                ObjectNode r = results.addObject();
                r.put("model", entry.id());
                r.put("describe", model.describe());
                r.put("sklearn", entry.sklearn());
                r.put("accuracy", accuracy);
                r.put("fit_seconds", seconds);
                if (!json) {
                    out.printf(Locale.ROOT, "%-14s %-18s %9.4f %8.2f  %s%n", name, entry.id(), accuracy, seconds,
                            model.describe());
                    out.flush();
                }
            }
        }
        if (json) {
            out.println(root.toString());
        }
        out.flush();
    }

    private List<ComparedModels.Entry> chosenModels() {
        if (models == null) {
            return ComparedModels.ALL;
        }
        List<ComparedModels.Entry> chosen = new ArrayList<>();
        for (String id : models) {
            chosen.add(ComparedModels.ALL.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown model '" + id + "'; known: "
                            + String.join(", ", ComparedModels.ALL.stream().map(ComparedModels.Entry::id).toList()))));
        }
        return chosen;
    }
}
