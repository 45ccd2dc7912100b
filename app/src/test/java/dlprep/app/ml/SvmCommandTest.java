package dlprep.app.ml;

import dlprep.app.CommandLineHarness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dlprep ml svm}. */
class SvmCommandTest {

    @Test
    void reportsEachOneVersusOneMachineWithItsMargin() {
        CommandLineHarness r = CommandLineHarness.run("ml", "svm", "--dataset", "iris", "--kernel", "linear");
        assertEquals(0, r.exitCode(), r.err());
        // three classes: 3 machines. setosa is linearly separable from virginica, so that machine has no
        // multiplier at C; the margin was checked against scikit-learn's 1/||coef_|| = 1.4313 (notes/02-ml/04-svm.md)
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("setosa vs virginica") && l.contains(" 0 ")
                && l.endsWith("1.4313")), r.out());
        assertTrue(r.out().contains("versicolor vs virginica"), r.out());
        assertTrue(r.out().contains("support vectors of any machine: "), r.out());
    }

    @Test
    void rejectsAnUnknownKernel() {
        CommandLineHarness r = CommandLineHarness.run("ml", "svm", "--kernel", "sigmoid");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("unknown kernel 'sigmoid'; use linear, poly or rbf"), r.err());
    }
}
