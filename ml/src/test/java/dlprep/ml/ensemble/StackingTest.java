package dlprep.ml.ensemble;

import dlprep.ml.Classifier;
import dlprep.ml.tree.DecisionTreeClassifier;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackingTest {

    /** Recalls the label of a row it trained on, answers 0 for any other row: the extreme overfitter. */
    static final class Memoriser implements Classifier {
        private final Map<String, Integer> seen = new HashMap<>();

        @Override
        public Classifier fit(double[][] x, int[] y) {
            for (int i = 0; i < x.length; i++) {
                seen.put(Arrays.toString(x[i]), y[i]);
            }
            return this;
        }

        @Override
        public int[] predict(double[][] x) {
            return Arrays.stream(x).mapToInt(r -> seen.getOrDefault(Arrays.toString(r), 0)).toArray();
        }

        @Override
        public String describe() {
            return "memoriser";
        }
    }

    /** Records the features the meta-learner is fitted on. */
    static final class Recorder implements Classifier {
        static double[][] lastFit;

        @Override
        public Classifier fit(double[][] x, int[] y) {
            lastFit = x;
            return this;
        }

        @Override
        public int[] predict(double[][] x) {
            return new int[x.length];
        }

        @Override
        public String describe() {
            return "recorder";
        }
    }

    @Test
    void metaLearnerSeesOutOfFoldPredictionsNotTrainingFits() {
        // Every row is held out once, and the memoriser answers 0 for a row it did not train on: so every
        // out-of-fold prediction is class 0, whose one-hot is dropped for two classes -> all meta features 0.
        // Fitted on all rows it would have recalled the labels (the leak stacking avoids): transform shows that.
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        int[] y = {0, 1, 0, 1, 0, 1};
        StackingClassifier s = new StackingClassifier(List.of(Memoriser::new), Recorder::new, 3, 0).fit(x, y);
        for (double[] row : Recorder.lastFit) {
            assertArrayEquals(new double[]{0}, row);
        }
        double[][] refit = s.transform(x);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(new double[]{y[i]}, refit[i]);
        }
    }

    @Test
    void stackedTreesClassifyBlobs() {
        int[] y = new int[30];
        double[][] x = BaggingTest.blobs(y);
        StackingClassifier s = new StackingClassifier(
                List.of(DecisionTreeClassifier::new, DecisionTreeClassifier::stump), DecisionTreeClassifier::new, 5, 1)
                .fit(x, y);
        assertArrayEquals(y, s.predict(x));
    }

    @Test
    void defaultMetaLearnerIsLogisticRegressionForThreeClasses() {
        // three well separated groups on a line; the base trees' out-of-fold probabilities are one-hot,
        // which the softmax meta-learner maps back to the class
        double[][] x = new double[30][];
        int[] y = new int[30];
        for (int i = 0; i < 30; i++) {
            y[i] = i % 3;
            x[i] = new double[]{10 * y[i] + Math.sin(i)};
        }
        StackingClassifier s = new StackingClassifier(List.of(DecisionTreeClassifier::new), 5, 2).fit(x, y);
        assertArrayEquals(y, s.predict(x));
        assertTrue(s.describe().endsWith("-> logistic(C=1), 5-fold OOF)"), s.describe());
    }
}
