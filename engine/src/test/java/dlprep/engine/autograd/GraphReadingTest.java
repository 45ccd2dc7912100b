package dlprep.engine.autograd;

import dlprep.engine.kernels.Conv2dShape;
import dlprep.engine.kernels.Pool2dShape;
import dlprep.engine.ops.AvgPooling;
import dlprep.engine.ops.Convolution;
import dlprep.engine.ops.Functional;
import dlprep.engine.ops.MaxAlongDim;
import dlprep.engine.ops.MaxPooling;
import dlprep.engine.ops.Sum;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-only view of a recorded graph that tools such as the model inspector walk. */
class GraphReadingTest {

    @Test
    void recordedInputsAreTheOpsInputsInOrderWithAbsentBiasAsNull() {
        Tensor x = Tensor.randn(1, 2, 5, 5).requiresGrad(true);
        Tensor w = Tensor.randn(3, 2, 3, 3);
        Tensor y = Functional.conv2d(x, w, null, 1, 0);
        List<Tensor> inputs = y.gradFn().recordedInputs();
        assertEquals(3, inputs.size());
        assertSame(x, inputs.get(0));
        assertSame(w, inputs.get(1));
        assertNull(inputs.get(2));
        assertThrows(UnsupportedOperationException.class, () -> inputs.set(0, w));
    }

    @Test
    void walkingRecordedInputsBackReachesTheLeaf() {
        Tensor x = Tensor.randn(2, 3).requiresGrad(true);
        Tensor y = x.relu().mul(2.0).sum();
        Function sum = y.gradFn();
        Function mul = sum.recordedInputs().get(0).gradFn();
        Function relu = mul.recordedInputs().get(0).gradFn();
        assertEquals(List.of("sum", "mul", "relu"), List.of(sum.name(), mul.name(), relu.name()));
        assertSame(x, relu.recordedInputs().get(0));
        assertTrue(x.isLeaf());
    }

    @Test
    void convolutionAndPoolingTellTheirGeometry() {
        Tensor x = Tensor.randn(1, 4, 9, 9).requiresGrad(true);
        Tensor w = Tensor.randn(4, 2, 3, 3);
        Tensor y = Functional.conv2d(x, w, null, new int[] {2, 1}, new int[] {2, 2}, new int[] {2, 2}, 2);
        Conv2dShape c = ((Convolution) y.gradFn()).geometry();
        assertArrayEquals(new int[] {3, 3, 2, 1, 2, 2, 2, 2, 2},
                new int[] {c.kernelH(), c.kernelW(), c.strideH(), c.strideW(), c.padH(), c.padW(),
                        c.dilationH(), c.dilationW(), c.groups()});
        Pool2dShape m = ((MaxPooling) Functional.maxPool2d(x, 3).gradFn()).geometry();
        assertArrayEquals(new int[] {3, 3, 3, 3}, new int[] {m.kernelH(), m.kernelW(), m.strideH(), m.strideW()});
        Pool2dShape a = ((AvgPooling) Functional.avgPool2d(x, 2).gradFn()).geometry();
        assertArrayEquals(new int[] {2, 2, 4, 4}, new int[] {a.kernelH(), a.strideH(), a.outHeight(), a.outWidth()});
    }

    @Test
    void reductionsTellWhichDimensionsTheyReducedEvenWithoutKeepdim() {
        Tensor x = Tensor.randn(2, 3, 4, 5).requiresGrad(true);
        assertArrayEquals(new int[] {2, 3, 1, 1}, ((Sum) x.sum(new int[] {2, 3}, false).gradFn()).keptShape());
        MaxAlongDim max = (MaxAlongDim) x.max(1, false).values().gradFn();
        assertArrayEquals(new int[] {2, 1, 4, 5}, max.keptShape());
    }
}
