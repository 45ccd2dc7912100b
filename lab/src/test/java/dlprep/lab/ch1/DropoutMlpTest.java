package dlprep.lab.ch1;

import dlprep.engine.nn.Sequential;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DropoutMlpTest {

    /** On the committed 500 + 500 example subset of Fashion-MNIST (the build sets DLPREP_DATA to it). */
    @Test
    void shortRunOnTheSubsetCompletesAnEpoch() throws Exception {
        DropoutMlp e = new DropoutMlp();
        RunResult r = Runner.run(e, e.defaults().with(1, null, 50, null, 100), ProgressListener.NONE);
        assertEquals(1, r.history().size());
        // Two steps from weights of scale 0.01 leave the cross-entropy near that of a uniform guess, ln 10.
        assertEquals(Math.log(10), r.metrics().get("train_loss"), 0.3, r.metrics().toString());
        double acc = r.metrics().get("test_acc");
        assertTrue(acc >= 0 && acc <= 1, "accuracy " + acc);
    }

    @Test
    void dropoutIsActiveInTrainingAndTheIdentityInEvaluation() {
        Generator.manualSeed(1);
        Sequential net = DropoutMlp.net();
        Tensor x = Tensor.rand(4, 1, 28, 28);
        assertFalse(Arrays.equals(net.forward(x).toArray(), net.forward(x).toArray()),
                "fresh masks in training");
        net.eval();
        assertArrayEquals(net.forward(x).toArray(), net.forward(x).toArray());
        assertTrue(net.toString().contains("Dropout(p=0.2)") && net.toString().contains("Dropout(p=0.5)"), net.toString());
    }
}
