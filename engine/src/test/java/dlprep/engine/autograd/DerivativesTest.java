package dlprep.engine.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

class DerivativesTest {

    /** f(x, y) = x^3 - 3x + y^2: critical points (1, 0) (minimum) and (-1, 0) (saddle); H = diag(6x, 2). */
    static final UnaryOperator<Tensor> CUBIC = v -> {
        Tensor x = v.select(0, 0);
        Tensor y = v.select(0, 1);
        return x.pow(3).sub(x.mul(3)).add(y.pow(2));
    };

    /** f(x, y) = (x^2 y, 5x + sin y): J = [[2xy, x^2], [5, cos y]]. */
    static final UnaryOperator<Tensor> MAP = v -> {
        Tensor x = v.select(0, 0);
        Tensor y = v.select(0, 1);
        return Tensor.stack(0, x.pow(2).mul(y), x.mul(5).add(y.sin()));
    };

    @Test
    void jacobianByAutogradMatchesTheHandDerivedOneAndFiniteDifferences() {
        // At (1, 2): [[2 * 1 * 2, 1^2], [5, cos 2]] = [[4, 1], [5, -0.4161468]]
        double[][] j = Derivatives.jacobian(MAP, new double[] {1, 2});
        assertArrayEquals(new double[] {4, 1}, j[0], 1e-15);
        assertArrayEquals(new double[] {5, Math.cos(2)}, j[1], 1e-15);
        double[][] numeric = Derivatives.numericJacobian(MAP, new double[] {1, 2}, Derivatives.STEP);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(j[i], numeric[i], 1e-9);
        }
    }

    @Test
    void hessianBothWaysAtTheCriticalPointsOfTheCubic() {
        for (double x : new double[] {1, -1}) {
            double[] at = {x, 0};
            assertArrayEquals(new double[] {0, 0}, Derivatives.gradient(CUBIC, at), 1e-15); // 3x^2 - 3 = 0, 2y = 0
            double[][] h = Derivatives.hessian(CUBIC, at, Derivatives.STEP);
            double[][] numeric = Derivatives.numericHessian(CUBIC, at, 1e-4);
            assertArrayEquals(new double[] {6 * x, 0}, h[0], 1e-8);
            assertArrayEquals(new double[] {0, 2}, h[1], 1e-8);
            assertArrayEquals(h[0], numeric[0], 1e-5);
            assertArrayEquals(h[1], numeric[1], 1e-5);
        }
    }

    @Test
    void secondDerivativeTestClassifiesTheFourCases() {
        assertEquals(SecondDerivativeTest.Verdict.LOCAL_MINIMUM, SecondDerivativeTest.classify(new double[][] {{6, 0}, {0, 2}}, 1e-6));
        assertEquals(SecondDerivativeTest.Verdict.SADDLE_POINT, SecondDerivativeTest.classify(new double[][] {{-6, 0}, {0, 2}}, 1e-6));
        assertEquals(SecondDerivativeTest.Verdict.LOCAL_MAXIMUM, SecondDerivativeTest.classify(new double[][] {{-2, 1}, {1, -2}}, 1e-6));
        // x^4 + y^4 at 0: H = 0, the test says nothing (it is a minimum, found only by the quartic term).
        assertEquals(SecondDerivativeTest.Verdict.INCONCLUSIVE, SecondDerivativeTest.classify(new double[2][2], 1e-6));
        // Off-diagonal terms matter: [[1, 2], [2, 1]] has eigenvalues 3 and -1 though its diagonal is positive.
        assertEquals(SecondDerivativeTest.Verdict.SADDLE_POINT, SecondDerivativeTest.classify(new double[][] {{1, 2}, {2, 1}}, 1e-6));
    }

    @Test
    void float32FunctionIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Derivatives.jacobian(v -> v.to(dlprep.engine.tensor.DType.FLOAT32), new double[] {1}));
        assertTrue(e.getMessage().contains("jacobian: f returned a float32 tensor"), e.getMessage());
    }
}
