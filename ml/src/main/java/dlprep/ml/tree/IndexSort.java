package dlprep.ml.tree;

/** Sorts {@code keys[from..to)} ascending and applies the same moves to {@code rows} (a quicksort on parallel arrays). */
final class IndexSort {

    private IndexSort() {
    }

    static void sort(double[] keys, int[] rows, int from, int to) {
        while (to - from > 16) {
            double pivot = median(keys[from], keys[(from + to) >>> 1], keys[to - 1]);
            int i = from;
            int j = to - 1;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(keys, rows, i++, j--);
                }
            }
            // recurse into the smaller part, loop on the larger: O(log n) stack
            if (j - from < to - i) {
                sort(keys, rows, from, j + 1);
                from = i;
            } else {
                sort(keys, rows, i, to);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) { // insertion sort for short ranges
            for (int j = i; j > from && keys[j - 1] > keys[j]; j--) {
                swap(keys, rows, j, j - 1);
            }
        }
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] keys, int[] rows, int i, int j) {
        double k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
        int r = rows[i];
        rows[i] = rows[j];
        rows[j] = r;
    }
}
