package dlprep.algorithms.leetcode;

/**
 * Median of Two Sorted Arrays: the median of the union of two sorted arrays, in logarithmic time.
 *
 * <p>Approach: binary search for a partition. Take i elements from the shorter array a and
 * j = (m + n + 1) / 2 - i from b, so the left parts hold half the elements; the partition is right when
 * a[i-1] <= b[j] and b[j-1] <= a[i]. The median is then the max of the left parts (odd total) or its mean
 * with the min of the right parts.
 *
 * <p>Complexity: O(log min(m, n)) time, O(1) space; merging is O(m + n).
 *
 * <p>Pitfall: the partition borders. When i or j is 0 or at the end, the missing neighbour acts as minus
 * or plus infinity; using Integer.MIN_VALUE / MAX_VALUE as those sentinels breaks when the arrays hold
 * those values, so the comparisons are written for the missing cases instead. Searching over the longer
 * array makes j negative. Two empty arrays have no median and are refused.
 */
public final class MedianOfTwoSortedArrays {

    private MedianOfTwoSortedArrays() {
    }

    public static double findMedianSortedArrays(int[] nums1, int[] nums2) {
        int[] a = nums1.length <= nums2.length ? nums1 : nums2;
        int[] b = a == nums1 ? nums2 : nums1;
        int m = a.length;
        int n = b.length;
        if (m + n == 0) {
            throw new IllegalArgumentException("findMedianSortedArrays: both arrays are empty; there is no median");
        }
        int half = (m + n + 1) / 2;
        int lo = 0;
        int hi = m;
        while (true) {
            int i = (lo + hi) >>> 1;
            int j = half - i;
            if (i > 0 && j < n && a[i - 1] > b[j]) {
                hi = i - 1;        // too many from a
            } else if (i < m && j > 0 && b[j - 1] > a[i]) {
                lo = i + 1;        // too few from a
            } else {
                long leftMax = i == 0 ? b[j - 1] : j == 0 ? a[i - 1] : Math.max(a[i - 1], b[j - 1]);
                if ((m + n) % 2 == 1) {
                    return leftMax;
                }
                long rightMin = i == m ? b[j] : j == n ? a[i] : Math.min(a[i], b[j]);
                return (leftMax + rightMin) / 2.0;
            }
        }
    }
}
