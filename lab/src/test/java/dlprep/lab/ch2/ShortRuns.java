package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The smoke check every chapter-2 experiment takes: one short epoch on the committed subset of Fashion-MNIST. */
final class ShortRuns {

    private ShortRuns() {
    }

    /**
     * Runs experiment {@code id} for one epoch on its first {@code limit} training examples (with batch size
     * {@code batchSize}, or its default when null) and checks it belongs to chapter 2, records one epoch,
     * ends with a training loss within {@code tolerance} of a uniform guess's ln 10 (a few steps cannot learn
     * much) and reports an accuracy in [0, 1]. The build sets DLPREP_DATA to the 500 + 500 example subset.
     */
    static void completeAnEpochNearChance(String id, Integer batchSize, int limit, double tolerance)
            throws Exception {
        Experiment e = Experiments.get(id);
        assertEquals(Chapter2.NAME, e.chapter());
        RunResult r = Runner.run(e, e.defaults().with(1, null, batchSize, null, limit), ProgressListener.NONE);
        assertEquals(1, r.history().size());
        assertEquals(Math.log(10), r.metrics().get("train_loss"), tolerance, r.metrics().toString());
        double acc = r.metrics().get("test_acc");
        assertTrue(acc >= 0 && acc <= 1, "accuracy " + acc);
    }
}
