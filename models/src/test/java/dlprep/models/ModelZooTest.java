package dlprep.models;

import dlprep.engine.nn.Module;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelZooTest {

    @Test
    void everyModelMapsItsInputToTenLogits() {
        for (ZooModel model : ModelZoo.all()) {
            Module net = model.build();
            net.eval();
            int[] shape = net.forward(Tensor.rand(model.input())).shape();
            assertEquals(2, shape.length, model.name());
            assertEquals(model.input()[0], shape[0], model.name());
            assertEquals(10, shape[1], model.name());
        }
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelZoo.get("lenett"));
        assertTrue(e.getMessage().contains("lenett") && e.getMessage().contains("lenet-modern"), e.getMessage());
    }
}
