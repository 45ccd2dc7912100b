package dlprep.lab.ml;

import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.UnusedOptions;
import dlprep.lab.plot.Figure;
import dlprep.lab.plot.Panel;
import dlprep.lab.plot.Series;
import dlprep.ml.bayes.BetaBernoulli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A coin with heads probability {@value #TRUE_THETA} is tossed {@value #TOSSES} times (drawn from {@code --seed};
 * {@code --limit N} stops after N tosses). After selected numbers of tosses it prints the three answers of the
 * note under the prior Beta({@value #PRIOR_ALPHA}, {@value #PRIOR_BETA}): the MLE k/n, the MAP estimate (the
 * posterior mode), and the posterior mean, which is also the predictive probability of heads, with the
 * posterior standard deviation. Early on the MLE jumps to 0 or 1 while the prior holds the other two near 1/2;
 * as tosses arrive all three meet at the true value and the standard deviation shrinks like 1/√n, which
 * {@code --plot} draws.
 */
public final class BayesCoin implements Experiment, Plotting {

    static final double TRUE_THETA = 0.7;
    static final int TOSSES = 1000;
    static final double PRIOR_ALPHA = 2;
    static final double PRIOR_BETA = 2;
    private static final int[] REPORTED = {1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000};

    @Override
    public String id() {
        return "bayes-coin";
    }

    @Override
    public String chapter() {
        return MlChapter.NAME;
    }

    @Override
    public String description() {
        return "MLE, MAP and the Beta posterior of a coin's heads probability as tosses arrive";
    }

    @Override
    public Params defaults() {
        return new Params(1, 0.1, 1, 0, 0);
    }

    /** heads[n] = heads among the first n tosses, n = 0..tosses, drawn from {@code --seed}. */
    private int[] toss(Params p) {
        UnusedOptions.reject(this, p, "it counts coin tosses; there is no training loop", UnusedOptions.Option.EPOCHS,
                UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE);
        int tosses = p.trainingExamples(TOSSES);
        Generator g = new Generator(p.seed());
        int[] heads = new int[tosses + 1];
        for (int n = 1; n <= tosses; n++) {
            heads[n] = heads[n - 1] + (g.uniform() < TRUE_THETA ? 1 : 0);
        }
        return heads;
    }

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        int[] heads = toss(p);
        int tosses = heads.length - 1;
        BetaBernoulli prior = new BetaBernoulli(PRIOR_ALPHA, PRIOR_BETA);
        Messages.say(listener, "true theta %.2f, prior Beta(%.0f, %.0f)", TRUE_THETA, PRIOR_ALPHA, PRIOR_BETA);
        Messages.say(listener, "%6s %6s %8s %8s %15s %10s", "tosses", "heads", "MLE", "MAP", "mean=predictive",
                "posterior sd");
        for (int n = 1; n <= tosses; n++) {
            if (n == tosses || Arrays.binarySearch(REPORTED, n) >= 0) {
                BetaBernoulli posterior = prior.posterior(heads[n], n);
                Messages.say(listener, "%6d %6d %8.4f %8.4f %15.4f %10.4f", n, heads[n],
                        BetaBernoulli.mle(heads[n], n), posterior.mode(), posterior.predictiveHeads(),
                        Math.sqrt(posterior.variance()));
            }
        }
        BetaBernoulli posterior = prior.posterior(heads[tosses], tosses);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("tosses", (double) tosses);
        metrics.put("heads", (double) heads[tosses]);
        metrics.put("mle", BetaBernoulli.mle(heads[tosses], tosses));
        metrics.put("map", posterior.mode());
        metrics.put("posterior_mean", posterior.mean());
        metrics.put("posterior_sd", Math.sqrt(posterior.variance()));
        return metrics;
    }

    /** The three estimates against log10 of the number of tosses, and the posterior sd beside sqrt(θ(1 − θ)/n). */
    @Override
    public Figure figure(Params p) {
        int[] heads = toss(p);
        int tosses = heads.length - 1;
        BetaBernoulli prior = new BetaBernoulli(PRIOR_ALPHA, PRIOR_BETA);
        double[] logN = new double[tosses];
        double[] mle = new double[tosses];
        double[] map = new double[tosses];
        double[] mean = new double[tosses];
        double[] sd = new double[tosses];
        double[] binomialSd = new double[tosses];
        for (int n = 1; n <= tosses; n++) {
            BetaBernoulli posterior = prior.posterior(heads[n], n);
            logN[n - 1] = Math.log10(n);
            mle[n - 1] = BetaBernoulli.mle(heads[n], n);
            map[n - 1] = posterior.mode();
            mean[n - 1] = posterior.mean();
            sd[n - 1] = Math.sqrt(posterior.variance());
            binomialSd[n - 1] = Math.sqrt(TRUE_THETA * (1 - TRUE_THETA) / n);
        }
        double[] ends = {0, Math.log10(Math.max(tosses, 2))};
        Panel estimates = Panel.fitting("estimates of theta (true " + TRUE_THETA + ")", "log10 tosses", "theta",
                List.of(new Series("MLE k/n", logN, mle, Series.Style.LINE),
                        new Series("MAP", logN, map, Series.Style.LINE),
                        new Series("posterior mean = predictive", logN, mean, Series.Style.LINE),
                        new Series("true theta", ends, new double[] {TRUE_THETA, TRUE_THETA}, Series.Style.DASHED)));
        Panel spread = Panel.fitting("posterior standard deviation", "log10 tosses", "sd",
                List.of(new Series("posterior sd", logN, sd, Series.Style.LINE),
                        new Series("sqrt(theta (1 - theta) / n)", logN, binomialSd, Series.Style.DASHED)));
        return new Figure("a coin tossed " + tosses + " times under a Beta(2, 2) prior", 2, List.of(estimates, spread));
    }
}
