package dlprep.ml.data;

import dlprep.engine.tensor.Generator;

import java.util.ArrayList;
import java.util.List;

/** Seeded index shuffling and per-class grouping shared by {@link TrainTestSplit} and {@link KFold}. */
final class Shuffle {

    private Shuffle() {
    }

    /** Fisher-Yates in place, drawing from {@code rng}. */
    static void shuffle(int[] a, Generator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = (int) rng.integer(0, i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The row indices of each class, in row order; index {@code c} holds class {@code c} (empty if absent). */
    static List<int[]> byClass(int[] labels) {
        int classes = 0;
        for (int y : labels) {
            if (y < 0) {
                throw new IllegalArgumentException("label " + y + " is negative; labels must be 0..classes-1");
            }
            classes = Math.max(classes, y + 1);
        }
        int[] counts = new int[classes];
        for (int y : labels) {
            counts[y]++;
        }
        List<int[]> groups = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            groups.add(new int[counts[c]]);
        }
        int[] fill = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            groups.get(labels[i])[fill[labels[i]]++] = i;
        }
        return groups;
    }
}
