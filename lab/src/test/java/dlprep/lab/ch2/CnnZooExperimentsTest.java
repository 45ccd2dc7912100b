package dlprep.lab.ch2;

import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CnnZooExperimentsTest {

    private static final String[] IDS = {"resnet18", "densenet", "se-resnet18", "sk-resnet18", "cbam-resnet18",
            "mobilenet-small", "dilated-net"};

    /** One step of batch 16 on 16 examples of the committed subset (the build sets DLPREP_DATA to it). */
    @ParameterizedTest
    @ValueSource(strings = {"resnet18", "densenet", "se-resnet18", "sk-resnet18", "cbam-resnet18",
            "mobilenet-small", "dilated-net"})
    void shortRunOnTheSubsetCompletesAnEpoch(String id) throws Exception {
        Experiment e = Experiments.get(id);
        assertEquals(Chapter2.NAME, e.chapter());
        RunResult r = Runner.run(e, e.defaults().with(1, null, 16, null, 16), ProgressListener.NONE);
        assertEquals(1, r.history().size());
        // The first step's loss is near that of a uniform guess, ln 10 (BN-initialised logits are small).
        assertEquals(Math.log(10), r.metrics().get("train_loss"), 0.7, r.metrics().toString());
        double acc = r.metrics().get("test_acc");
        assertTrue(acc >= 0 && acc <= 1, "accuracy " + acc);
    }

    @Test
    void defaultsFollowTheChapterBatchSizeAndStateTheirBudget() {
        for (String id : IDS) {
            Experiment e = Experiments.get(id);
            assertEquals(256, e.defaults().batchSize(), id);
            assertTrue(e.defaults().epochs() <= 10, id);
        }
        assertEquals(10, Experiments.get("resnet18").defaults().epochs());
        assertEquals(0, Experiments.get("resnet18").defaults().limit(), "resnet18 trains on the full set");
        assertEquals(0.05, Experiments.get("resnet18").defaults().lr());
    }
}
