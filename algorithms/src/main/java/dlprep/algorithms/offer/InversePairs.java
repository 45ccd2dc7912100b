package dlprep.algorithms.offer;

/**
 * JZ35 数组中的逆序对: the number of pairs i &lt; j with a[i] &gt; a[j]; Nowcoder asks for it modulo
 * 1,000,000,007.
 *
 * <p>Approach: merge sort. When merging two sorted halves, each element taken from the right half is
 * smaller than every element still waiting in the left half, so it closes that many inversions at once.
 * Equal elements are taken from the left first, since equal values are no inversion.
 *
 * <p>Complexity: O(n log n) time, O(n) space.
 *
 * <p>Original: solved twice, in files JZ35 and JZ36 (numbering shifted by one); the inventory records no
 * defect. Pitfalls: the count reaches n(n-1)/2, beyond an int for n &gt; 65,536, so it is a long; taking
 * the right element on ties counts equal pairs.
 *
 * @see OfferProblems
 */
public final class InversePairs {
    /** Nowcoder's modulus. */
    public static final long MODULUS = 1_000_000_007L;

    private InversePairs() {
    }

    /** The exact number of inversions; {@code a} is left unchanged. */
    public static long count(int[] a) {
        Inputs.notNull(a, InversePairs.class, "array");
        int[] work = a.clone();
        return sortAndCount(work, new int[a.length], 0, a.length);
    }

    /** Nowcoder's answer: the count modulo {@link #MODULUS}. */
    public static int countModulo(int[] a) {
        return (int) (count(a) % MODULUS);
    }

    /** Sorts a[lo, hi) and returns its inversions. */
    private static long sortAndCount(int[] a, int[] buffer, int lo, int hi) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long count = sortAndCount(a, buffer, lo, mid) + sortAndCount(a, buffer, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (a[i] <= a[j]) {
                buffer[k++] = a[i++];
            } else {
                count += mid - i;
                buffer[k++] = a[j++];
            }
        }
        while (i < mid) {
            buffer[k++] = a[i++];
        }
        while (j < hi) {
            buffer[k++] = a[j++];
        }
        System.arraycopy(buffer, lo, a, lo, hi - lo);
        return count;
    }
}
