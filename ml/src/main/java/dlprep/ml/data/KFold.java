package dlprep.ml.data;

import dlprep.engine.tensor.Generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * k-fold cross-validation indices: the rows are cut into {@code k} folds, and fold {@code i} is the
 * validation part of split {@code i} while the other {@code k-1} folds train. Every row is validated exactly once.
 */
public final class KFold {

    /** One split of the k: training rows and the held-out (validation) rows, both sorted. */
    public record Fold(int[] train, int[] test) {
    }

    private KFold() {
    }

    /** Plain k-fold on shuffled rows (scikit-learn's {@code KFold(k, shuffle=True)}): fold sizes differ by at most one. */
    public static List<Fold> shuffled(int n, int k, long seed) {
        check(n, k);
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        Shuffle.shuffle(order, new Generator(seed));
        int[] foldOf = new int[n];
        for (int i = 0; i < n; i++) {
            foldOf[order[i]] = i % k;
        }
        return folds(foldOf, k);
    }

    /**
     * Stratified k-fold (scikit-learn's {@code StratifiedKFold(k, shuffle=True)} in spirit): each class's
     * shuffled rows are dealt to the folds in turn, continuing where the previous class stopped, so every
     * fold holds about {@code 1/k} of every class and the fold sizes differ by at most one.
     */
    public static List<Fold> stratified(int[] labels, int k, long seed) {
        check(labels.length, k);
        Generator rng = new Generator(seed);
        int[] foldOf = new int[labels.length];
        int next = 0;
        for (int[] rows : Shuffle.byClass(labels)) {
            int[] shuffled = rows.clone();
            Shuffle.shuffle(shuffled, rng);
            for (int row : shuffled) {
                foldOf[row] = next;
                next = (next + 1) % k;
            }
        }
        return folds(foldOf, k);
    }

    private static void check(int n, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold: k = " + k + "; need at least 2 folds");
        }
        if (k > n) {
            throw new IllegalArgumentException("k-fold: k = " + k + " is larger than the " + n
                    + " samples; every fold needs a row, use k <= " + n);
        }
    }

    private static List<Fold> folds(int[] foldOf, int k) {
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            final int fold = f;
            int[] test = IntStream.range(0, foldOf.length).filter(i -> foldOf[i] == fold).toArray();
            int[] train = IntStream.range(0, foldOf.length).filter(i -> foldOf[i] != fold).toArray();
            folds.add(new Fold(train, test));
        }
        return List.copyOf(folds);
    }
}
