package dlprep.app.store;

import dlprep.app.serve.RunHistory.StoredRun;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Params;
import dlprep.lab.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finished runs in the database: every field back as written, newest first, kept across reopening. */
class RunStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00.123456Z");

    @TempDir
    Path dir;

    private static RunResult mlp(long seed) {
        List<TrainingEvent.EpochEnded> history = List.of(
                new TrainingEvent.EpochEnded(1, 2, metrics(0.6931471805599453, 0.5), 1.25),
                new TrainingEvent.EpochEnded(2, 2, metrics(0.1 + 0.2, 0.875), 0.75));
        return new RunResult("mlp", new Params(2, 0.05, 64, seed, 1000), metrics(0.30000000000000004, 0.875), history,
                0.75, 2.0000001, 123_456_789L);
    }

    private static Map<String, Double> metrics(double loss, double acc) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("train_loss", loss * 1.5);
        m.put("test_loss", loss);
        m.put("test_acc", acc);
        return m;
    }

    @Test
    void runWithItsHistoryRoundTripsWithEveryField() {
        try (Database db = Database.open(dir.resolve("dlprep.db"))) {
            RunStore store = new RunStore(db, Clock.fixed(T0, ZoneOffset.UTC));
            StoredRun added = store.add(mlp(7));
            assertEquals(1, added.id());
            assertEquals(Instant.parse("2026-11-27T08:00:00.123Z"), added.finished());
            StoredRun found = store.find(added.id()).orElseThrow();
            assertEquals(added, found);
            assertEquals(mlp(7), found.result());
            assertEquals(List.of("train_loss", "test_loss", "test_acc"), List.copyOf(found.result().metrics().keySet()),
                    "metrics keep their order (the run table lists them so)");
            assertEquals(0.875, found.result().history().get(1).metrics().get("test_acc"),
                    "the comparison chart reads test_loss and test_acc per epoch");
            assertEquals(Optional.empty(), store.find(99));
        }
    }

    @Test
    void runWithoutEpochsAndWithNaNMetricsRoundTrips() {
        RunResult closedForm = new RunResult("linreg-closed-form", new Params(1, 0.1, 1, 0, 0),
                Map.of("train_mse", Double.NaN, "test_mse", Double.POSITIVE_INFINITY), List.of(), Double.NaN, 0.01, 1L);
        try (Database db = Database.open(dir.resolve("dlprep.db"))) {
            RunStore store = new RunStore(db, Clock.systemUTC());
            assertEquals(closedForm, store.find(store.add(closedForm).id()).orElseThrow().result());
        }
    }

    @Test
    void allListsNewestFirstAndSurvivesReopening() {
        Path file = dir.resolve("data/dlprep.db");
        try (Database db = Database.open(file)) {
            RunStore store = new RunStore(db, Clock.systemUTC());
            store.add(mlp(1));
            store.add(mlp(2));
            store.add(mlp(3));
        }
        try (Database db = Database.open(file)) {
            RunStore store = new RunStore(db, Clock.systemUTC());
            List<StoredRun> all = store.all();
            assertEquals(List.of(3L, 2L, 1L), all.stream().map(StoredRun::id).toList());
            assertEquals(List.of(3L, 2L, 1L), all.stream().map(r -> r.result().params().seed()).toList());
            assertTrue(!all.get(0).finished().isBefore(all.get(2).finished()));
            assertEquals(4, store.add(mlp(4)).id(), "ids go on counting after reopening");
        }
    }
}
