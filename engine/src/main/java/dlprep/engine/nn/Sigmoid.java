package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/** 1 / (1 + e^-x), elementwise ({@code nn.Sigmoid}). */
public final class Sigmoid extends Module {

    @Override
    public Tensor forward(Tensor x) {
        return x.sigmoid();
    }
}
