package dlprep.app.ml;

import dlprep.ml.data.LabeledData;
import dlprep.ml.data.SklearnDatasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code dlprep ml datasets}: the bundled data sets with their size, so a reader knows what compare runs on. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "Lists the data sets bundled from scikit-learn: name, rows, features, classes.")
public final class DatasetsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-14s %6s %9s %8s%n", "name", "rows", "features", "classes");
        for (String name : SklearnDatasets.names()) {
            LabeledData d = SklearnDatasets.load(name);
            out.printf(Locale.ROOT, "%-14s %6d %9d %8d%n", name, d.size(), d.featureCount(), d.classCount());
        }
        out.println("scikit-learn's copies of UCI data; origin and licence: ml/src/main/resources/dlprep/ml/data/sklearn/");
        out.flush();
    }
}
