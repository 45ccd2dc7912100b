package dlprep.engine.kernels;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelTest {

    private final int saved = Parallel.threads();

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(saved);
    }

    @Test
    void everyPartRunsExactlyOnceWhateverTheThreadCount() {
        for (int threads : new int[] {1, 2, 3}) {
            Parallel.setThreads(threads);
            for (int parts : new int[] {1, 2, 7, 1000}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(parts);
                for (int repeat = 0; repeat < 50; repeat++) {
                    Parallel.forEach(parts, runs::incrementAndGet);
                }
                for (int i = 0; i < parts; i++) {
                    assertEquals(50, runs.get(i), "part " + i + " of " + parts + " with " + threads + " threads");
                }
            }
        }
    }

    @Test
    void theCallerAndTheHelpersShareTheParts() {
        Parallel.setThreads(2);
        var names = ConcurrentHashMap.<String>newKeySet();
        for (int repeat = 0; repeat < 200 && names.size() < 2; repeat++) {
            Parallel.forEach(2, p -> {
                names.add(Thread.currentThread().getName());
                long end = System.nanoTime() + 200_000;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            });
        }
        assertTrue(names.contains(Thread.currentThread().getName()), names.toString());
        assertTrue(names.contains("dlprep-kernel-0"), names.toString());
    }

    @Test
    void nestedCallsRunInlineAndFinish() {
        Parallel.setThreads(2);
        AtomicIntegerArray inner = new AtomicIntegerArray(4 * 5);
        Parallel.forEach(4, outer -> Parallel.forEach(5, i -> inner.incrementAndGet(outer * 5 + i)));
        for (int i = 0; i < 20; i++) {
            assertEquals(1, inner.get(i));
        }
    }

    @Test
    void aFailingPartFailsTheCallAfterTheOthersFinish() {
        Parallel.setThreads(2);
        AtomicIntegerArray runs = new AtomicIntegerArray(8);
        IllegalStateException boom = new IllegalStateException("part 3");
        var thrown = assertThrows(IllegalStateException.class, () -> Parallel.forEach(8, i -> {
            runs.incrementAndGet(i);
            if (i == 3) {
                throw boom;
            }
        }));
        assertSame(boom, thrown);
        for (int i = 0; i < 8; i++) {
            assertEquals(1, runs.get(i), "part " + i);
        }
        Parallel.forEach(2, i -> { }); // the pool still works
    }

    @Test
    void forRangeCoversTheRangeInContiguousPieces() {
        Parallel.setThreads(2);
        AtomicIntegerArray seen = new AtomicIntegerArray(101);
        Parallel.forRange(101, 10, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                seen.incrementAndGet(i);
            }
        });
        for (int i = 0; i < 101; i++) {
            assertEquals(1, seen.get(i));
        }
    }
}
