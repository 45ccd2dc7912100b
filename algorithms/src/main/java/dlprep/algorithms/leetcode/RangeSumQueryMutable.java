package dlprep.algorithms.leetcode;

/**
 * Range Sum Query - Mutable: an array with two operations, set one element and sum a range [left, right].
 *
 * <p>Approach: a Fenwick (binary indexed) tree over the array, written inline: {@code tree[i]} holds the
 * sum of (i - lowbit(i), i] in 1-based indices. Setting a value adds the difference to the old one.
 *
 * <p>Complexity: O(n) construction (each node adds itself to its parent once), O(log n) per update and
 * query, O(n) space; a plain array makes sums O(n), prefix sums make updates O(n).
 *
 * <p>Pitfall: the operation is "set", the tree stores sums of additions: adding the new value instead of
 * new - old double counts. The 0-based API over a 1-based tree is the usual off-by-one, and sums of many
 * ints overflow an int, so they are long.
 */
public final class RangeSumQueryMutable {

    private final int[] values;
    private final long[] tree;

    public RangeSumQueryMutable(int[] nums) {
        values = nums.clone();
        tree = new long[nums.length + 1];
        for (int i = 1; i <= nums.length; i++) {
            tree[i] += nums[i - 1];
            int parent = i + (i & -i);
            if (parent <= nums.length) {
                tree[parent] += tree[i];
            }
        }
    }

    public void update(int index, int value) {
        checkIndex("update", index);
        long delta = (long) value - values[index];
        values[index] = value;
        for (int i = index + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    public long sumRange(int left, int right) {
        checkIndex("sumRange", left);
        checkIndex("sumRange", right);
        if (left > right) {
            throw new IllegalArgumentException("sumRange: left " + left + " is after right " + right);
        }
        return prefix(right + 1) - prefix(left);
    }

    /** Sum of the first {@code count} values. */
    private long prefix(int count) {
        long sum = 0;
        for (int i = count; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    private void checkIndex(String operation, int index) {
        if (index < 0 || index >= values.length) {
            throw new IndexOutOfBoundsException(operation + ": index " + index + " is outside 0.." + (values.length - 1));
        }
    }
}
