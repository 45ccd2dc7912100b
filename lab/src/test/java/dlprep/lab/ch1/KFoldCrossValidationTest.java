package dlprep.lab.ch1;

import dlprep.engine.train.TrainingEvent;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KFoldCrossValidationTest {

    @Test
    void foldsPartitionTheExamplesInNearlyEqualRuns() {
        for (int n : new int[] {100, 23, 5}) {
            int[][] folds = KFoldCrossValidation.folds(n, 5);
            int[] sizes = Arrays.stream(folds).mapToInt(f -> f.length).toArray();
            assertTrue(Arrays.stream(sizes).max().orElseThrow() - Arrays.stream(sizes).min().orElseThrow() <= 1);
            int[] all = Arrays.stream(folds).flatMapToInt(Arrays::stream).toArray();
            assertArrayEquals(IntStream.range(0, n).toArray(), all, "every example in exactly one fold");
        }
        assertArrayEquals(new int[] {5, 5, 5, 4, 4},
                Arrays.stream(KFoldCrossValidation.folds(23, 5)).mapToInt(f -> f.length).toArray());
    }

    @Test
    void reportedMeanIsTheMeanOfTheFoldsAndTheTrueDegreeWins() throws Exception {
        KFoldCrossValidation e = new KFoldCrossValidation();
        List<String> lines = new ArrayList<>();
        RunResult r = Runner.run(e, e.defaults(),
                event -> { if (event instanceof TrainingEvent.Message m) lines.add(m.text()); });
        int best = 0;
        for (int degree : KFoldCrossValidation.DEGREES) {
            double[] row = lines.stream().map(String::trim).filter(l -> l.matches(degree + " .*")).findFirst()
                    .map(l -> Arrays.stream(l.split("\\s+")).skip(1).mapToDouble(Double::parseDouble).toArray())
                    .orElseThrow(() -> new AssertionError("no table row for degree " + degree + " in " + lines));
            assertEquals(KFoldCrossValidation.K + 1, row.length, "5 folds and the mean");
            double mean = Arrays.stream(row, 0, KFoldCrossValidation.K).average().orElseThrow();
            double reported = r.metrics().get("degree" + degree + "_val_loss");
            assertEquals(mean, reported, 1e-3 * reported, "degree " + degree); // the table prints 4 digits
            assertEquals(row[KFoldCrossValidation.K], reported, 1e-3 * reported);
            if (best == 0 || reported < r.metrics().get("degree" + best + "_val_loss")) {
                best = degree;
            }
        }
        assertEquals(best, r.metrics().get("best_degree"));
        assertEquals(3, best, "the data are a cubic plus noise");
        assertEquals(0.01, r.metrics().get("degree3_val_loss"), 0.003, "the noise variance 0.1^2");
    }

    @Test
    void tooFewExamplesForTheLargestDegreeAreRejectedNamingTheLimit() {
        KFoldCrossValidation e = new KFoldCrossValidation();
        var error = assertThrows(IllegalArgumentException.class,
                () -> Runner.run(e, e.defaults().with(null, null, null, null, 24), event -> { }));
        assertTrue(error.getMessage().startsWith("--limit") && error.getMessage().contains("at least 25"),
                error.getMessage());
        error = assertThrows(IllegalArgumentException.class,
                () -> Runner.run(e, e.defaults().with(null, 0.1, null, null, null), event -> { }));
        assertTrue(error.getMessage().startsWith("--lr has no meaning for kfold"), error.getMessage());
    }
}
