package dlprep.lab.ch3;

import dlprep.engine.optim.Adadelta;
import dlprep.engine.optim.Adagrad;
import dlprep.engine.optim.Adam;
import dlprep.engine.optim.RMSprop;
import dlprep.engine.optim.SGD;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.UnusedOptions;
import dlprep.lab.plot.Figure;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The original's Airfoil runs ({@link AirfoilRegression}, on {@link AirfoilSelfNoise}), each method as a textbook rule
 * and as the engine's optimizer, with loss-versus-epoch curves:
 * <ul>
 *   <li>{@code airfoil-gd-sgd}: gradient descent (lr 1, all 1500 rows per step), SGD (lr 0.005, batch 1) and minibatch
 *       SGD (lr 0.05, batch 10), 2 epochs: the original's three settings. {@code --lr} and {@code --batch-size} are
 *       rejected (each method has its own);</li>
 *   <li>{@code airfoil-optimizers}: every optimizer of the chapter at the original's settings, batch 10, 2 epochs:
 *       minibatch SGD (lr 0.05), momentum (lr 0.02 / momentum 0.5, 0.02 / 0.9 and 0.004 / 0.9), AdaGrad (lr 0.1),
 *       RMSProp (lr 0.01, gamma 0.9), AdaDelta (rho 0.9, eps 1e-5) and Adam (lr 0.01); eps 1e-6 where not said.
 *       {@code --batch-size} sets every method's batch; {@code --lr} is rejected.</li>
 * </ul>
 * {@code --epochs} and {@code --limit} (rows) apply to both; {@code --seed} draws the initial weights, the shuffling
 * and the generated table.
 */
public final class Airfoil implements Experiment, Plotting {

    private final String id;
    private final String description;
    private final int batchSize;
    private final IntFunction<List<AirfoilRegression.Method>> methods;

    private Airfoil(String id, String description, int batchSize, IntFunction<List<AirfoilRegression.Method>> methods) {
        this.id = id;
        this.description = description;
        this.batchSize = batchSize;
        this.methods = methods;
    }

    static Airfoil gdVersusSgd() {
        return new Airfoil("airfoil-gd-sgd", "linear regression on the Airfoil table: gradient descent vs SGD vs "
                + "minibatch SGD, loss versus epoch, scratch and engine", 10, batch -> List.of(
                sgd("gd", 1, 0), sgd("sgd", 0.005, 1), sgd("minibatch", 0.05, 10)));
    }

    static Airfoil optimizers() {
        return new Airfoil("airfoil-optimizers", "linear regression on the Airfoil table with every optimizer of the "
                + "chapter, each as a textbook rule and as the engine's optimizer", 10, batch -> List.of(
                sgd("minibatch", 0.05, batch),
                momentum("momentum_0.02_0.5", 0.02, 0.5, batch), momentum("momentum_0.02_0.9", 0.02, 0.9, batch),
                momentum("momentum_0.004_0.9", 0.004, 0.9, batch),
                new AirfoilRegression.Method("adagrad", "lr 0.1, eps 1e-6", batch, () -> TextbookRules.adagrad(0.1, 1e-6),
                        params -> new Adagrad(params, 0.1).eps(1e-6)),
                new AirfoilRegression.Method("rmsprop", "lr 0.01, gamma 0.9, eps 1e-6", batch,
                        () -> TextbookRules.rmsprop(0.01, 0.9, 1e-6), params -> new RMSprop(params, 0.01).alpha(0.9).eps(1e-6)),
                new AirfoilRegression.Method("adadelta", "rho 0.9, eps 1e-5", batch, () -> TextbookRules.adadelta(0.9, 1e-5),
                        params -> new Adadelta(params, 1.0).rho(0.9).eps(1e-5)),
                new AirfoilRegression.Method("adam", "lr 0.01, betas 0.9 0.999, eps 1e-6", batch,
                        () -> TextbookRules.adam(0.01, 0.9, 0.999, 1e-6),
                        params -> new Adam(params, 0.01).betas(0.9, 0.999).eps(1e-6))));
    }

    private static AirfoilRegression.Method sgd(String name, double lr, int batch) {
        return new AirfoilRegression.Method(name, "lr " + Iterates.number(lr) + ", batch " + (batch == 0 ? "all" : batch),
                batch, () -> TextbookRules.gradientDescent(lr), params -> new SGD(params, lr));
    }

    private static AirfoilRegression.Method momentum(String name, double lr, double beta, int batch) {
        return new AirfoilRegression.Method(name, "lr " + Iterates.number(lr) + ", momentum " + Iterates.number(beta),
                batch, () -> TextbookRules.momentum(lr, beta), params -> new SGD(params, lr).momentum(beta));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String chapter() {
        return Chapter3.NAME;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Params defaults() {
        return new Params(2, 0.05, batchSize, 0, 0);
    }

    private record Outcome(AirfoilSelfNoise.Table table, int rows, List<AirfoilRegression.Result> results) {
    }

    private Outcome train(Params p) throws IOException {
        if (id.equals("airfoil-gd-sgd")) {
            UnusedOptions.reject(this, p, "each of its methods has the original's learning rate and batch size",
                    UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE);
        } else {
            UnusedOptions.reject(this, p, "each optimizer has the original's learning rate", UnusedOptions.Option.LR);
        }
        AirfoilSelfNoise.Table table = AirfoilSelfNoise.load(p.seed());
        int n = p.trainingExamples(table.rows());
        return new Outcome(table, n, AirfoilRegression.compare(table, n, methods.apply(p.batchSize()), p.epochs(),
                p.seed()));
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) throws IOException {
        Outcome o = train(p);
        Messages.say(listener, "Airfoil table: %s; %d rows, 5 features; loss 1/2 mean squared error, on all rows every "
                + "%d examples", o.table().source(), o.rows(), AirfoilRegression.EVAL_EVERY);
        Map<String, Double> metrics = new LinkedHashMap<>();
        double worst = 0;
        for (AirfoilRegression.Result r : o.results()) {
            Messages.say(listener, "%s (%s): loss %.6f, %.4f sec per epoch; first losses %s", r.method().name(),
                    r.method().settings(), r.scratch().last(), r.scratch().secondsPerEpoch(),
                    Iterates.list(java.util.Arrays.copyOf(r.scratch().loss(), Math.min(4, r.scratch().loss().length))));
            Messages.say(listener, "  engine twin: loss %.6f, %.4f sec per epoch; largest curve difference %.1e",
                    r.engine().last(), r.engine().secondsPerEpoch(), r.difference());
            metrics.put(r.method().name() + "_loss", r.scratch().last());
            metrics.put(r.method().name() + "_engine_loss", r.engine().last());
            worst = Math.max(worst, r.difference());
        }
        for (int e = 0; e < p.epochs(); e++) {
            Map<String, Double> row = new LinkedHashMap<>();
            double seconds = 0;
            for (AirfoilRegression.Result r : o.results()) {
                row.put(r.method().name() + "_loss", lossAfterEpoch(r.scratch(), e + 1));
                seconds += r.scratch().epochSeconds()[e] + r.engine().epochSeconds()[e];
            }
            listener.onEvent(new TrainingEvent.EpochEnded(e + 1, p.epochs(), row, seconds));
        }
        metrics.put("engine_max_difference", worst);
        return metrics;
    }

    /** The recorded loss at the end of epoch {@code epoch} (the last point at or before it). */
    private static double lossAfterEpoch(AirfoilRegression.Curve c, int epoch) {
        double loss = c.loss()[0];
        for (int k = 0; k < c.epochs().length && c.epochs()[k] <= epoch + 1e-12; k++) {
            loss = c.loss()[k];
        }
        return loss;
    }

    @Override
    public Figure figure(Params p) throws IOException {
        Outcome o = train(p);
        return new Figure(id + ": loss versus epoch on the Airfoil table (" + (o.table().source().startsWith("generated")
                ? "generated" : "UCI file") + ", " + o.rows() + " rows)", 2, AirfoilRegression.panels(o.results()));
    }
}
