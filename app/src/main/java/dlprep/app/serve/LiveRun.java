package dlprep.app.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.app.run.JsonEvents;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.Params;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * One training run started from the viewer, as its live page sees it: the events so far (the JSON objects
 * of {@link JsonEvents}, kept so a page opened late or reloaded replays them), its state, and a cancel flag.
 * As the run's listener it records each event; step events are throttled by time to at most one per
 * {@value #STEP_INTERVAL_MS} ms (plus each epoch's last step), so a browser gets a few updates per second.
 * After {@link #cancel()} the next event (the next step or epoch end) throws {@link CancellationException},
 * which ends the run.
 */
final class LiveRun implements ProgressListener {

    enum State { RUNNING, FINISHED, CANCELLED, FAILED }

    /** One server-sent event: its name and its JSON data. */
    record Event(String name, String data) {
    }

    /** The events after a position, and whether they are the last ones. */
    record Batch(List<Event> events, boolean ended) {
    }

    static final long STEP_INTERVAL_MS = 200;

    private final long id;
    private final Experiment experiment;
    private final Params params;
    private final Instant started = Instant.now();
    private final List<Event> events = new ArrayList<>();
    private volatile boolean cancelRequested;
    private State state = State.RUNNING;
    private long lastStepNanos;

    LiveRun(long id, Experiment experiment, Params params) {
        this.id = id;
        this.experiment = experiment;
        this.params = params;
    }

    long id() {
        return id;
    }

    Experiment experiment() {
        return experiment;
    }

    Params params() {
        return params;
    }

    Instant started() {
        return started;
    }

    synchronized State state() {
        return state;
    }

    synchronized boolean running() {
        return state == State.RUNNING;
    }

    /** Asks the run to stop at its next step or epoch end. */
    void cancel() {
        cancelRequested = true;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (cancelRequested) {
            throw new CancellationException("cancelled from the viewer");
        }
        if (event instanceof TrainingEvent.Step s) {
            long now = System.nanoTime();
            if (s.step() != s.stepsPerEpoch() && lastStepNanos != 0 && now - lastStepNanos < STEP_INTERVAL_MS * 1_000_000) {
                return;
            }
            lastStepNanos = now;
        }
        ObjectNode json = JsonEvents.of(event);
        append(new Event(json.get("event").asText(), json.toString()));
    }

    /** Ends the run in {@code state} with its last event. */
    synchronized void finish(State state, ObjectNode last) {
        events.add(new Event(last.get("event").asText(), last.toString()));
        this.state = state;
        notifyAll();
    }

    /** The events after the first {@code from}, waiting up to {@code timeoutMillis} for one if there is none yet. */
    synchronized Batch after(int from, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (events.size() <= from && state == State.RUNNING) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        List<Event> next = List.copyOf(events.subList(Math.min(from, events.size()), events.size()));
        return new Batch(next, state != State.RUNNING);
    }

    private synchronized void append(Event event) {
        events.add(event);
        notifyAll();
    }
}
