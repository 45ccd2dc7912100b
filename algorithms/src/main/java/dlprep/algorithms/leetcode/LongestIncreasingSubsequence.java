package dlprep.algorithms.leetcode;

/**
 * Longest Increasing Subsequence: the length of the longest strictly increasing subsequence (not
 * necessarily contiguous).
 *
 * <p>Approach: patience sorting. {@code tails[k]} is the smallest possible last value of an increasing
 * subsequence of length k + 1; it is increasing, so each new x replaces the first tail >= x (binary
 * search), or extends the array when x is larger than all.
 *
 * <p>Complexity: O(n log n) time, O(n) space; the classic DP is O(n^2).
 *
 * <p>Pitfall: the binary search bound. Strictly increasing needs the first tail >= x (lower bound);
 * searching for the first tail > x (upper bound) lets equal values extend each other and answers the
 * non-decreasing version. And {@code tails} is not itself a valid subsequence, only its length is the
 * answer.
 */
public final class LongestIncreasingSubsequence {

    private LongestIncreasingSubsequence() {
    }

    public static int lengthOfLIS(int[] nums) {
        int[] tails = new int[nums.length];
        int size = 0;
        for (int x : nums) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] >= x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            tails[lo] = x;
            if (lo == size) {
                size++;
            }
        }
        return size;
    }
}
