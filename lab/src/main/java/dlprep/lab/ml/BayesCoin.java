package dlprep.lab.ml;

import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.Messages;
import dlprep.lab.Params;
import dlprep.lab.UnusedOptions;
import dlprep.ml.bayes.BetaBernoulli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A coin with heads probability {@value #TRUE_THETA} is tossed {@value #TOSSES} times (drawn from {@code --seed};
 * {@code --limit N} stops after N tosses). After selected numbers of tosses it prints the three answers of the
 * note under the prior Beta({@value #PRIOR_ALPHA}, {@value #PRIOR_BETA}): the MLE k/n, the MAP estimate (the
 * posterior mode), and the posterior mean, which is also the predictive probability of heads, with the
 * posterior standard deviation. Early on the MLE jumps to 0 or 1 while the prior holds the other two near 1/2;
 * as tosses arrive all three meet at the true value and the standard deviation shrinks like 1/√n.
 */
public final class BayesCoin implements Experiment {

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

    @Override
    public Map<String, Double> run(Params p, ProgressListener listener) {
        UnusedOptions.reject(this, p, "it counts coin tosses; there is no training loop", UnusedOptions.Option.EPOCHS,
                UnusedOptions.Option.LR, UnusedOptions.Option.BATCH_SIZE);
        int tosses = p.trainingExamples(TOSSES);
        BetaBernoulli prior = new BetaBernoulli(PRIOR_ALPHA, PRIOR_BETA);
        Generator g = new Generator(p.seed());
        Messages.say(listener, "true theta %.2f, prior Beta(%.0f, %.0f)", TRUE_THETA, PRIOR_ALPHA, PRIOR_BETA);
        Messages.say(listener, "%6s %6s %8s %8s %15s %10s", "tosses", "heads", "MLE", "MAP", "mean=predictive",
                "posterior sd");
        int heads = 0;
        BetaBernoulli posterior = prior;
        for (int n = 1; n <= tosses; n++) {
            heads += g.uniform() < TRUE_THETA ? 1 : 0;
            if (n == tosses || Arrays.binarySearch(REPORTED, n) >= 0) {
                posterior = prior.posterior(heads, n);
                Messages.say(listener, "%6d %6d %8.4f %8.4f %15.4f %10.4f", n, heads, BetaBernoulli.mle(heads, n),
                        posterior.mode(), posterior.predictiveHeads(), Math.sqrt(posterior.variance()));
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("tosses", (double) tosses);
        metrics.put("heads", (double) heads);
        metrics.put("mle", BetaBernoulli.mle(heads, tosses));
        metrics.put("map", posterior.mode());
        metrics.put("posterior_mean", posterior.mean());
        metrics.put("posterior_sd", Math.sqrt(posterior.variance()));
        return metrics;
    }
}
