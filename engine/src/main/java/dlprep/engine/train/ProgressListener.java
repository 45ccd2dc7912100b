package dlprep.engine.train;

/** Receives a run's {@link TrainingEvent}s, in order, on the thread that runs it. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = e -> { };

    void onEvent(TrainingEvent event);
}
