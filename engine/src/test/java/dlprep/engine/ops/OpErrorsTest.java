package dlprep.engine.ops;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static dlprep.engine.Failures.failsWith;

/** Bad input fails at the op, with a message that names the op and the shapes involved. */
class OpErrorsTest {

    @Test
    void shapeMismatchesNameTheOpAndBothShapes() {
        failsWith(() -> Tensor.zeros(64, 784).matmul(Tensor.zeros(256, 10)), "matmul", "[64, 784]", "[256, 10]");
        failsWith(() -> Tensor.zeros(2, 3).add(Tensor.zeros(4)), "add", "[2, 3]", "[4]");
        failsWith(() -> Tensor.zeros(2, 3).mul(Tensor.zeros(3, 2)), "mul", "[2, 3]", "[3, 2]");
        failsWith(() -> Tensor.cat(0, Tensor.zeros(2, 3), Tensor.zeros(2, 4)), "cat", "[2, 4]", "[2, 3]");
        failsWith(() -> Tensor.zeros(6).reshape(4, -1), "reshape", "[4, -1]", "[6]");
        failsWith(() -> Tensor.zeros(2, 3).expand(4, 3), "expand", "[2, 3]", "[4, 3]");
        failsWith(() -> Tensor.stack(0, Tensor.zeros(2), Tensor.zeros(3)), "stack", "[3]", "[2]");
        failsWith(() -> Tensor.scalar(1).matmul(Tensor.zeros(2)), "matmul", "[]", "[2]");
    }

    @Test
    void badDimensionsAreNamed() {
        failsWith(() -> Tensor.zeros(2, 3).sum(2), "sum", "dimension 2", "rank 2");
        failsWith(() -> Tensor.zeros(2, 3).permute(0, 0), "permute", "repeated");
        failsWith(() -> Tensor.zeros(2, 3).t().select(0, 5), "select", "index 5");
        failsWith(() -> Tensor.zeros(2, 0).max(1, false), "max", "size 0");
        failsWith(() -> Tensor.zeros(2).pad(new int[] {1}, 0), "pad");
        failsWith(() -> Tensor.zeros(2).slice(0, 0, 2, 0), "slice", "step");
    }

    @Test
    void nonIntegerOrOutOfRangeIndicesAreRejected() {
        failsWith(() -> Tensor.zeros(3).indexSelect(0, Tensor.of(new float[] {0.5f})), "index_select", "0.5",
                "whole number");
        failsWith(() -> Tensor.zeros(3).indexSelect(0, Tensor.of(new float[] {3})), "index_select", "index 3",
                "[0, 3)");
        failsWith(() -> Tensor.of(new float[] {1.5f}).oneHot(3), "one_hot", "whole number");
        failsWith(() -> Tensor.zeros(2, 3).gather(1, Tensor.zeros(2)), "gather", "rank");
        failsWith(() -> Tensor.of(new float[] {-1}).oneHot(3), "one_hot", "index -1");
    }
}
