package dlprep.lab.ch1;

import dlprep.engine.nn.Parameter;
import dlprep.engine.optim.Optimizer;

import java.util.List;

/**
 * Minibatch stochastic gradient descent written out, as the from-scratch chapter does it:
 * {@code w <- w - lr * grad}. (The loss is the batch mean, so the gradient is already divided by the
 * batch size, which Dive into Deep Learning's {@code sgd} does by hand for its summed loss.)
 */
final class ScratchSgd extends Optimizer {

    ScratchSgd(List<Parameter> params, double lr) {
        super(params, lr);
    }

    @Override
    protected void update(float[] param, float[] grad, State state) {
        float lr = (float) lr();
        for (int i = 0; i < param.length; i++) {
            param[i] -= lr * grad[i];
        }
    }
}
