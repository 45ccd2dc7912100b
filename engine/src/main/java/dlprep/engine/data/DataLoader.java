package dlprep.engine.data;

import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * Serves a {@link Dataset} as mini-batches, as PyTorch's {@code torch.utils.data.DataLoader}: examples are
 * taken in order or in a shuffled order, optionally transformed, and stacked along a new first dimension
 * into a {@link Batch}; the next batches are prepared on a background thread while the current one is used
 * (see {@link PrefetchIterator}).
 *
 * <p>Each pass over the loader ({@link #iterator()}, one for-each loop) is an epoch. Epoch {@code e}
 * shuffles with a generator seeded from the loader's seed and {@code e}, so the same seed gives the same
 * orders, and every epoch a different one; {@link #setEpoch} picks the epoch the next pass uses (to resume
 * a run). Random transforms draw from a generator seeded from the seed, the epoch and the batch number.
 *
 * <pre>{@code
 * DataLoader loader = DataLoader.builder(FashionMnist.load(true)).batchSize(256).shuffle(true).seed(42).build();
 * for (Batch b : loader) { ... b.x() is [256, 1, 28, 28], b.y() is [256] ... }
 * }</pre>
 *
 * <p>Batches are built by copying each example's numbers straight into one array per batch; from a
 * {@link TensorDataset} without a transform the rows are copied from its storage directly.
 */
public final class DataLoader implements Iterable<Batch> {

    private final Dataset dataset;
    private final int batchSize;
    private final boolean shuffle;
    private final boolean dropLast;
    private final long seed;
    private final Transform transform;
    private final int prefetch;
    private int epoch;

    private DataLoader(Builder b) {
        this.dataset = b.dataset;
        this.batchSize = b.batchSize;
        this.shuffle = b.shuffle;
        this.dropLast = b.dropLast;
        this.seed = b.seed != null ? b.seed : Generator.global().integer(Long.MIN_VALUE, Long.MAX_VALUE);
        this.transform = b.transform;
        this.prefetch = b.prefetch;
    }

    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    /** A loader with the usual settings: shuffled or not, no transform, seed drawn from the global generator. */
    public static DataLoader of(Dataset dataset, int batchSize, boolean shuffle) {
        return builder(dataset).batchSize(batchSize).shuffle(shuffle).build();
    }

    public Dataset dataset() {
        return dataset;
    }

    public int batchSize() {
        return batchSize;
    }

    public long seed() {
        return seed;
    }

    /** Batches per epoch: {@code ceil(n / batchSize)}, or {@code floor(n / batchSize)} with dropLast. */
    public int numBatches() {
        int n = dataset.size();
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    /** The epoch the next {@link #iterator()} will serve. */
    public synchronized int epoch() {
        return epoch;
    }

    /** Makes the next {@link #iterator()} serve epoch {@code e} (PyTorch's {@code sampler.set_epoch}). */
    public synchronized void setEpoch(int e) {
        if (e < 0) {
            throw new IllegalArgumentException("DataLoader: epoch must be at least 0, got " + e);
        }
        epoch = e;
    }

    /** The order in which epoch {@code e} visits the examples: a permutation of {@code 0 .. n-1}. */
    public int[] order(int e) {
        int n = dataset.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (shuffle) {
            // Fisher-Yates: position i takes a uniformly chosen element of the not yet placed 0..i.
            Generator g = new Generator(streamSeed(e, -1));
            for (int i = n - 1; i > 0; i--) {
                int j = (int) g.integer(0, i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return order;
    }

    /** One epoch of batches; the next call serves the epoch after it. Close it to stop early at once. */
    @Override
    public PrefetchIterator<Batch> iterator() {
        int e;
        synchronized (this) {
            e = epoch++;
        }
        int[] order = order(e);
        return new PrefetchIterator<>(numBatches(), prefetch, k -> batch(order, e, k));
    }

    /** Batch {@code k} of an epoch whose example order is {@code order}. */
    private Batch batch(int[] order, int e, int k) {
        int from = k * batchSize;
        int to = Math.min(from + batchSize, order.length);
        if (transform == null && dataset instanceof TensorDataset tensors) {
            return new Batch(rows(tensors.features(), order, from, to), rows(tensors.labels(), order, from, to));
        }
        Generator random = transform == null ? null : new Generator(streamSeed(e, k));
        Tensor x = null;
        Tensor y = null;
        for (int i = from; i < to; i++) {
            Example ex = dataset.get(order[i]);
            Tensor xi = transform == null ? ex.x() : transform.apply(ex.x(), random);
            if (x == null) {
                x = stackOf(xi, to - from);
                y = stackOf(ex.y(), to - from);
            }
            place(xi, x, i - from, order[i], "input");
            place(ex.y(), y, i - from, order[i], "target");
        }
        return new Batch(x, y);
    }

    /** Rows {@code order[from..to)} of {@code t} (first dimension = examples), copied into one new tensor. */
    private static Tensor rows(Tensor t, int[] order, int from, int to) {
        int[] shape = t.shape();
        int rowLength = shape[0] == 0 ? 0 : t.numel() / shape[0];
        shape[0] = to - from;
        Tensor out = Tensor.zeros(t.dtype(), shape);
        Object source = storage(t);
        Object target = storage(out);
        for (int i = from; i < to; i++) {
            System.arraycopy(source, order[i] * rowLength, target, (i - from) * rowLength, rowLength);
        }
        return out;
    }

    /** An empty tensor for {@code count} examples shaped like {@code first}. */
    private static Tensor stackOf(Tensor first, int count) {
        int[] shape = new int[first.dim() + 1];
        shape[0] = count;
        System.arraycopy(first.shape(), 0, shape, 1, first.dim());
        return Tensor.zeros(first.dtype(), shape);
    }

    /** Copies {@code example} into slot {@code slot} of {@code stack}, which must have room of its shape. */
    private static void place(Tensor example, Tensor stack, int slot, int index, String what) {
        int[] slotShape = Arrays.copyOfRange(stack.shape(), 1, stack.dim());
        if (!Arrays.equals(example.shape(), slotShape) || example.dtype() != stack.dtype()) {
            throw new IllegalStateException("DataLoader: the " + what + " of example " + index + " is "
                    + example.dtype() + " " + Shape.str(example.shape()) + " but the first of its batch was "
                    + stack.dtype() + " " + Shape.str(slotShape) + "; examples of a batch must match");
        }
        int n = example.numel();
        System.arraycopy(storage(example), 0, storage(stack), slot * n, n);
    }

    private static Object storage(Tensor t) {
        return t.dtype() == DType.FLOAT64 ? t.doubleData() : t.floatData();
    }

    /**
     * The seed of one random stream of an epoch ({@code stream} -1: the shuffle, k: the transforms of batch
     * k), mixed with SplitMix64's finaliser (Steele, Lea and Flood, 2014) so neighbouring epochs and
     * batches get unrelated streams.
     */
    private long streamSeed(int e, int stream) {
        return mix(mix(mix(seed) + e) + stream);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The settings of a {@link DataLoader}, named as PyTorch's keyword arguments. */
    public static final class Builder {
        private final Dataset dataset;
        private int batchSize = 1;
        private boolean shuffle;
        private boolean dropLast;
        private Long seed;
        private Transform transform;
        private int prefetch = 2;

        private Builder(Dataset dataset) {
            this.dataset = dataset;
        }

        /** Examples per batch ({@code batch_size}; default 1). */
        public Builder batchSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("DataLoader: batchSize must be at least 1, got " + n);
            }
            batchSize = n;
            return this;
        }

        /** Whether each epoch visits the examples in a fresh random order ({@code shuffle}; default false). */
        public Builder shuffle(boolean on) {
            shuffle = on;
            return this;
        }

        /** Drops the last batch when it is smaller than batchSize ({@code drop_last}; default false). */
        public Builder dropLast(boolean on) {
            dropLast = on;
            return this;
        }

        /** The seed of the shuffles and random transforms; by default one drawn from the global generator. */
        public Builder seed(long s) {
            seed = s;
            return this;
        }

        /** A transform applied to each example's input before batching. */
        public Builder transform(Transform t) {
            transform = t;
            return this;
        }

        /** How many batches to prepare ahead on the background thread (default 2; 0: on the caller, no thread). */
        public Builder prefetch(int batches) {
            if (batches < 0) {
                throw new IllegalArgumentException("DataLoader: prefetch must be at least 0, got " + batches);
            }
            prefetch = batches;
            return this;
        }

        public DataLoader build() {
            return new DataLoader(this);
        }
    }
}
