package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/** (e^x - e^-x) / (e^x + e^-x), elementwise ({@code nn.Tanh}). */
public final class Tanh extends Module {

    @Override
    public Tensor forward(Tensor x) {
        return x.tanh();
    }
}
