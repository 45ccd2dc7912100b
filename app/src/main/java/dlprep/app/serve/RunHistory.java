package dlprep.app.serve;

import dlprep.lab.RunResult;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The finished training runs the viewer keeps: what the experiment pages list and the history page compares.
 * {@code dlprep serve} keeps them in its database ({@link dlprep.app.store.RunStore}), across restarts.
 */
public interface RunHistory {

    /** A finished run as stored: its id in this history, when it finished, and its result. */
    record StoredRun(long id, Instant finished, RunResult result) {
    }

    /** Stores {@code result}, finished now, under a new id. */
    StoredRun add(RunResult result);

    /** Every stored run, newest first. */
    List<StoredRun> all();

    /** The stored run with this id. */
    Optional<StoredRun> find(long id);
}
