package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvaluateDivisionTest {

    private static double[] solve(List<List<String>> equations, double[] values, List<List<String>> queries) {
        return EvaluateDivision.calcEquation(equations, values, queries);
    }

    @Test
    void answersTheExample() {
        // a / b = 2, b / c = 3: a / c = 6, b / a = 0.5, a / e unknown, a / a = 1, x / x unknown
        double[] answers = solve(List.of(List.of("a", "b"), List.of("b", "c")), new double[] {2.0, 3.0},
                List.of(List.of("a", "c"), List.of("b", "a"), List.of("a", "e"), List.of("a", "a"), List.of("x", "x")));
        assertArrayEquals(new double[] {6.0, 0.5, -1.0, 1.0, -1.0}, answers, 1e-12);
    }

    @Test
    void separateComponentsAreUndetermined() {
        double[] answers = solve(List.of(List.of("a", "b"), List.of("c", "d")), new double[] {2.0, 4.0},
                List.of(List.of("a", "d"), List.of("d", "c")));
        assertArrayEquals(new double[] {-1.0, 0.25}, answers, 1e-12);
    }

    @Test
    void noEquationsMeansNothingIsKnown() {
        assertArrayEquals(new double[] {-1.0}, solve(List.of(), new double[0], List.of(List.of("a", "a"))));
    }

    @Test
    void refusesNonPositiveValuesAndMismatchedLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> solve(List.of(List.of("a", "b")), new double[] {0.0}, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> solve(List.of(List.of("a", "b")), new double[] {1.0, 2.0}, List.of()));
    }
}
