package dlprep.ml.data;

import java.util.List;

/**
 * A classification table: {@code features[n][d]} and {@code labels[n]} in {@code 0..classNames.size()-1}.
 * The constructor rejects what every model would otherwise trip over later: no rows, ragged rows,
 * NaN or infinite values, labels out of range, and names that do not match the columns.
 */
public record LabeledData(String name, double[][] features, int[] labels, List<String> featureNames,
                          List<String> classNames) {

    public LabeledData {
        if (features.length == 0) {
            throw new IllegalArgumentException(name + ": no samples; a data set needs at least one row");
        }
        if (labels.length != features.length) {
            throw new IllegalArgumentException(name + ": " + features.length + " rows of features but "
                    + labels.length + " labels; give one label per row");
        }
        int d = featureNames.size();
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != d) {
                throw new IllegalArgumentException(name + ": row " + i + " has " + features[i].length
                        + " features, expected " + d + " (one per feature name)");
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(features[i][j])) {
                    throw new IllegalArgumentException(name + ": row " + i + ", feature '" + featureNames.get(j)
                            + "' is " + features[i][j] + "; remove or impute missing values first");
                }
            }
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException(name + ": row " + i + " has label " + labels[i]
                        + ", expected 0.." + (classNames.size() - 1));
            }
        }
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
    }

    public int size() {
        return features.length;
    }

    public int featureCount() {
        return featureNames.size();
    }

    public int classCount() {
        return classNames.size();
    }

    /** The rows at {@code indices}, in that order (a train or test part of a split), with the same names. */
    public LabeledData rows(int[] indices) {
        double[][] x = new double[indices.length][];
        int[] y = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= features.length) {
                throw new IndexOutOfBoundsException(name + ": row index " + indices[i] + " out of 0.." + (features.length - 1));
            }
            x[i] = features[indices[i]];
            y[i] = labels[indices[i]];
        }
        return new LabeledData(name, x, y, featureNames, classNames);
    }
}
