package dlprep.ml.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * The four classification tables scikit-learn bundles ({@code load_iris}, {@code load_wine},
 * {@code load_breast_cancer}, {@code load_digits}), read from the copies of its CSV files shipped in this
 * module (resources {@code dlprep/ml/data/sklearn/}, with {@code LICENSE} and scikit-learn's {@code descr/*.rst}).
 * Feature and class names are scikit-learn's, so a row here is the same row as {@code X[i]} there.
 */
public final class SklearnDatasets {

    private static final String FOLDER = "/dlprep/ml/data/sklearn/";

    /** One bundled table: its resource, whether it opens with scikit-learn's "rows,features,classes..." header. */
    private enum Table {
        IRIS("iris", "iris.csv", "iris.rst", true,
                List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"), null),
        WINE("wine", "wine_data.csv", "wine_data.rst", true,
                List.of("alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
                        "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
                        "od280/od315_of_diluted_wines", "proline"), null),
        BREAST_CANCER("breast_cancer", "breast_cancer.csv", "breast_cancer.rst", true, breastCancerFeatures(), null),
        // digits.csv.gz has no header: 64 pixel counts (0..16) of an 8x8 image, then the digit.
        DIGITS("digits", "digits.csv.gz", "digits.rst", false, digitsFeatures(),
                IntStream.range(0, 10).mapToObj(Integer::toString).toList());

        final String name;
        final String file;
        final String descr;
        final boolean header;
        final List<String> featureNames;
        final List<String> classNames; // null: read from the header

        Table(String name, String file, String descr, boolean header, List<String> featureNames, List<String> classNames) {
            this.name = name;
            this.file = file;
            this.descr = descr;
            this.header = header;
            this.featureNames = featureNames;
            this.classNames = classNames;
        }
    }

    private SklearnDatasets() {
    }

    /** The names {@link #load} accepts: iris, wine, breast_cancer, digits. */
    public static List<String> names() {
        return Arrays.stream(Table.values()).map(t -> t.name).toList();
    }

    /** The data set called {@code name} (one of {@link #names()}), all rows in scikit-learn's order. */
    public static LabeledData load(String name) {
        Table table = table(name);
        String resource = FOLDER + table.file;
        try (InputStream raw = SklearnDatasets.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("data set " + name + ": resource " + resource
                        + " is missing from the ml module; rebuild it (./mvnw -pl ml install)");
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return parse(table.name, resource, new InputStreamReader(in, StandardCharsets.UTF_8), table.header,
                    table.featureNames, table.classNames);
        } catch (IOException e) {
            // A truncated or damaged gzip stream lands here, as does an unreadable jar.
            throw new IllegalStateException("data set " + name + ": cannot read " + resource + " (" + e.getMessage()
                    + "); the bundled file is damaged, rebuild the ml module", e);
        }
    }

    /** scikit-learn's description of the data set (origin, creators, attribute meanings, references). */
    public static String description(String name) {
        String resource = FOLDER + "descr/" + table(name).descr;
        try (InputStream in = SklearnDatasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data set " + name + ": resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table table(String name) {
        for (Table t : Table.values()) {
            if (t.name.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown data set '" + name + "'; known: " + String.join(", ", names()));
    }

    /**
     * Parses scikit-learn's CSV layout: optionally a header {@code rows,features,class0,class1,...}, then one
     * line per sample, the features then the class index. Package-private so the tests can feed damaged text.
     */
    static LabeledData parse(String name, String source, Reader text, boolean header, List<String> featureNames,
                             List<String> classNames) throws IOException {
        BufferedReader reader = new BufferedReader(text);
        int d = featureNames.size();
        int expectedRows = -1;
        int lineNo = 0;
        if (header) {
            String first = reader.readLine();
            lineNo++;
            if (first == null) {
                throw corrupt(name, source, lineNo, "the file is empty");
            }
            String[] cells = first.split(",");
            if (cells.length < 4) {
                throw corrupt(name, source, lineNo, "header '" + first + "' should be rows,features,class names...");
            }
            expectedRows = (int) number(name, source, lineNo, cells[0]);
            int headerFeatures = (int) number(name, source, lineNo, cells[1]);
            if (headerFeatures != d) {
                throw corrupt(name, source, lineNo, "header says " + headerFeatures + " features, expected " + d);
            }
            classNames = Arrays.stream(cells, 2, cells.length).map(String::strip).toList();
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells.length != d + 1) {
                throw corrupt(name, source, lineNo, cells.length + " values, expected " + (d + 1)
                        + " (" + d + " features and the class)");
            }
            double[] row = new double[d];
            for (int j = 0; j < d; j++) {
                row[j] = number(name, source, lineNo, cells[j]);
            }
            double label = number(name, source, lineNo, cells[d]);
            if (label != Math.rint(label) || label < 0 || label >= classNames.size()) {
                throw corrupt(name, source, lineNo, "class " + cells[d].strip() + " is not one of 0.."
                        + (classNames.size() - 1));
            }
            rows.add(row);
            labels.add((int) label);
        }
        if (expectedRows >= 0 && rows.size() != expectedRows) {
            throw corrupt(name, source, lineNo, "header says " + expectedRows + " rows, found " + rows.size());
        }
        if (rows.isEmpty()) {
            throw corrupt(name, source, lineNo, "no data rows");
        }
        return new LabeledData(name, rows.toArray(double[][]::new), labels.stream().mapToInt(Integer::intValue).toArray(),
                featureNames, classNames);
    }

    private static double number(String name, String source, int lineNo, String cell) {
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            throw corrupt(name, source, lineNo, "'" + cell + "' is not a number");
        }
    }

    private static IllegalStateException corrupt(String name, String source, int lineNo, String problem) {
        return new IllegalStateException(String.format(Locale.ROOT,
                "data set %s: %s line %d: %s; the bundled file is damaged, restore it from Debian's python3-sklearn",
                name, source, lineNo, problem));
    }

    /** "mean radius", ..., "radius error", ..., "worst radius", ...: ten measurements, three statistics each. */
    private static List<String> breastCancerFeatures() {
        List<String> measures = List.of("radius", "texture", "perimeter", "area", "smoothness", "compactness",
                "concavity", "concave points", "symmetry", "fractal dimension");
        List<String> names = new ArrayList<>();
        measures.forEach(m -> names.add("mean " + m));
        measures.forEach(m -> names.add(m + " error"));
        measures.forEach(m -> names.add("worst " + m));
        return List.copyOf(names);
    }

    /** "pixel_row_col" for the 8x8 image, row-major, as scikit-learn names them. */
    private static List<String> digitsFeatures() {
        List<String> names = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                names.add("pixel_" + r + "_" + c);
            }
        }
        return List.copyOf(names);
    }
}
