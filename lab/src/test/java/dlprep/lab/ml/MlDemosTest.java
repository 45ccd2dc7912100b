package dlprep.lab.ml;

import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import dlprep.lab.Plotting;
import dlprep.lab.plot.Figure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MlDemosTest {

    @Test
    void theCoinsThreeEstimatesFollowTheirFormulasAndMeetWithManyTosses() throws Exception {
        Experiment e = Experiments.get("bayes-coin");
        Map<String, Double> few = e.run(e.defaults().with(null, null, null, null, 3), ev -> { });
        double k = few.get("heads");
        // after 3 tosses with prior Beta(2, 2): MLE k/3, MAP (k + 1)/5, mean (k + 2)/7
        assertEquals(k / 3, few.get("mle"), 1e-15);
        assertEquals((k + 1) / 5, few.get("map"), 1e-15);
        assertEquals((k + 2) / 7, few.get("posterior_mean"), 1e-15);
        Map<String, Double> all = e.run(e.defaults(), ev -> { });
        assertEquals(1000, all.get("tosses"));
        // with 1000 tosses the prior's 2 + 2 pseudo-counts barely matter: the three differ by less than 0.002
        assertEquals(all.get("mle"), all.get("map"), 0.002);
        assertEquals(all.get("mle"), all.get("posterior_mean"), 0.002);
        // and the posterior sd is about sqrt(0.7 * 0.3 / 1004) = 0.0145
        assertEquals(0.0145, all.get("posterior_sd"), 0.001);
        assertEquals(0.7, all.get("mle"), 4 * 0.0145); // within four standard deviations of the true value
        var bad = assertThrows(IllegalArgumentException.class, () -> e.run(e.defaults().with(5, null, null, null, null),
                ev -> { }));
        assertTrue(bad.getMessage().startsWith("--epochs has no meaning for bayes-coin"), bad.getMessage());
    }

    @Test
    void connectivityMethodsFollowTheShapesThatCompactnessMethodsCut() throws Exception {
        Experiment e = Experiments.get("kmeans-vs-spectral");
        Map<String, Double> m = e.run(e.defaults(), ev -> { });
        for (String shape : new String[] {"moons", "circles"}) {
            assertEquals(1.0, m.get("ari_spectral_" + shape), 1e-12, shape);
            assertTrue(m.get("ari_kmeans_" + shape) < 0.6, shape + " " + m);
            assertTrue(m.get("ari_ward_" + shape) < 0.6, shape + " " + m);
        }
    }

    @Test
    void figuresDrawEveryPointAndEveryToss() throws Exception {
        Figure clusters = ((Plotting) Experiments.get("kmeans-vs-spectral")).figure(
                Experiments.get("kmeans-vs-spectral").defaults());
        assertEquals(4, clusters.panels().size()); // moons and circles, each by k-means and by spectral
        for (var panel : clusters.panels()) {
            assertEquals(200, panel.series().stream().mapToInt(s -> s.x().length).sum(), panel.title());
        }
        Experiment coin = Experiments.get("bayes-coin");
        Figure estimates = ((Plotting) coin).figure(coin.defaults().with(null, null, null, null, 50));
        var mle = estimates.panels().get(0).series().get(0);
        assertEquals(50, mle.x().length);
        assertEquals(Math.log10(50), mle.x()[49], 1e-12);
        assertEquals(coin.run(coin.defaults().with(null, null, null, null, 50), ev -> { }).get("mle"), mle.y()[49]);
    }
}
