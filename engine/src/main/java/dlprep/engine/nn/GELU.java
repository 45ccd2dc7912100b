package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/**
 * Gaussian error linear unit, x * Phi(x) elementwise with Phi the standard normal CDF (Hendrycks and Gimpel,
 * 2016); computed exactly with erf, which is PyTorch's default ({@code approximate='none'}).
 */
public final class GELU extends Module {

    @Override
    public Tensor forward(Tensor x) {
        return x.gelu();
    }

    @Override
    protected String extraRepr() {
        return "approximate='none'";
    }
}
