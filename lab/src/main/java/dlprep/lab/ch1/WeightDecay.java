package dlprep.lab.ch1;

import dlprep.engine.data.DataLoader;
import dlprep.engine.data.Synthetic;
import dlprep.engine.data.TensorDataset;
import dlprep.engine.nn.Init;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.Parameter;
import dlprep.engine.nn.loss.MSELoss;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.optim.SGD;
import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Params;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Weight decay on high-dimensional linear regression (Dive into Deep Learning 4.5): y = 0.05 + sum of
 * 0.01 x_j over 200 inputs + noise (0.01), only 20 training examples and 100 test examples, so an
 * unregularised model can fit the training set with almost any weights. Two copies of nn.Linear(200, 1),
 * both starting from the same N(0, 1) draw, train side by side with SGD on MSELoss: {@code wd0} without
 * decay and {@code wd3} with weight decay lambda = 3 on the weight (SGD's L2 term, gradient + lambda w,
 * the same as adding (lambda / 2) ||w||^2 to the loss), the bias undecayed as in the book. Each epoch
 * reports both models' train and test loss and ||w||. {@code --limit} caps the 20 training examples; a
 * batch size above them gives one batch.
 */
public final class WeightDecay implements Experiment {

    static final int TRAIN = 20;
    static final int TEST = 100;
    static final int INPUTS = 200;
    static final int[] LAMBDAS = {0, 3};
    private static final double TRUE_WEIGHT = 0.01;
    private static final double TRUE_BIAS = 0.05;
    private static final double NOISE = 0.01;

    @Override
    public String id() {
        return "weight-decay";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "weight decay lambda 0 vs 3 on linear regression with 200 inputs and 20 training examples";
    }

    @Override
    public Params defaults() {
        return new Params(100, 0.003, 5, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        double[] w = new double[INPUTS];
        Arrays.fill(w, TRUE_WEIGHT);
        TensorDataset train = Synthetic.linear(w, TRUE_BIAS, p.trainingExamples(TRAIN), NOISE, Generator.global());
        TensorDataset test = Synthetic.linear(w, TRUE_BIAS, TEST, NOISE, Generator.global());
        Linear start = new Linear(INPUTS, 1);
        Init.normal(start.weight(), 0, 1); // the book's param.data.normal_()
        Init.normal(start.bias(), 0, 1);
        List<SideBySide.Fit> fits = new ArrayList<>();
        for (int lambda : LAMBDAS) {
            Linear net = new Linear(INPUTS, 1);
            net.loadStateDict(start.stateDict()); // the same start for every lambda, so lambda is the only difference
            Map<String, Parameter> params = net.namedParameters();
            List<Optimizer> groups = List.of(new SGD(List.of(params.get("weight")), p.lr()).weightDecay(lambda),
                    new SGD(List.of(params.get("bias")), p.lr()));
            DataLoader loader = DataLoader.builder(train).batchSize(p.batchSize()).shuffle(true).seed(p.seed()).build();
            fits.add(new SideBySide.Fit("wd" + lambda, net, groups, loader, train, test));
        }
        return SideBySide.train(fits, new MSELoss(), p.epochs(), Map.of("w_norm", WeightDecay::weightNorm), listener);
    }

    /** ||w||, the L2 norm of a model's weight. */
    static double weightNorm(Module model) {
        double s = 0;
        for (double v : model.getParameter("weight").toDoubleArray()) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
