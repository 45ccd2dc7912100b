package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataLoaderTest {

    /** n examples whose input is a 1x2x3 image filled with its index and whose label is its index. */
    static TensorDataset indexed(int n) {
        float[] x = new float[n * 6];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(x, i * 6, i * 6 + 6, i);
            y[i] = i;
        }
        return new TensorDataset(Tensor.wrap(x, n, 1, 2, 3), Tensor.wrap(y, n));
    }

    /** The same examples through the plain {@link Dataset} interface (no fast path). */
    static Dataset viaInterface(TensorDataset data) {
        return new Dataset() {
            @Override
            public int size() {
                return data.size();
            }

            @Override
            public Example get(int index) {
                return data.get(index);
            }
        };
    }

    /** The labels of every batch of one pass, in order. */
    static List<Integer> labelsOfOnePass(DataLoader loader) {
        List<Integer> out = new ArrayList<>();
        for (Batch b : loader) {
            for (float v : b.y().toArray()) {
                out.add((int) v);
            }
        }
        return out;
    }

    static long prefetchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals(PrefetchIterator.THREAD_NAME))
                .count();
    }

    @Test
    void batchesStackExamplesAlongANewFirstDimension() {
        DataLoader loader = DataLoader.builder(indexed(10)).batchSize(4).build();
        assertEquals(3, loader.numBatches());
        List<Batch> batches = new ArrayList<>();
        loader.forEach(batches::add);
        assertEquals(3, batches.size());
        assertArrayEquals(new int[] {4, 1, 2, 3}, batches.get(0).x().shape());
        assertArrayEquals(new int[] {4}, batches.get(0).y().shape());
        assertArrayEquals(new float[] {4, 5, 6, 7}, batches.get(1).y().toArray());
        assertEquals(5f, batches.get(1).x().get(1, 0, 1, 2));
    }

    @Test
    void lastPartialBatchIsKeptUnlessDropLast() {
        DataLoader keep = DataLoader.builder(indexed(10)).batchSize(4).build();
        List<Batch> kept = new ArrayList<>();
        keep.forEach(kept::add);
        assertEquals(2, kept.get(2).size());
        assertArrayEquals(new int[] {2, 1, 2, 3}, kept.get(2).x().shape());

        DataLoader drop = DataLoader.builder(indexed(10)).batchSize(4).dropLast(true).build();
        assertEquals(2, drop.numBatches());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), labelsOfOnePass(drop));
    }

    @Test
    void withoutShuffleExamplesComeInOrder() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), labelsOfOnePass(DataLoader.of(indexed(7), 3, false)));
    }

    @Test
    void sameSeedGivesTheSameOrder() {
        DataLoader a = DataLoader.builder(indexed(100)).batchSize(8).shuffle(true).seed(42).build();
        DataLoader b = DataLoader.builder(indexed(100)).batchSize(8).shuffle(true).seed(42).build();
        DataLoader c = DataLoader.builder(indexed(100)).batchSize(8).shuffle(true).seed(43).build();
        List<Integer> first = labelsOfOnePass(a);
        assertEquals(first, labelsOfOnePass(b));
        assertNotEquals(first, labelsOfOnePass(c));
    }

    @Test
    void eachEpochHasANewOrderAndSetEpochRepeatsIt() {
        DataLoader a = DataLoader.builder(indexed(100)).batchSize(8).shuffle(true).seed(42).build();
        List<Integer> epoch0 = labelsOfOnePass(a);
        List<Integer> epoch1 = labelsOfOnePass(a);
        assertNotEquals(epoch0, epoch1);
        assertEquals(2, a.epoch());

        DataLoader resumed = DataLoader.builder(indexed(100)).batchSize(8).shuffle(true).seed(42).build();
        resumed.setEpoch(1);
        assertEquals(epoch1, labelsOfOnePass(resumed));
    }

    @Test
    void everyExampleComesExactlyOncePerEpoch() {
        DataLoader loader = DataLoader.builder(indexed(103)).batchSize(10).shuffle(true).seed(5).build();
        for (int epoch = 0; epoch < 3; epoch++) {
            List<Integer> seen = labelsOfOnePass(loader);
            assertEquals(Arrays.stream(loader.order(epoch)).boxed().toList(), seen);
            assertEquals(103, seen.size());
            List<Integer> sorted = new ArrayList<>(seen);
            sorted.sort(null);
            for (int i = 0; i < 103; i++) {
                assertEquals(i, sorted.get(i));
            }
        }
    }

    @Test
    void inputsTravelWithTheirLabels() {
        for (Batch b : DataLoader.builder(indexed(50)).batchSize(7).shuffle(true).seed(1).build()) {
            for (int i = 0; i < b.size(); i++) {
                assertEquals(b.y().get(i), b.x().get(i, 0, 1, 1));
            }
        }
    }

    @Test
    void anyDatasetBatchesLikeATensorDataset() {
        TensorDataset data = indexed(30);
        DataLoader fast = DataLoader.builder(data).batchSize(4).shuffle(true).seed(9).build();
        DataLoader plain = DataLoader.builder(viaInterface(data)).batchSize(4).shuffle(true).seed(9).build();
        var a = fast.iterator();
        var b = plain.iterator();
        while (a.hasNext()) {
            Batch x = a.next();
            Batch y = b.next();
            assertArrayEquals(x.x().shape(), y.x().shape());
            assertArrayEquals(x.x().toArray(), y.x().toArray());
            assertArrayEquals(x.y().toArray(), y.y().toArray());
        }
        assertFalse(b.hasNext());
    }

    @Test
    void prefetchingDoesNotChangeTheBatches() {
        Transform flip = new RandomHorizontalFlip(0.5);
        TensorDataset data = new TensorDataset(Tensor.rand(new Generator(2), 40, 1, 3, 3), Tensor.zeros(40));
        DataLoader inline = DataLoader.builder(data).batchSize(6).shuffle(true).seed(77).transform(flip).prefetch(0).build();
        DataLoader ahead = DataLoader.builder(data).batchSize(6).shuffle(true).seed(77).transform(flip).prefetch(2).build();
        var a = inline.iterator();
        var b = ahead.iterator();
        while (a.hasNext()) {
            assertArrayEquals(a.next().x().toArray(), b.next().x().toArray());
        }
    }

    @Test
    void transformIsAppliedToEachInput() {
        DataLoader loader = DataLoader.builder(indexed(5)).batchSize(5).transform(new Resize(4, 6)).build();
        Batch b = loader.iterator().next();
        assertArrayEquals(new int[] {5, 1, 4, 6}, b.x().shape());
        assertEquals(3f, b.x().get(3, 0, 2, 5));
    }

    @Test
    void examplesOfDifferentShapesInOneBatchAreNamed() {
        Dataset ragged = new Dataset() {
            @Override
            public int size() {
                return 3;
            }

            @Override
            public Example get(int index) {
                return new Example(Tensor.zeros(index == 2 ? 4 : 3), Tensor.scalar(index));
            }
        };
        DataLoader loader = DataLoader.builder(ragged).batchSize(3).prefetch(0).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loader.iterator().next());
        assertTrue(e.getMessage().contains("example 2 is float32 [4] but the first of its batch was float32 [3]"),
                e.getMessage());
    }

    @Test
    void producerExceptionReachesTheConsumer() {
        TensorDataset data = indexed(20);
        Dataset broken = new Dataset() {
            @Override
            public int size() {
                return data.size();
            }

            @Override
            public Example get(int index) {
                if (index == 9) {
                    throw new IllegalArgumentException("example 9 is broken");
                }
                return data.get(index);
            }
        };
        var it = DataLoader.builder(broken).batchSize(4).build().iterator();
        assertEquals(4, it.next().size());
        assertEquals(4, it.next().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, it::next); // batch 2 holds 8..11
        assertEquals("example 9 is broken", e.getMessage());
        assertTrue(e.getSuppressed()[0].getMessage().contains("rethrown by"), e.getSuppressed()[0].getMessage());
        assertFalse(it.hasNext());
        assertEquals(0, prefetchThreads());
    }

    @Test
    void closingAnIterationStopsItsThreadAtOnce() {
        DataLoader loader = DataLoader.builder(indexed(1000)).batchSize(10).build();
        try (var it = loader.iterator()) {
            it.next();
            assertEquals(1, prefetchThreads());
        }
        assertEquals(0, prefetchThreads());
    }

    @Test
    void aFinishedIterationLeavesNoThread() {
        labelsOfOnePass(DataLoader.builder(indexed(100)).batchSize(10).build());
        assertEquals(0, prefetchThreads());
    }

    @Test
    void breakingOutOfLoopsDoesNotLeakThreads() throws InterruptedException {
        DataLoader loader = DataLoader.builder(indexed(1000)).batchSize(10).build();
        for (int run = 0; run < 20; run++) {
            for (Batch b : loader) {
                assertEquals(10, b.size());
                break; // the producer is now parked on a full queue, 2 batches ahead
            }
        }
        // The abandoned iterators are unreachable; the collector lets the cleaner stop their threads.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (prefetchThreads() > 0 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(0, prefetchThreads());
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> DataLoader.builder(indexed(3)).batchSize(0));
        assertThrows(IllegalArgumentException.class, () -> DataLoader.builder(indexed(3)).prefetch(-1));
        assertThrows(IllegalArgumentException.class, () -> DataLoader.of(indexed(3), 1, false).setEpoch(-1));
    }
}
