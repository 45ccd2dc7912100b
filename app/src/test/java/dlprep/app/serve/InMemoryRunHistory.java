package dlprep.app.serve;

import dlprep.lab.RunResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A {@link RunHistory} in memory: the runs of this server's lifetime, ids counting from 1. */
public final class InMemoryRunHistory implements RunHistory {

    private final List<StoredRun> runs = new ArrayList<>();

    @Override
    public synchronized StoredRun add(RunResult result) {
        StoredRun run = new StoredRun(runs.size() + 1, Instant.now(), result);
        runs.add(run);
        return run;
    }

    @Override
    public synchronized List<StoredRun> all() {
        List<StoredRun> newestFirst = new ArrayList<>(runs);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public synchronized Optional<StoredRun> find(long id) {
        return id >= 1 && id <= runs.size() ? Optional.of(runs.get((int) (id - 1))) : Optional.empty();
    }
}
