package dlprep.lab.ch2;

import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CnnZooExperimentsTest {

    private static final String[] IDS = {"resnet18", "densenet", "se-resnet18", "sk-resnet18", "cbam-resnet18",
            "mobilenet-small", "dilated-net"};

    /** One step of batch 16 on 16 examples; BN-initialised logits are small, so the loss is near ln 10. */
    @ParameterizedTest
    @ValueSource(strings = {"resnet18", "densenet", "se-resnet18", "sk-resnet18", "cbam-resnet18",
            "mobilenet-small", "dilated-net"})
    void shortRunOnTheSubsetCompletesAnEpoch(String id) throws Exception {
        ShortRuns.completeAnEpochNearChance(id, 16, 16, 0.7);
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
