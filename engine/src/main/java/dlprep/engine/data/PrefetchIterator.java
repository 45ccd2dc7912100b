package dlprep.engine.data;

import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;

/**
 * Iterates items {@code 0 .. count-1} made by a producer function, which runs on a background daemon thread
 * named {@value #THREAD_NAME} at most {@code depth} items ahead of the consumer (a bounded queue: the
 * producer waits when it is full). With depth 0 every item is made on the caller's thread when asked for.
 *
 * <p>An exception thrown by the producer reaches the consumer: the {@code next()} that would have returned
 * the failed item rethrows it (with the consumer's stack added as a suppressed exception). The thread ends
 * when the last item is taken, on {@link #close()}, or, for an iteration abandoned half way (a
 * {@code break} out of a for-each loop), when the iterator is garbage-collected, as PyTorch's data-loader
 * iterator shuts its workers down in {@code __del__}.
 */
public final class PrefetchIterator<T> implements Iterator<T>, AutoCloseable {

    public static final String THREAD_NAME = "dlprep-data-prefetch";

    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "dlprep-data-cleaner");
        t.setDaemon(true);
        return t;
    });

    private final int count;
    private final IntFunction<T> producer;
    private final Worker worker;
    private final Cleaner.Cleanable cleanable;
    private int next;

    public PrefetchIterator(int count, int depth, IntFunction<T> producer) {
        if (count < 0 || depth < 0) {
            throw new IllegalArgumentException("PrefetchIterator: count and depth must be at least 0, got "
                    + count + " and " + depth);
        }
        this.count = count;
        this.producer = producer;
        if (depth > 0 && count > 0) {
            worker = new Worker(count, depth, producer);
            cleanable = CLEANER.register(this, worker::stop); // the worker holds no reference back to this
            worker.thread.start();
        } else {
            worker = null;
            cleanable = null;
        }
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("PrefetchIterator: all " + count + " items were taken");
        }
        int index = next++;
        if (worker == null) {
            return producer.apply(index);
        }
        Object item;
        try {
            item = worker.queue.take();
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("PrefetchIterator: interrupted while waiting for item " + index, e);
        }
        if (item instanceof Failure failure) {
            close();
            Throwable cause = failure.cause;
            cause.addSuppressed(new IllegalStateException("rethrown by " + Thread.currentThread().getName()
                    + " when it asked the " + THREAD_NAME + " thread for item " + index));
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException("PrefetchIterator: producing item " + index + " failed", cause);
        }
        if (next == count) {
            close();
        }
        @SuppressWarnings("unchecked")
        T t = (T) item;
        return t;
    }

    /** Stops the producer thread and waits for it to end; later calls do nothing. */
    @Override
    public void close() {
        next = count;
        if (worker != null) {
            cleanable.clean(); // runs worker.stop() once
            try {
                worker.thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the producer thread left in the queue instead of an item. */
    private record Failure(Throwable cause) {
    }

    /** The producer thread and its queue; it must not refer to the iterator, or the iterator is never collected. */
    private static final class Worker {
        final BlockingQueue<Object> queue;
        final Thread thread;
        volatile boolean stopped;

        Worker(int count, int depth, IntFunction<?> producer) {
            queue = new ArrayBlockingQueue<>(depth);
            thread = new Thread(() -> {
                for (int i = 0; i < count && !stopped; i++) {
                    Object item;
                    try {
                        item = producer.apply(i);
                    } catch (Throwable t) {
                        item = new Failure(t);
                    }
                    try {
                        queue.put(item);
                    } catch (InterruptedException e) {
                        return; // stop() was called
                    }
                    if (item instanceof Failure) {
                        return;
                    }
                }
            }, THREAD_NAME);
            thread.setDaemon(true);
        }

        void stop() {
            stopped = true;
            thread.interrupt();
        }
    }
}
