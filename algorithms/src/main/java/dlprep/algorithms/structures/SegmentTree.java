package dlprep.algorithms.structures;

/**
 * Segment tree with lazy propagation: add a value to a range, and ask for the sum or the minimum of a
 * range, each in O(log n). Node {@code v} covers a range and stores its sum and minimum; an update that
 * covers a node's whole range stops there and leaves a pending add ("lazy tag") that is pushed to the two
 * children only when a later operation needs to go below. Invariant: a node's sum and min are correct for
 * its range once the pending adds of all its ancestors are applied. Ranges are half-open, 0-based.
 */
public final class SegmentTree {

    private final int n;
    private final long[] sum;
    private final long[] min;
    private final long[] pending;

    public SegmentTree(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("SegmentTree: needs at least one value");
        }
        n = values.length;
        sum = new long[4 * n];
        min = new long[4 * n];
        pending = new long[4 * n];
        build(1, 0, n, values);
    }

    public int size() {
        return n;
    }

    /** {@code a[i] += delta} for every i in [from, to). */
    public void add(int from, int to, long delta) {
        check("add", from, to);
        if (from < to) {
            add(1, 0, n, from, to, delta);
        }
    }

    /** The sum of a[from..to); 0 for an empty range. */
    public long sum(int from, int to) {
        check("sum", from, to);
        return from == to ? 0 : sum(1, 0, n, from, to);
    }

    /** The minimum of a[from..to), which must not be empty. */
    public long min(int from, int to) {
        check("min", from, to);
        if (from == to) {
            throw new IllegalArgumentException("SegmentTree.min: the range [" + from + ", " + to + ") is empty");
        }
        return min(1, 0, n, from, to);
    }

    private void build(int v, int lo, int hi, long[] values) {
        if (hi - lo == 1) {
            sum[v] = values[lo];
            min[v] = values[lo];
            return;
        }
        int mid = (lo + hi) >>> 1;
        build(2 * v, lo, mid, values);
        build(2 * v + 1, mid, hi, values);
        pull(v);
    }

    private void add(int v, int lo, int hi, int from, int to, long delta) {
        if (from <= lo && hi <= to) {
            apply(v, lo, hi, delta);
            return;
        }
        push(v, lo, hi);
        int mid = (lo + hi) >>> 1;
        if (from < mid) {
            add(2 * v, lo, mid, from, to, delta);
        }
        if (to > mid) {
            add(2 * v + 1, mid, hi, from, to, delta);
        }
        pull(v);
    }

    private long sum(int v, int lo, int hi, int from, int to) {
        if (from <= lo && hi <= to) {
            return sum[v];
        }
        push(v, lo, hi);
        int mid = (lo + hi) >>> 1;
        long s = 0;
        if (from < mid) {
            s += sum(2 * v, lo, mid, from, to);
        }
        if (to > mid) {
            s += sum(2 * v + 1, mid, hi, from, to);
        }
        return s;
    }

    private long min(int v, int lo, int hi, int from, int to) {
        if (from <= lo && hi <= to) {
            return min[v];
        }
        push(v, lo, hi);
        int mid = (lo + hi) >>> 1;
        long m = Long.MAX_VALUE;
        if (from < mid) {
            m = Math.min(m, min(2 * v, lo, mid, from, to));
        }
        if (to > mid) {
            m = Math.min(m, min(2 * v + 1, mid, hi, from, to));
        }
        return m;
    }

    /** Adds delta to every element of node v's range, recording it as pending for the children. */
    private void apply(int v, int lo, int hi, long delta) {
        sum[v] += delta * (hi - lo);
        min[v] += delta;
        pending[v] += delta;
    }

    private void push(int v, int lo, int hi) {
        if (pending[v] != 0) {
            int mid = (lo + hi) >>> 1;
            apply(2 * v, lo, mid, pending[v]);
            apply(2 * v + 1, mid, hi, pending[v]);
            pending[v] = 0;
        }
    }

    private void pull(int v) {
        sum[v] = sum[2 * v] + sum[2 * v + 1];
        min[v] = Math.min(min[2 * v], min[2 * v + 1]);
    }

    private void check(String op, int from, int to) {
        if (from < 0 || to > n || from > to) {
            throw new IndexOutOfBoundsException("SegmentTree." + op + ": range [" + from + ", " + to
                    + ") is not inside [0, " + n + ")");
        }
    }
}
