package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassicCnnExperimentsTest {

    /** On the committed 500 + 500 example subset of Fashion-MNIST (the build sets DLPREP_DATA to it), resized. */
    @ParameterizedTest
    @ValueSource(strings = {"alexnet", "vgg", "nin", "googlenet"})
    void shortRunOnTheSubsetCompletesAnEpoch(String id) throws Exception {
        Experiment e = Experiments.get(id);
        assertEquals(Chapter2.NAME, e.chapter());
        RunResult r = Runner.run(e, e.defaults().with(1, null, null, null, 200), ProgressListener.NONE);
        assertEquals(1, r.history().size());
        // Two steps of batch 128 over the 200 examples: the loss is still near that of a uniform guess, ln 10.
        assertEquals(Math.log(10), r.metrics().get("train_loss"), 0.5, r.metrics().toString());
        double acc = r.metrics().get("test_acc");
        assertTrue(acc >= 0 && acc <= 1, "accuracy " + acc);
    }
}
