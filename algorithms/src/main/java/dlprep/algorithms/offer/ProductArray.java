package dlprep.algorithms.offer;

/**
 * JZ51 构建乘积数组: B[i] = the product of all A[j] with j != i, without division.
 *
 * <p>Approach: B[i] = (A[0] ... A[i-1]) (A[i+1] ... A[n-1]): fill B with prefix products left to right, then
 * multiply in suffix products right to left with one running variable. Division would fail on zeros.
 *
 * <p>Complexity: O(n) time, O(1) extra space besides the output.
 *
 * <p>Original: solved as file JZ51; the inventory records no defect. Overflow: products are int products,
 * exact when they fit and otherwise wrapped modulo 2^32 as Java's int multiplication wraps; since
 * multiplication modulo 2^32 is associative, the prefix-times-suffix result is the same as multiplying the
 * n - 1 factors one by one.
 *
 * @see OfferProblems
 */
public final class ProductArray {
    private ProductArray() {
    }

    public static int[] multiply(int[] a) {
        Inputs.notNull(a, ProductArray.class, "array");
        int[] b = new int[a.length];
        int prefix = 1;
        for (int i = 0; i < a.length; i++) {
            b[i] = prefix;
            prefix *= a[i];
        }
        int suffix = 1;
        for (int i = a.length - 1; i >= 0; i--) {
            b[i] *= suffix;
            suffix *= a[i];
        }
        return b;
    }
}
