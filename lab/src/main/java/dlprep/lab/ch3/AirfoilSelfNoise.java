package dlprep.lab.ch3;

import dlprep.engine.tensor.Generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The regression table of the chapter's minibatch experiments: NASA's Airfoil Self-Noise data (UCI Machine Learning
 * Repository, {@code airfoil_self_noise.dat}: 1503 rows of 6 tab-separated numbers, frequency, angle of attack, chord
 * length, free-stream velocity, suction-side displacement thickness, and the sound pressure level in dB), prepared as
 * the original did: every column standardized over the whole file (mean 0, population standard deviation 1), then the
 * first 1500 rows, 5 features and the label.
 *
 * <p>The file is not shipped. Point {@value #ENV} at it to use it; otherwise {@link #generated} makes a table of the
 * same shape from a documented model.
 */
final class AirfoilSelfNoise {

    static final String ENV = "DLPREP_AIRFOIL";
    static final int ROWS = 1500;
    static final int FEATURES = 5;

    /** Weights of the generating model's linear part (see {@link #generated}). */
    static final double[] TRUE_WEIGHTS = {-0.6, -0.35, -0.45, 0.25, -0.3};
    static final double NOISE = 0.5;
    static final double CORRELATION = 0.75;

    private AirfoilSelfNoise() {
    }

    /** Features (rows x 5) and labels, each column standardized; {@code source} says where they came from. */
    record Table(double[][] features, double[] labels, String source) {

        int rows() {
            return labels.length;
        }
    }

    /** The real file if {@value #ENV} names one, else the generated table drawn with {@code seed}. */
    static Table load(long seed) throws IOException {
        String file = System.getenv(ENV);
        return file == null || file.isBlank() ? generated(seed) : read(Path.of(file));
    }

    /** Reads a file in the UCI format and prepares it as the original did. */
    static Table read(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != FEATURES + 1) {
                throw new IllegalArgumentException("airfoil: line " + (n + 1) + " of " + file + " has " + fields.length
                        + " tab-separated fields; the UCI file has 6 (frequency, angle, chord, velocity, thickness, "
                        + "sound pressure)");
            }
            double[] row = new double[FEATURES + 1];
            for (int j = 0; j < row.length; j++) {
                try {
                    row[j] = Double.parseDouble(fields[j].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("airfoil: line " + (n + 1) + " of " + file + ", field " + (j + 1)
                            + " is '" + fields[j] + "', not a number", e);
                }
            }
            rows.add(row);
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException("airfoil: " + file + " has " + rows.size() + " data rows; need at least 2 "
                    + "to standardize the columns");
        }
        return prepared(rows.toArray(double[][]::new), file.toString());
    }

    /**
     * A table of the real one's shape from a stated model, so that the experiments run without the file: for each of
     * 1500 rows, z ~ N(0, I₅); the features are z with the fifth replaced by 0.75 z₂ + √(1 − 0.75²) z₅ (correlated with
     * the second, as the real thickness is with the angle of attack, so the problem is not perfectly conditioned);
     * the label is Σ wⱼ xⱼ + 0.5 ε with w = (−0.6, −0.35, −0.45, 0.25, −0.3) and ε ~ N(0, 1); then every column is
     * standardized like the real file's. The weights are chosen, not fitted to the real data.
     */
    static Table generated(long seed) {
        Generator g = new Generator(seed);
        double[][] rows = new double[ROWS][FEATURES + 1];
        for (double[] row : rows) {
            for (int j = 0; j < FEATURES; j++) {
                row[j] = g.normal();
            }
            row[4] = CORRELATION * row[1] + Math.sqrt(1 - CORRELATION * CORRELATION) * row[4];
            double y = NOISE * g.normal();
            for (int j = 0; j < FEATURES; j++) {
                y += TRUE_WEIGHTS[j] * row[j];
            }
            row[FEATURES] = y;
        }
        return prepared(rows, "generated (seed " + seed + "; set " + ENV + " to the UCI file to use the real data)");
    }

    /** Standardizes every column over all rows, then keeps the first {@value #ROWS}. */
    static Table prepared(double[][] rows, String source) {
        int cols = FEATURES + 1;
        for (int j = 0; j < cols; j++) {
            double mean = 0;
            for (double[] r : rows) {
                mean += r[j];
            }
            mean /= rows.length;
            double var = 0;
            for (double[] r : rows) {
                var += (r[j] - mean) * (r[j] - mean);
            }
            double std = Math.sqrt(var / rows.length);
            if (!(std > 0)) {
                throw new IllegalArgumentException("airfoil: column " + (j + 1) + " of " + source + " is constant; it "
                        + "cannot be standardized");
            }
            for (double[] r : rows) {
                r[j] = (r[j] - mean) / std;
            }
        }
        int n = Math.min(ROWS, rows.length);
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = java.util.Arrays.copyOf(rows[i], FEATURES);
            y[i] = rows[i][FEATURES];
        }
        return new Table(x, y, source);
    }
}
