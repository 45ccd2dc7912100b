package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/** x * sigmoid(x), also called swish, elementwise ({@code nn.SiLU}). */
public final class SiLU extends Module {

    @Override
    public Tensor forward(Tensor x) {
        return x.silu();
    }
}
