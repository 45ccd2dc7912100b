package dlprep.lab;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap every few milliseconds on a daemon thread and remembers the largest value. That
 * counts garbage the collector has not yet reclaimed, so it shows how much heap a run occupied under the
 * given {@code -Xmx}, not the least it needs: with a smaller heap the collector runs sooner and the peak drops
 * (poly-fit: 1456 MB under the default heap, 15 MB at {@code -Xmx48m}). Whether a run fits in a budget is
 * measured by running it with that {@code -Xmx}.
 */
public final class HeapPeak implements AutoCloseable {

    private static final long PERIOD_MS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    public HeapPeak() {
        peak = used();
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "dlprep-heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The largest heap use seen so far, in bytes. */
    public long peakBytes() {
        return Math.max(peak, used());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
