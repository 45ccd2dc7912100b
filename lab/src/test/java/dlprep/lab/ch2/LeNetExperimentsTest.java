package dlprep.lab.ch2;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeNetExperimentsTest {

    /** One step of batch 256 over 200 examples: the loss is still near that of a uniform guess, ln 10. */
    @ParameterizedTest
    @ValueSource(strings = {"lenet", "lenet-modern", "lenet-bn", "lenet-bn-scratch"})
    void shortRunOnTheSubsetCompletesAnEpoch(String id) throws Exception {
        ShortRuns.completeAnEpochNearChance(id, null, 200, 0.5);
    }
}
