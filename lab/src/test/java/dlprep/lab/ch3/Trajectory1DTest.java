package dlprep.lab.ch3;

import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** gd-1d and newton: first iterates worked by hand, and the printed line. */
class Trajectory1DTest {

    private static double[] xs(String id, int run) {
        Trajectory1D e = (Trajectory1D) Experiments.get(id);
        return e.runs(e.defaults()).get(run).xs();
    }

    @Test
    void gradientDescentOnTheSquareMultipliesByOneMinusTwoLr() {
        // x <- x - lr * 2x = (1 - 2 lr) x: lr 0.2 gives 10, 6, 3.6; lr 0.05 gives 10, 9, 8.1; lr 1.1 gives 10, -12, 14.4
        double[] a = xs("gd-1d", 0);
        assertEquals(6, a[1], 1e-12);
        assertEquals(3.6, a[2], 1e-12);
        assertEquals(10 * Math.pow(0.6, 10), a[10], 1e-12);
        assertEquals(9, xs("gd-1d", 1)[1], 1e-12);
        assertEquals(8.1, xs("gd-1d", 1)[2], 1e-12);
        assertEquals(-12, xs("gd-1d", 2)[1], 1e-12);
        assertEquals(14.4, xs("gd-1d", 2)[2], 1e-12);
    }

    @Test
    void gradientDescentOnXCosFirstStep() {
        // f'(x) = cos(cx) - c x sin(cx); at 10, cx = 1.5 pi: cos = 0, sin = -1, so f'(10) = 10 c = 1.5 pi = 4.712389.
        // lr 0.2: 10 - 0.942478 = 9.057522; lr 2: 10 - 9.424778 = 0.575222
        assertEquals(10 - 0.2 * 1.5 * Math.PI, xs("gd-1d", 3)[1], 1e-12);
        assertEquals(9.057522, xs("gd-1d", 3)[1], 1e-6);
        assertEquals(0.575222, xs("gd-1d", 4)[1], 1e-6);
        // lr 0.2 settles towards the local minimum near 7.27
        assertEquals(7.27, xs("gd-1d", 3)[10], 0.05);
    }

    @Test
    void newtonOnCoshStepsByTwoTanhHalfX() {
        // f'/f'' = 0.5 sinh(x/2) / (0.25 cosh(x/2)) = 2 tanh(x/2): x1 = 10 - 2 tanh(5) = 8.000182
        double[] x = xs("newton", 0);
        assertEquals(10 - 2 * Math.tanh(5), x[1], 1e-12);
        assertEquals(8.000182, x[1], 1e-6);
        // near 0 the error is cubed: x - 2 tanh(x/2) ~ x^3 / 12
        assertTrue(Math.abs(x[7]) < 1e-6, "x7 = " + x[7]);
    }

    @Test
    void newtonOnXCosJumpsToFiveThenToAMaximum() {
        // f''(10) = -2c sin(1.5 pi) - c^2 10 cos(1.5 pi) = 2c = 0.3 pi, so x1 = 10 - 1.5 pi / (0.3 pi) = 5
        double[] full = xs("newton", 1);
        assertEquals(5, full[1], 1e-12);
        // it converges to a stationary point where f'' < 0: a local maximum near 26.83
        double end = full[10];
        assertEquals(26.83, end, 0.01);
        assertTrue(Function1D.X_COS.d2f().applyAsDouble(end) < 0);
        // lr 0.5: x1 = 10 - 0.5 * 5 = 7.5, then towards the minimum near 7.27
        assertEquals(7.5, xs("newton", 2)[1], 1e-12);
    }

    @Test
    void printsTheIteratesInTheOriginalsForm() throws Exception {
        List<String> lines = new ArrayList<>();
        Experiments.get("gd-1d").run(Experiments.get("gd-1d").defaults(), e -> {
            if (e instanceof TrainingEvent.Message m) {
                lines.add(m.text());
            }
        });
        assertEquals("x^2, lr 0.2: epoch 10, x: [10.000000, 6.000000, 3.600000, 2.160000, 1.296000, 0.777600, 0.466560, "
                + "0.279936, 0.167962, 0.100777, 0.060466]", lines.get(0));
    }
}
