package dlprep.lab.ch2;

import dlprep.engine.nn.Module;
import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.SGD;
import dlprep.engine.optim.lr.CosineAnnealingLR;
import dlprep.engine.optim.lr.LrScheduler;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.FashionMnistLoaders;
import dlprep.lab.Params;

import java.io.IOException;
import java.util.Map;

/**
 * How the batch-normalised networks of the CNN chapter after LeNet are trained: SGD with momentum 0.9 and
 * weight decay 5e-4 (the ResNet paper's recipe, with CIFAR's decay), the run's lr annealed to 0 along a
 * cosine over the epochs. d2l trains them with plain SGD at a constant lr (0.05 for ResNet, 0.1 for
 * DenseNet); the decay lets the last epochs settle, so the final epoch's test accuracy is the run's
 * best rather than one noisy point, and momentum reaches it in fewer epochs, which the 2-core budget needs.
 */
final class SgdCosine {

    static final double MOMENTUM = 0.9;
    static final double WEIGHT_DECAY = 5e-4;

    private SgdCosine() {
    }

    /** Trains {@code net} on Fashion-MNIST with this recipe; the final epoch's metrics. */
    static Map<String, Double> fit(Params p, Module net, ProgressListener listener) throws IOException {
        SGD sgd = new SGD(net.parameters(), p.lr()).momentum(MOMENTUM).weightDecay(WEIGHT_DECAY);
        LrScheduler schedule = new CosineAnnealingLR(sgd, p.epochs(), 0);
        ProgressListener stepScheduleAfterEachEpoch = event -> {
            listener.onEvent(event);
            if (event instanceof TrainingEvent.EpochEnded) {
                schedule.step();
            }
        };
        return FashionMnistLoaders.fit(p, net, new CrossEntropyLoss(), sgd, stepScheduleAfterEachEpoch);
    }
}
