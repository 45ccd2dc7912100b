package dlprep.algorithms.offer;

/**
 * JZ37 数字在排序数组中出现的次数: how often a value occurs in a non-decreasing array.
 *
 * <p>Approach: two binary searches: the first index with a value &gt;= k and the first index with a value
 * &gt; k; the count is their difference.
 *
 * <p>Complexity: O(log n) time, O(1) space.
 *
 * <p>Original: solved, filed as JZ38 (numbering shifted by one); the inventory records no defect. Pitfalls:
 * finding one occurrence and scanning outwards is O(n) on [k, k, ..., k]; the common shortcut
 * "lowerBound(k + 1)" for the end overflows when k is Integer.MAX_VALUE.
 *
 * @see OfferProblems
 */
public final class CountInSortedArray {
    private CountInSortedArray() {
    }

    public static int count(int[] sorted, int k) {
        Inputs.notNull(sorted, CountInSortedArray.class, "array");
        return firstIndex(sorted, k, true) - firstIndex(sorted, k, false);
    }

    /** The first index whose value is &gt; k ({@code strictly}) or &gt;= k; the length if none. */
    private static int firstIndex(int[] a, int k, boolean strictly) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean after = strictly ? a[mid] > k : a[mid] >= k;
            if (after) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
