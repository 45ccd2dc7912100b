package dlprep.lab.ch2;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassicCnnExperimentsTest {

    /** Two steps of batch 128 over 200 resized examples: the loss is still near that of a uniform guess, ln 10. */
    @ParameterizedTest
    @ValueSource(strings = {"alexnet", "vgg", "nin", "googlenet"})
    void shortRunOnTheSubsetCompletesAnEpoch(String id) throws Exception {
        ShortRuns.completeAnEpochNearChance(id, null, 200, 0.5);
    }
}
