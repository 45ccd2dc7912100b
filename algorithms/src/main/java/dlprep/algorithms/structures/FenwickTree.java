package dlprep.algorithms.structures;

/**
 * Fenwick tree (binary indexed tree): point updates and prefix sums, both O(log n), in n + 1 longs.
 * With 1-based positions, {@code tree[i]} holds the sum of the {@code lowbit(i) = i & -i} elements ending at
 * i. A prefix sum walks down {@code i -= lowbit(i)} (one step per set bit); an update walks up
 * {@code i += lowbit(i)} through every node whose range covers i. The public API is 0-based.
 */
public final class FenwickTree {

    private final long[] tree;

    /** n zeros. */
    public FenwickTree(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("FenwickTree: size must be >= 0, got " + n);
        }
        tree = new long[n + 1];
    }

    /** The given values, built in O(n): each node passes its sum up to its parent {@code i + lowbit(i)}. */
    public FenwickTree(long[] values) {
        tree = new long[values.length + 1];
        System.arraycopy(values, 0, tree, 1, values.length);
        for (int i = 1; i < tree.length; i++) {
            int parent = i + (i & -i);
            if (parent < tree.length) {
                tree[parent] += tree[i];
            }
        }
    }

    public int size() {
        return tree.length - 1;
    }

    /** {@code a[index] += delta}. */
    public void add(int index, long delta) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("FenwickTree.add: index " + index + " outside 0.." + (size() - 1));
        }
        for (int i = index + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** The sum of the first {@code count} elements, {@code a[0] + ... + a[count - 1]}. */
    public long prefixSum(int count) {
        if (count < 0 || count > size()) {
            throw new IndexOutOfBoundsException("FenwickTree.prefixSum: count " + count + " outside 0.." + size());
        }
        long sum = 0;
        for (int i = count; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    /** The sum of {@code a[from..to)}. */
    public long rangeSum(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("FenwickTree.rangeSum: from " + from + " > to " + to);
        }
        return prefixSum(to) - prefixSum(from);
    }
}
