package dlprep.lab.ch3;

import dlprep.engine.optim.SGD;
import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Airfoil loader on a six-row sample in the UCI format (written for this test, not rows of the real file), the
 * generated table, one gradient step worked by hand, and both experiments on 200 rows.
 */
class AirfoilTest {

    @TempDir
    Path dir;

    private static Path sample() throws URISyntaxException {
        return Path.of(AirfoilTest.class.getResource("airfoil-sample.dat").toURI());
    }

    @Test
    void readsTheUciFormatAndStandardizesEveryColumn() throws Exception {
        AirfoilSelfNoise.Table t = AirfoilSelfNoise.read(sample());
        assertEquals(6, t.rows());
        assertEquals(5, t.features()[0].length);
        // the angle column is 0, 0, 0, 4, 4, 4: mean 2, population standard deviation 2, so -1, -1, -1, 1, 1, 1
        for (int i = 0; i < 6; i++) {
            assertEquals(i < 3 ? -1 : 1, t.features()[i][1], 1e-12);
        }
        // every column (features and label) has mean 0 and standard deviation 1
        double mean = 0;
        double square = 0;
        for (double y : t.labels()) {
            mean += y / 6;
            square += y * y / 6;
        }
        assertEquals(0, mean, 1e-12);
        assertEquals(1, square, 1e-12);
    }

    @Test
    void malformedFilesAreRejectedWithTheLine() throws Exception {
        Path five = dir.resolve("five.dat");
        Files.writeString(five, "800\t0\t0.3048\t71.3\t0.00266\t126.2\n1000\t0\t0.3048\t71.3\t125.2\n");
        var e = assertThrows(IllegalArgumentException.class, () -> AirfoilSelfNoise.read(five));
        assertTrue(e.getMessage().startsWith("airfoil: line 2 of ") && e.getMessage().contains("has 5 tab-separated"),
                e.getMessage());
        Path word = dir.resolve("word.dat");
        Files.writeString(word, "800\t0\t0.3048\t71.3\tthin\t126.2\n");
        e = assertThrows(IllegalArgumentException.class, () -> AirfoilSelfNoise.read(word));
        assertTrue(e.getMessage().contains("field 5 is 'thin', not a number"), e.getMessage());
    }

    @Test
    void theGeneratedTableHasTheRealOnesShape() {
        AirfoilSelfNoise.Table t = AirfoilSelfNoise.generated(0);
        assertEquals(1500, t.rows());
        assertEquals(5, t.features()[0].length);
        double mean = 0;
        for (double[] row : t.features()) {
            mean += row[4] / t.rows();
        }
        assertEquals(0, mean, 1e-9);
        assertArrayEquals(t.labels(), AirfoilSelfNoise.generated(0).labels(), 0, "the same seed, the same table");
    }

    @Test
    void oneGradientDescentStepByHand() {
        // two rows: x = e1 with y = 1, x = e2 with y = -1; theta = 0, so residuals r = -y = (-1, 1) and
        // loss = (1 + 1) / (2 * 2) = 0.5; gradient w1 = -1 * 1 / 2 = -0.5, w2 = 1 * 1 / 2 = 0.5, b = (-1 + 1) / 2 = 0.
        // lr 1: theta = (0.5, -0.5, 0, 0, 0, 0); residuals (-0.5, 0.5), loss = (0.25 + 0.25) / 4 = 0.125
        AirfoilSelfNoise.Table t = new AirfoilSelfNoise.Table(new double[][] {{1, 0, 0, 0, 0}, {0, 1, 0, 0, 0}},
                new double[] {1, -1}, "hand");
        assertArrayEquals(new double[] {-0.5, 0.5, 0, 0, 0, 0}, AirfoilRegression.gradient(t, new int[] {0, 1},
                new double[6]), 1e-12);
        var gd = new AirfoilRegression.Method("gd", "lr 1", 0, () -> TextbookRules.gradientDescent(1),
                params -> new SGD(params, 1));
        double[] theta0 = new double[6];
        int[][] order = {{1, 0}};
        AirfoilRegression.Curve scratch = AirfoilRegression.scratch(t, 2, gd, theta0, order);
        assertArrayEquals(new double[] {0.5, 0.125}, scratch.loss(), 1e-12);
        assertArrayEquals(new double[] {0, 1}, scratch.epochs(), 1e-12);
        assertArrayEquals(scratch.loss(), AirfoilRegression.engine(t, 2, gd, theta0, order).loss(), 1e-6);
    }

    @Test
    void everyMethodsScratchAndEngineCurvesAgree() throws Exception {
        for (String id : List.of("airfoil-gd-sgd", "airfoil-optimizers")) {
            Experiment e = Experiments.get(id);
            Map<String, Double> m = e.run(e.defaults().with(1, null, null, null, 200), ev -> { });
            assertTrue(m.get("engine_max_difference") < 1e-5, id + ": " + m);
            m.forEach((k, v) -> assertTrue(!k.endsWith("_loss") || v < 0.5, id + ": " + k + " " + v
                    + " should be below the starting loss, about 1/2 mean(y^2) = 0.5"));
        }
        var bad = assertThrows(IllegalArgumentException.class, () -> Experiments.get("airfoil-gd-sgd")
                .run(Experiments.get("airfoil-gd-sgd").defaults().with(null, null, 32, null, null), ev -> { }));
        assertTrue(bad.getMessage().startsWith("--batch-size has no meaning for airfoil-gd-sgd"), bad.getMessage());
    }
}
