package dlprep.algorithms.offer;

/**
 * JZ6 旋转数组的最小数字: the minimum of a non-decreasing array that was rotated (its prefix moved to the end).
 *
 * <p>Approach: binary search against the last element of the range. If {@code a[mid] > a[hi]} the minimum is
 * right of mid; if {@code a[mid] < a[hi]} it is at mid or left of it; if they are equal nothing can be
 * concluded ({@code [1,0,1,1,1]} versus {@code [1,1,1,0,1]}), so drop {@code hi}, which keeps a copy of
 * the minimum in range.
 *
 * <p>Complexity: O(log n) time without duplicates, O(n) in the worst case with them; O(1) space.
 *
 * <p>Original: solved as file JZ6; the inventory records no defect. Pitfall: comparing with {@code a[lo]}
 * fails on an unrotated array; returning 0 for an empty array (Nowcoder's old convention) hides the error.
 *
 * @see OfferProblems
 */
public final class MinInRotatedArray {
    private MinInRotatedArray() {
    }

    public static int min(int[] a) {
        Inputs.notNull(a, MinInRotatedArray.class, "array");
        if (a.length == 0) {
            throw Inputs.invalid(MinInRotatedArray.class, "the array is empty and has no minimum");
        }
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] > a[hi]) {
                lo = mid + 1;
            } else if (a[mid] < a[hi]) {
                hi = mid;
            } else {
                hi--;
            }
        }
        return a[lo];
    }
}
