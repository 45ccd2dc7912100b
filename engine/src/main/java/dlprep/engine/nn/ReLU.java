package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/** max(0, x), elementwise ({@code nn.ReLU}). */
public final class ReLU extends Module {

    @Override
    public Tensor forward(Tensor x) {
        return x.relu();
    }
}
