package dlprep.algorithms.structures;

import java.util.function.LongBinaryOperator;

/**
 * Sparse table for range queries of an idempotent operation (min, max, gcd: {@code op(x, x) = x}) on a
 * static array. {@code table[k][i] = op(a[i .. i + 2^k))}, each level from the one below in O(n), so O(n log n)
 * to build. A query [l, r) covers its range with two overlapping blocks of length 2^k, k = floor(log2(r - l));
 * overlap is harmless because the operation is idempotent. O(1) per query.
 */
public final class SparseTable {

    private final long[][] table;
    private final LongBinaryOperator op;

    /** A table for {@code op}, which must be associative and idempotent. */
    public SparseTable(long[] values, LongBinaryOperator op) {
        if (values.length == 0) {
            throw new IllegalArgumentException("SparseTable: needs at least one value");
        }
        this.op = op;
        int levels = 32 - Integer.numberOfLeadingZeros(values.length);
        table = new long[levels][];
        table[0] = values.clone();
        for (int k = 1; k < levels; k++) {
            int half = 1 << (k - 1);
            int count = values.length - (1 << k) + 1;
            table[k] = new long[count];
            for (int i = 0; i < count; i++) {
                table[k][i] = op.applyAsLong(table[k - 1][i], table[k - 1][i + half]);
            }
        }
    }

    public static SparseTable min(long[] values) {
        return new SparseTable(values, Math::min);
    }

    public static SparseTable max(long[] values) {
        return new SparseTable(values, Math::max);
    }

    /** op over a[from..to), a non-empty range. */
    public long query(int from, int to) {
        if (from < 0 || to > table[0].length || from >= to) {
            throw new IndexOutOfBoundsException("SparseTable.query: range [" + from + ", " + to
                    + ") is empty or not inside [0, " + table[0].length + ")");
        }
        int k = 31 - Integer.numberOfLeadingZeros(to - from);
        return op.applyAsLong(table[k][from], table[k][to - (1 << k)]);
    }
}
