package dlprep.app.ml;

import dlprep.app.CommandLineHarness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dlprep ml datasets}. */
class DatasetsCommandTest {

    @Test
    void listsEachDataSetWithRowsFeaturesAndClasses() {
        CommandLineHarness r = CommandLineHarness.run("ml", "datasets");
        assertEquals(0, r.exitCode(), r.err());
        // sizes from scikit-learn's descr/*.rst (see SklearnDatasetsTest)
        assertTrue(r.out().lines().anyMatch(l -> l.matches("iris\\s+150\\s+4\\s+3")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("wine\\s+178\\s+13\\s+3")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("breast_cancer\\s+569\\s+30\\s+2")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("digits\\s+1797\\s+64\\s+10")), r.out());
    }
}
