package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A layer given an input it cannot take fails at once, naming itself, what it expects and what it got. */
class LayerInputErrorsTest {

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void batchNormNeedsMoreThanOneValuePerChannelInTraining() {
        assertMessage("BatchNorm1d: expected more than 1 value per channel when training, got input [1, 4]",
                () -> new BatchNorm1d(4).forward(Tensor.zeros(1, 4)));
        BatchNorm1d bn = new BatchNorm1d(4);
        bn.eval();
        assertEquals(4, bn.forward(Tensor.zeros(1, 4)).numel(), "evaluation uses running statistics");
    }
}
