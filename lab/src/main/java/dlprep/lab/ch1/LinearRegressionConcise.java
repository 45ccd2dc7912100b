package dlprep.lab.ch1;

import dlprep.engine.data.DataLoader;
import dlprep.engine.data.TensorDataset;
import dlprep.engine.nn.Init;
import dlprep.engine.nn.Linear;
import dlprep.engine.nn.loss.MSELoss;
import dlprep.engine.optim.SGD;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.Trainer;
import dlprep.lab.Experiment;
import dlprep.lab.Params;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Linear regression with the library (Dive into Deep Learning 3.3): a shuffling DataLoader, nn.Linear(2, 1)
 * with weight ~ N(0, 0.01^2) and bias 0, MSELoss (the mean of (y_hat - y)^2, without the scratch version's
 * half) and SGD, trained by the shared Trainer. Its test loss is on 1000 fresh examples of the same rule,
 * so it approaches the noise variance 1e-4. A batch size above the number of examples gives one batch.
 */
public final class LinearRegressionConcise implements Experiment {

    @Override
    public String id() {
        return "linreg-concise";
    }

    @Override
    public String chapter() {
        return Chapter1.NAME;
    }

    @Override
    public String description() {
        return "linear regression with nn.Linear, MSELoss, SGD and the Trainer; test loss on fresh examples";
    }

    @Override
    public Params defaults() {
        return new Params(3, 0.03, 10, 0, 0);
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws Exception {
        TensorDataset train = LinearRegressionProblem.trainingSet(p);
        TensorDataset test = LinearRegressionProblem.generate(LinearRegressionProblem.EXAMPLES);
        Linear net = new Linear(2, 1);
        Init.normal(net.weight(), 0, 0.01);
        Init.zeros(net.bias());
        Trainer trainer = new Trainer(net, new MSELoss(), new SGD(net.parameters(), p.lr()),
                new Trainer.Config(p.epochs(), false, null));
        Map<String, Double> metrics = new LinkedHashMap<>(trainer.fit(
                DataLoader.builder(train).batchSize(p.batchSize()).shuffle(true).seed(p.seed()).build(),
                DataLoader.builder(test).batchSize(p.batchSize()).build(), listener));
        metrics.putAll(LinearRegressionProblem.errors("", net.weight().toDoubleArray(), net.bias().item()));
        return metrics;
    }
}
