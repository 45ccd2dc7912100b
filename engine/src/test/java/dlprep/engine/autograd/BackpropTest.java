package dlprep.engine.autograd;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackpropTest {

    @Test
    void backwardAccumulatesWhenTensorIsUsedTwice() {
        Tensor x = Tensor.of(new float[] {3f}).requiresGrad(true);
        x.mul(x).add(x).sum().backward(); // d(x^2 + x)/dx = 2x + 1 = 7
        assertEquals(7.0, x.grad().item(), 1e-6);
    }

    @Test
    void gradientsAccumulateAcrossBackwardCallsUntilZeroGrad() {
        Tensor w = Tensor.of(new float[] {1f, 2f}).requiresGrad(true);
        w.mul(3.0).sum().backward();
        w.mul(3.0).sum().backward();
        assertArrayEquals(new float[] {6f, 6f}, w.grad().toArray());
        w.zeroGrad();
        assertNull(w.grad());
    }

    @Test
    void chainOfHundredThousandOpsDoesNotOverflowTheStack() {
        Tensor x = Tensor.of(new float[] {1f}).requiresGrad(true);
        Tensor y = x;
        for (int i = 0; i < 100_000; i++) {
            y = y.add(1.0);
        }
        y.sum().backward();
        assertEquals(1.0, x.grad().item());
        assertEquals(100_001.0, y.item());
    }

    @Test
    void noGradScopeRecordsNothingAndRestoresTheMode() {
        Tensor x = Tensor.randn(3).requiresGrad(true);
        try (Grad g = Grad.disabled()) {
            Tensor y = x.mul(2.0);
            assertFalse(y.requiresGrad());
            assertNull(y.gradFn());
            try (Grad inner = Grad.enabled()) {
                assertTrue(x.mul(2.0).requiresGrad());
            }
            assertFalse(Grad.isEnabled());
        }
        assertTrue(Grad.isEnabled());
        assertTrue(x.mul(2.0).requiresGrad());
    }

    @Test
    void detachCutsTheGraphButSharesValues() {
        Tensor x = Tensor.of(new float[] {2f}).requiresGrad(true);
        Tensor d = x.mul(3.0).detach();
        assertFalse(d.requiresGrad());
        Tensor y = x.mul(d); // d is a constant 6
        y.sum().backward();
        assertEquals(6.0, x.grad().item(), 1e-6);
    }

    @Test
    void onlyTensorsThatRequireGradReceiveOne() {
        Tensor a = Tensor.of(new float[] {1f, 2f}).requiresGrad(true);
        Tensor b = Tensor.of(new float[] {3f, 4f});
        a.mul(b).sum().backward();
        assertArrayEquals(new float[] {3f, 4f}, a.grad().toArray());
        assertNull(b.grad());
    }

    @Test
    void backwardWithExplicitUpstreamGradient() {
        Tensor x = Tensor.of(new float[] {1f, 2f, 3f}).requiresGrad(true);
        Tensor y = x.mul(x);
        y.backward(Tensor.of(new float[] {1f, 0.5f, 0f}));
        assertArrayEquals(new float[] {2f, 2f, 0f}, x.grad().toArray());
    }

    @Test
    void backwardOnNonScalarWithoutGradientIsAClearError() {
        Tensor y = Tensor.randn(2, 3).requiresGrad(true).mul(2.0);
        IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
        assertTrue(e.getMessage().contains("[2, 3]"), e.getMessage());
        assertTrue(e.getMessage().contains("backward(grad)"), e.getMessage());
    }

    @Test
    void secondBackwardThroughAFreedGraphIsAClearError() {
        Tensor x = Tensor.randn(3).requiresGrad(true);
        Tensor loss = x.exp().sum();
        loss.backward();
        IllegalStateException e = assertThrows(IllegalStateException.class, loss::backward);
        assertTrue(e.getMessage().contains("second time"), e.getMessage());
        assertTrue(e.getMessage().contains("retainGraph"), e.getMessage());
    }

    @Test
    void retainGraphAllowsASecondBackward() {
        Tensor x = Tensor.of(new float[] {1f}).requiresGrad(true);
        Tensor loss = x.exp().sum();
        loss.backward(Tensor.scalar(1.0), true);
        loss.backward(Tensor.scalar(1.0), true);
        assertEquals(2 * Math.E, x.grad().item(), 1e-5);
    }

    @Test
    void backwardOnATensorOutsideTheGraphIsAClearError() {
        Tensor c = Tensor.ones(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, c::backward);
        assertTrue(e.getMessage().contains("requiresGrad"), e.getMessage());
    }

    @Test
    void retainGradKeepsTheGradientOfAnIntermediate() {
        Tensor x = Tensor.of(new float[] {1f, 2f}).requiresGrad(true);
        Tensor h = x.mul(2.0).retainGrad();
        h.mul(h).sum().backward();
        assertArrayEquals(new float[] {4f, 8f}, h.grad().toArray()); // d(h^2)/dh = 2h
        assertArrayEquals(new float[] {8f, 16f}, x.grad().toArray());
    }

    @Test
    void onlyLeavesCanStopRequiringGrad() {
        Tensor y = Tensor.randn(2).requiresGrad(true).mul(2.0);
        assertThrows(IllegalStateException.class, () -> y.requiresGrad(false));
    }

    @Test
    void topologicalOrderVisitsEachNodeOnceAfterItsUsers() {
        Tensor x = Tensor.randn(2).requiresGrad(true);
        Tensor a = x.exp();
        Tensor b = a.mul(a);     // diamond: a feeds b twice and c once
        Tensor c = b.add(a);
        var order = Backprop.topologicalOrder(c.gradFn());
        assertEquals(3, order.size());
        assertEquals("add", order.get(0).name());
        assertEquals("mul", order.get(1).name());
        assertEquals("exp", order.get(2).name());
    }
}
