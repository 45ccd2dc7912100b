package dlprep.ml.data;

import dlprep.engine.tensor.Generator;

import java.util.Arrays;
import java.util.List;

/**
 * A train/test partition of row indices, like scikit-learn's {@code train_test_split(..., stratify=y)}: the
 * indices are returned (sorted) so that another program, e.g. the scikit-learn comparison, can reuse the
 * very same rows.
 */
public record TrainTestSplit(int[] train, int[] test) {

    /**
     * A stratified split: every class keeps (nearly) its share in the test part. The test size is
     * {@code ceil(testFraction * n)}, as in scikit-learn, divided among classes by largest remainder;
     * within a class the rows are drawn by a shuffle seeded with {@code seed}.
     */
    public static TrainTestSplit stratified(int[] labels, double testFraction, long seed) {
        int n = labels.length;
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("train/test split: test fraction " + testFraction + " must be in (0, 1)");
        }
        int testSize = (int) Math.ceil(testFraction * n);
        if (n < 2 || testSize >= n) {
            throw new IllegalArgumentException("train/test split: " + n + " samples with test fraction " + testFraction
                    + " leave no training rows; give more samples or a smaller fraction");
        }
        List<int[]> groups = Shuffle.byClass(labels);
        int[] take = new int[groups.size()];
        double[] remainder = new double[groups.size()];
        int taken = 0;
        for (int c = 0; c < groups.size(); c++) {
            double share = (double) groups.get(c).length * testSize / n;
            take[c] = (int) Math.floor(share);
            remainder[c] = share - take[c];
            taken += take[c];
        }
        // Largest remainder: the rows still owed go to the classes whose exact share was cut the most.
        while (taken < testSize) {
            int best = -1;
            for (int c = 0; c < groups.size(); c++) {
                if (take[c] < groups.get(c).length && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            take[best]++;
            remainder[best] = -1;
            taken++;
        }
        Generator rng = new Generator(seed);
        int[] test = new int[testSize];
        int[] train = new int[n - testSize];
        int t = 0;
        int r = 0;
        for (int c = 0; c < groups.size(); c++) {
            int[] rows = groups.get(c).clone();
            Shuffle.shuffle(rows, rng);
            for (int i = 0; i < rows.length; i++) {
                if (i < take[c]) {
                    test[t++] = rows[i];
                } else {
                    train[r++] = rows[i];
                }
            }
        }
        Arrays.sort(train);
        Arrays.sort(test);
        return new TrainTestSplit(train, test);
    }

    /** The training rows of {@code data}. */
    public LabeledData train(LabeledData data) {
        return data.rows(train);
    }

    /** The test rows of {@code data}. */
    public LabeledData test(LabeledData data) {
        return data.rows(test);
    }
}
