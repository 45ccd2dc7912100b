package dlprep.app.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A live run's event log: step throttling, the epoch ends kept, cancellation at the next event, the end. */
class LiveRunTest {

    private final LiveRun run = new LiveRun(1, Experiments.get("linreg-concise"), Experiments.get("linreg-concise").defaults());

    @Test
    void stepsFasterThanTheIntervalAreThinnedButEachEpochsLastStepIsKept() throws InterruptedException {
        run.onEvent(new TrainingEvent.Started(1, 1000));
        for (int step = 1; step <= 1000; step++) {
            run.onEvent(new TrainingEvent.Step(1, step, 1000, 1.0, 0));
        }
        run.onEvent(new TrainingEvent.EpochEnded(1, 1, Map.of("test_loss", 0.5), 0.1));
        List<LiveRun.Event> events = run.after(0, 0).events();
        List<String> steps = events.stream().filter(e -> e.name().equals("step")).map(LiveRun.Event::data).toList();
        // 1000 steps in far less than LiveRun.STEP_INTERVAL_MS: the first, maybe one more, and the last
        assertTrue(steps.size() >= 2 && steps.size() <= 3, steps.toString());
        assertTrue(steps.get(0).contains("\"step\":1,"), steps.get(0));
        assertTrue(steps.get(steps.size() - 1).contains("\"step\":1000,"), steps.toString());
        assertEquals("started", events.get(0).name());
        assertEquals("epoch", events.get(events.size() - 1).name());
    }

    @Test
    void afterCancelTheNextEventEndsTheRun() {
        run.onEvent(new TrainingEvent.Started(1, 10));
        run.cancel();
        assertThrows(CancellationException.class, () -> run.onEvent(new TrainingEvent.Step(1, 1, 10, 1.0, 0)));
    }

    @Test
    void aReaderWaitingForNewsIsWokenByTheEndAndToldItIsOver() throws InterruptedException {
        run.onEvent(new TrainingEvent.Started(1, 10));
        assertFalse(run.after(1, 10).ended(), "nothing new yet, still running");
        Thread finisher = new Thread(() -> run.finish(LiveRun.State.CANCELLED,
                JsonNodeFactory.instance.objectNode().put("event", "cancelled")));
        finisher.start();
        LiveRun.Batch batch = run.after(1, 10_000);
        finisher.join();
        assertEquals("cancelled", batch.events().get(0).name());
        assertTrue(batch.ended());
        assertFalse(run.running());
    }
}
