package dlprep.engine.autograd;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnomalyTest {

    @Test
    void namesTheFirstOpThatProducesNaN() {
        Tensor x = Tensor.of(new float[] {1f, -1f}).requiresGrad(true);
        try (Anomaly a = Anomaly.detect()) {
            AnomalyException e = assertThrows(AnomalyException.class, () -> x.mul(2.0).log().exp());
            assertTrue(e.getMessage().contains("'log'"), e.getMessage());
            assertTrue(e.getMessage().contains("[2]"), e.getMessage());
        }
    }

    @Test
    void namesTheOpWhoseBackwardProducesInfinity() {
        Tensor x = Tensor.of(new float[] {0f, 1f}).requiresGrad(true);
        Tensor y = x.sqrt(); // finite forward, but d sqrt(x)/dx = 1/(2 sqrt 0) is infinite
        try (Anomaly a = Anomaly.detect()) {
            AnomalyException e = assertThrows(AnomalyException.class, () -> y.sum().backward());
            assertTrue(e.getMessage().contains("'sqrt'"), e.getMessage());
        }
    }

    @Test
    void isOffByDefault() {
        assertFalse(Anomaly.isEnabled());
        assertDoesNotThrow(() -> Tensor.of(new float[] {-1f}).log());
    }
}
