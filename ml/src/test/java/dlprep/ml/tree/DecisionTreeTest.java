package dlprep.ml.tree;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionTreeTest {

    private static double[][] column(double... v) {
        double[][] x = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            x[i] = new double[]{v[i]};
        }
        return x;
    }

    @Test
    void giniAndEntropyOfAFiftyFiftyNode() {
        // p = (1/2, 1/2): Gini 1 - 1/4 - 1/4 = 1/2, entropy -2 (1/2 log2 1/2) = 1 bit; cost = W I with W = 4.
        int[] y = {0, 1, 0, 1};
        double[] w = {1, 1, 1, 1};
        int[] rows = {0, 1, 2, 3};
        Criterion gini = new Criterion.Classification(true, y, w, 2);
        gini.init(rows, 0, 4);
        assertEquals(4 * 0.5, gini.nodeCost(), 1e-15);
        Criterion entropy = new Criterion.Classification(false, y, w, 2);
        entropy.init(rows, 0, 4);
        assertEquals(4 * 1.0, entropy.nodeCost(), 1e-15);
        // move rows 0 and 2 (both class 0) left: both children pure, cost 0
        entropy.moveLeft(0);
        entropy.moveLeft(2);
        assertEquals(0, entropy.childrenCost(), 1e-15);
    }

    @Test
    void splitsAtTheMidpointBetweenTheClasses() {
        DecisionTreeClassifier t = new DecisionTreeClassifier().fit(column(1, 2, 3, 4), new int[]{0, 0, 1, 1});
        DecisionTree tree = t.tree();
        assertEquals(3, tree.nodeCount());
        assertEquals(0, tree.feature(0));
        assertEquals(2.5, tree.threshold(0));
        assertEquals(1, tree.depth());
        assertArrayEquals(new int[]{0, 0, 1, 1}, t.predict(column(-10, 2.5, 2.6, 10)));
    }

    @Test
    void choosesTheFeatureThatSeparates() {
        // feature 0 is noise, feature 1 decides: one split on feature 1 at (0.2 + 0.8)/2 = 0.5.
        double[][] x = {{5, 0.1}, {1, 0.2}, {4, 0.8}, {2, 0.9}};
        DecisionTree tree = new DecisionTreeClassifier().fit(x, new int[]{0, 0, 1, 1}).tree();
        assertEquals(1, tree.feature(0));
        assertEquals(0.5, tree.threshold(0), 1e-15);
        assertEquals(2, tree.leafCount());
    }

    @Test
    void maxDepthStopsGrowingAndXorNeedsTwoLevels() {
        double[][] x = {{0, 0}, {1, 1}, {0, 1}, {1, 0}};
        int[] y = {0, 0, 1, 1};
        DecisionTreeClassifier deep = new DecisionTreeClassifier().fit(x, y);
        assertEquals(2, deep.tree().depth());
        assertArrayEquals(y, deep.predict(x));
        DecisionTreeClassifier stump = DecisionTreeClassifier.stump().fit(x, y);
        assertEquals(1, stump.tree().depth());
        // every depth-1 cut on XOR leaves half of each class on each side: leaves are (1/2, 1/2)
        assertArrayEquals(new double[]{0.5, 0.5}, stump.predictProba(new double[][]{{0, 0}})[0], 1e-15);
    }

    @Test
    void minSamplesLeafForbidsTheSmallPureLeaf() {
        // y = 0 1 1 1 1: the pure cut is x <= 1.5 (leaf of one row). With min_samples_leaf = 2 the cuts left
        // are 2.5 (left {0,1}, right {1,1,1}) and 3.5; 2.5 has the lower cost: 2 * 1/2 + 0 = 1 vs 3 * 4/9 + 0 = 4/3.
        double[][] x = column(1, 2, 3, 4, 5);
        int[] y = {0, 1, 1, 1, 1};
        assertEquals(1.5, new DecisionTreeClassifier().fit(x, y).tree().threshold(0));
        DecisionTreeClassifier t = new DecisionTreeClassifier(DecisionTreeClassifier.Impurity.GINI, Integer.MAX_VALUE,
                2, 2, Integer.MAX_VALUE, 0).fit(x, y);
        assertEquals(2.5, t.tree().threshold(0));
        // min_samples_split = 6 > 5 rows: the root stays a leaf predicting the majority
        DecisionTreeClassifier none = new DecisionTreeClassifier(DecisionTreeClassifier.Impurity.ENTROPY,
                Integer.MAX_VALUE, 6, 1, Integer.MAX_VALUE, 0).fit(x, y);
        assertEquals(1, none.tree().nodeCount());
        assertArrayEquals(new double[]{0.2, 0.8}, none.predictProba(column(0))[0], 1e-15);
    }

    @Test
    void sampleWeightsCountInLeafProbabilities() {
        // rows x=0 (class 0, weight 3), x=0 (class 1, weight 1), x=1 (class 1, weight 1): the cut x <= 0.5
        // leaves (3, 1) / 4 = (0.75, 0.25) on the left; zero-weight rows are ignored altogether.
        double[][] x = column(0, 0, 1, 7);
        DecisionTreeClassifier t = new DecisionTreeClassifier().fit(x, new int[]{0, 1, 1, 0}, new double[]{3, 1, 1, 0}, 2);
        assertArrayEquals(new double[]{0.75, 0.25}, t.predictProba(column(0))[0], 1e-15);
        assertEquals(0.5, t.tree().threshold(0));
    }

    @Test
    void regressionTreePredictsLeafMeans() {
        // y = 1 2 10 11: cut 2.5 leaves SSE 0.5 + 0.5 = 1 (means 1.5 and 10.5); cut 1.5 leaves 0 + 48.67.
        DecisionTreeRegressor r = new DecisionTreeRegressor(1).fit(column(1, 2, 3, 4), new double[]{1, 2, 10, 11});
        assertEquals(2.5, r.tree().threshold(0));
        assertArrayEquals(new double[]{1.5, 10.5}, r.predict(column(0, 9)), 1e-12);
        DecisionTreeRegressor full = new DecisionTreeRegressor(Integer.MAX_VALUE, 2, 1, Integer.MAX_VALUE, 0)
                .fit(column(1, 2, 3, 4), new double[]{1, 2, 10, 11});
        assertArrayEquals(new double[]{1, 2, 10, 11}, full.predict(column(1, 2, 3, 4)), 1e-12);
    }

    @Test
    void badInputIsNamed() {
        var t = new DecisionTreeClassifier();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.fit(column(1, 2), new int[]{0}))
                .getMessage().contains("2 rows but 1 labels"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.fit(column(1, 2), new int[]{0, 0}))
                .getMessage().contains("at least two classes"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new DecisionTreeRegressor(2).fit(column(1, 2), new double[]{0, Double.NaN}))
                .getMessage().contains("target 1 is NaN"));
        assertThrows(IllegalArgumentException.class, () -> new DecisionTreeRegressor(0));
    }
}
