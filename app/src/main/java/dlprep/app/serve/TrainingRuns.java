package dlprep.app.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.app.run.JsonEvents;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The viewer's training runs: one at a time, on one background thread. A start while a run is going is
 * refused (the page answers 409 and links the running one) rather than queued, so a click never waits
 * unseen behind a long run. A finished run's result goes to the {@link RunHistory}. The run does not
 * depend on any browser: a page that closes stops reading its events, and the run goes on until it
 * finishes or is cancelled.
 */
final class TrainingRuns implements AutoCloseable {

    static final int KEPT = 10;

    private final RunHistory history;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dlprep-training");
        t.setDaemon(true);
        return t;
    });
    /** The last {@value #KEPT} runs by id, so their pages still replay after newer ones start. */
    private final Map<Long, LiveRun> recent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, LiveRun> eldest) {
            return size() > KEPT;
        }
    };
    private LiveRun latest;
    private long nextId = 1;

    TrainingRuns(RunHistory history) {
        this.history = history;
    }

    /** Starts {@code experiment} with {@code params}; empty when another run is still going. */
    synchronized Optional<LiveRun> start(Experiment experiment, Params params) {
        if (latest != null && latest.running()) {
            return Optional.empty();
        }
        LiveRun run = new LiveRun(nextId++, experiment, params);
        latest = run;
        recent.put(run.id(), run);
        worker.execute(() -> train(run));
        return Optional.of(run);
    }

    /** The run with this id, if it is one of the last {@value #KEPT} (older ones are only in the history). */
    synchronized Optional<LiveRun> find(long id) {
        return Optional.ofNullable(recent.get(id));
    }

    /** The run going now, if any. */
    synchronized Optional<LiveRun> running() {
        return latest != null && latest.running() ? Optional.of(latest) : Optional.empty();
    }

    private void train(LiveRun run) {
        try {
            RunResult result = Runner.run(run.experiment(), run.params(), run);
            RunHistory.StoredRun stored = history.add(result);
            run.finish(LiveRun.State.FINISHED, JsonEvents.of(result).put("run", stored.id()));
        } catch (CancellationException e) {
            run.finish(LiveRun.State.CANCELLED, event("cancelled", "cancelled; nothing was stored"));
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            run.finish(LiveRun.State.FAILED, event("failed", e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static ObjectNode event(String name, String text) {
        return JsonNodeFactory.instance.objectNode().put("event", name).put("text", text);
    }

    /** Cancels the run going now and stops the thread. */
    @Override
    public void close() {
        running().ifPresent(LiveRun::cancel);
        worker.shutdownNow();
    }
}
