package dlprep.lab;

import dlprep.engine.train.TrainingEvent;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabTest {

    @Test
    void experimentIdsAreUniqueAndDefaultsValid() {
        var ids = new HashSet<String>();
        for (Experiment e : Experiments.all()) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            assertTrue(e.id().matches("[a-z0-9-]+"), e.id());
            assertTrue(!e.description().isBlank() && !e.chapter().isBlank(), e.id());
            e.defaults(); // constructing them validates them
        }
    }

    @Test
    void overridesReplaceOnlyWhatIsGiven() {
        Params p = new Params(10, 0.1, 256, 0, 0).with(null, 0.5, null, 7L, null);
        assertEquals(new Params(10, 0.5, 256, 7, 0), p);
    }

    @Test
    void outOfRangeParamsNameTheOption() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Params(1, 0.1, 0, 0, 0));
        assertTrue(e.getMessage().startsWith("--batch-size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Params(1, Double.NaN, 1, 0, 0));
        assertTrue(e.getMessage().startsWith("--lr"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Params(1, 0.1, 1, 0, -1));
        assertTrue(e.getMessage().startsWith("--limit"), e.getMessage());
    }

    @Test
    void limitCapsTheTrainingExamples() {
        assertEquals(1000, new Params(1, 0.1, 1, 0, 0).trainingExamples(1000));
        assertEquals(200, new Params(1, 0.1, 1, 0, 200).trainingExamples(1000));
        assertEquals(1000, new Params(1, 0.1, 1, 0, 5000).trainingExamples(1000));
    }

    @Test
    void optionsAnExperimentCannotUseAreRejectedByName() {
        Experiment closedForm = Experiments.get("linreg-closed-form");
        Params defaults = closedForm.defaults();
        UnusedOptions.reject(closedForm, defaults.with(null, null, null, 7L, 10), "why",
                UnusedOptions.Option.EPOCHS, UnusedOptions.Option.BATCH_SIZE); // seed and limit are not checked
        var e = assertThrows(IllegalArgumentException.class, () -> UnusedOptions.reject(closedForm,
                defaults.with(null, null, 32, null, null), "why", UnusedOptions.Option.BATCH_SIZE));
        assertEquals("--batch-size has no meaning for linreg-closed-form (why); leave it out", e.getMessage());
    }

    @Test
    void unknownIdSuggestsNearbyOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Experiments.get("mlp-scrach"));
        assertTrue(e.getMessage().contains("did you mean mlp-scratch"), e.getMessage());
        assertEquals(3, Experiments.editDistance("kitten", "sitting")); // the textbook example
    }

    @Test
    void secondsPerEpochIsTheMedianOfEpochsAfterTheFirst() {
        List<TrainingEvent.EpochEnded> h = List.of(epoch(1, 9.0), epoch(2, 1.0), epoch(3, 3.0), epoch(4, 2.0));
        assertEquals(2.0, RunResult.medianEpochSeconds(h)); // median of 1, 3, 2; the warm-up epoch 1 is left out
        assertEquals(9.0, RunResult.medianEpochSeconds(List.of(epoch(1, 9.0))));
        assertTrue(Double.isNaN(RunResult.medianEpochSeconds(List.of())));
    }

    private static TrainingEvent.EpochEnded epoch(int i, double s) {
        return new TrainingEvent.EpochEnded(i, 4, Map.of(), s);
    }
}
