package dlprep.ml.ensemble;

import dlprep.engine.tensor.Generator;
import dlprep.ml.Classifier;
import dlprep.ml.tree.DecisionTreeClassifier;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaggingTest {

    /** Two separable blobs with a deterministic jitter: 2 features, 30 rows. */
    static double[][] blobs(int[] y) {
        double[][] x = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2;
            double c = y[i] == 0 ? -3 : 3;
            x[i] = new double[]{c + Math.sin(i * 1.3), c + Math.cos(i * 0.7)};
        }
        return x;
    }

    @Test
    void forestOnSeparableDataIsRightAndOutOfBagToo() {
        int[] y = new int[30];
        double[][] x = blobs(y);
        RandomForestClassifier rf = new RandomForestClassifier(15, 3).fit(x, y);
        assertArrayEquals(y, rf.predict(x));
        assertEquals(1.0, rf.oobScore());
        assertEquals(15, rf.estimators().size());
    }

    @Test
    void sameSeedSameForestAndSplitsUseSubsampledFeatures() {
        int[] y = new int[30];
        double[][] x = blobs(y);
        // max_features = 1 of 2: each tree's root is on the feature it happened to draw; over 15 trees both occur
        RandomForestClassifier a = new RandomForestClassifier(15, 1, Integer.MAX_VALUE, 9).fit(x, y);
        RandomForestClassifier b = new RandomForestClassifier(15, 1, Integer.MAX_VALUE, 9).fit(x, y);
        Set<Integer> roots = new HashSet<>();
        for (int t = 0; t < 15; t++) {
            DecisionTreeClassifier ta = (DecisionTreeClassifier) a.estimators().get(t);
            DecisionTreeClassifier tb = (DecisionTreeClassifier) b.estimators().get(t);
            assertEquals(ta.tree().threshold(0), tb.tree().threshold(0));
            roots.add(ta.tree().feature(0));
        }
        assertEquals(Set.of(0, 1), roots);
    }

    @Test
    void outOfBagScoreSeesOnlyUnseenRows() {
        // Labels that are coin flips independent of the features: trees memorise their bag, so training
        // accuracy is near 1 while the out-of-bag estimate stays near chance.
        int n = 40;
        double[][] x = new double[n][];
        int[] y = new int[n];
        Generator rng = new Generator(17);
        for (int i = 0; i < n; i++) {
            x[i] = new double[]{rng.uniform(), rng.uniform()};
            y[i] = rng.uniform() < 0.5 ? 0 : 1;
        }
        BaggingClassifier bag = new BaggingClassifier((seed, d) -> new DecisionTreeClassifier(), 25, 4).fit(x, y);
        double train = 0;
        int[] p = bag.predict(x);
        for (int i = 0; i < n; i++) {
            train += p[i] == y[i] ? 1.0 / n : 0;
        }
        assertTrue(train > 0.9, "training accuracy " + train);
        assertTrue(bag.oobScore() < 0.75, "OOB accuracy " + bag.oobScore());
    }

    @Test
    void modelsWithoutProbabilitiesVoteOneHot() {
        int[] y = new int[30];
        double[][] x = blobs(y);
        Classifier constantOne = new Classifier() {
            @Override
            public Classifier fit(double[][] f, int[] l) {
                return this;
            }

            @Override
            public int[] predict(double[][] f) {
                return new int[f.length];
            }

            @Override
            public String describe() {
                return "zero";
            }
        };
        BaggingClassifier bag = new BaggingClassifier((s, d) -> constantOne, 3, 0).fit(x, y);
        assertArrayEquals(new double[]{1, 0}, bag.predictProba(new double[][]{{0, 0}})[0]);
    }

    @Test
    void badInputIsNamed() {
        RandomForestClassifier rf = new RandomForestClassifier(3, 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> rf.fit(new double[][]{{1}, {2}}, new int[]{1, 1}))
                .getMessage().contains("random_forest.fit: every label is 1"));
        rf.fit(new double[][]{{1}, {2}, {3}, {4}}, new int[]{0, 1, 0, 1});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> rf.predict(new double[][]{{1, 2}}))
                .getMessage().contains("expected 1"));
        assertThrows(IllegalArgumentException.class, () -> new BaggingClassifier((s, d) -> null, 0, 0));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new AdaBoostSamme().fit(new double[][]{{1}, {Double.NaN}}, new int[]{0, 1})).getMessage()
                .contains("is NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new GradientBoostingClassifier().fit(new double[0][], new int[0])).getMessage()
                .contains("no samples"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new StackingClassifier(List.of(DecisionTreeClassifier::new), DecisionTreeClassifier::new, 5, 0)
                        .fit(new double[][]{{1}, {2}, {3}}, new int[]{0, 1, 0})).getMessage()
                .contains("k = 5 is larger than the 3 samples"));
    }
}
