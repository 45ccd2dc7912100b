package dlprep.algorithms.dp;

/**
 * Longest strictly increasing subsequence in O(n log n). {@code tails[k]} is the smallest value that ends an
 * increasing subsequence of length k + 1 among the elements seen so far; tails is strictly increasing, so
 * each new x binary-searches the first tail >= x and replaces it (or extends tails when x is larger than all).
 * tails itself is not a subsequence; remembering for each element the element before it at insertion time
 * recovers one.
 */
public final class LongestIncreasingSubsequence {

    private LongestIncreasingSubsequence() {
    }

    public static int length(long[] a) {
        return of(a).length;
    }

    /** One longest strictly increasing subsequence (its values). */
    public static long[] of(long[] a) {
        int n = a.length;
        int[] tailIndex = new int[n];   // index in a of the element ending tails[k]
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {   // first k with a[tailIndex[k]] >= a[i]
                int mid = (lo + hi) >>> 1;
                if (a[tailIndex[mid]] < a[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            if (lo == length) {
                length++;
            }
        }
        long[] out = new long[length];
        for (int k = length - 1, i = length == 0 ? -1 : tailIndex[length - 1]; k >= 0; k--, i = previous[i]) {
            out[k] = a[i];
        }
        return out;
    }
}
