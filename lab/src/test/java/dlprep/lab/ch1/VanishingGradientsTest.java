package dlprep.lab.ch1;

import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Params;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VanishingGradientsTest {

    private static final int ZERO = (VanishingGradients.CURVE_POINTS - 1) / 2;

    @Test
    void sigmoidGradientIsLargestAtZeroWhereItIsOneQuarter() {
        VanishingGradients.SigmoidCurve c = VanishingGradients.sigmoidCurve();
        assertEquals(0.0, c.x()[ZERO]);
        assertEquals(0.25, c.gradient()[ZERO], 1e-15); // sigmoid(0) (1 - sigmoid(0)) = 1/2 * 1/2
        assertEquals(ZERO, c.argmaxGradient());
    }

    @Test
    void sigmoidGradientAtPlusOrMinusEightIsBelow4e4() {
        VanishingGradients.SigmoidCurve c = VanishingGradients.sigmoidCurve();
        int last = VanishingGradients.CURVE_POINTS - 1;
        assertEquals(-8.0, c.x()[0]);
        assertEquals(8.0, c.x()[last]);
        // sigmoid(8) (1 - sigmoid(8)) = e^-8 / (1 + e^-8)^2 = 3.35463e-4 / 1.000671 = 3.3524e-4, the same at -8
        for (double g : new double[] {c.gradient()[0], c.gradient()[last]}) {
            assertEquals(3.3524e-4, g, 1e-8);
            assertTrue(g < 4e-4, "gradient at |x| = 8: " + g);
        }
    }

    @Test
    void deepSigmoidStackShrinksTheBackwardSignalByTheMeanSigmoidDerivativePerLayer() {
        Generator.manualSeed(1);
        List<VanishingGradients.LayerGradient> layers = VanishingGradients.deepSigmoidStack(10, 64);
        for (int l = 0; l < layers.size() - 1; l++) {
            VanishingGradients.LayerGradient below = layers.get(l);
            double ratio = below.preactivationGradNorm() / layers.get(l + 1).preactivationGradNorm();
            assertTrue(below.meanSigmoidGradient() <= 0.25, "sigmoid' is at most 1/4");
            // Xavier weights keep the signal's size on average, so the ratio is sigmoid' of this layer
            assertEquals(below.meanSigmoidGradient(), ratio, 0.25 * below.meanSigmoidGradient(), "layer " + (l + 1));
        }
        double first = layers.get(0).weightGradNorm();
        double last = layers.get(layers.size() - 1).weightGradNorm();
        // nine layers of sigmoid' ~ 0.23 give ~2e-6, layer 1's zero-mean inputs another ~0.1
        assertTrue(first < 1e-4 * last, "first layer " + first + ", last layer " + last);
    }

    @Test
    void runReportsOneRowPerLayerAndTheKeyNumbers() throws Exception {
        VanishingGradients e = new VanishingGradients();
        List<TrainingEvent> events = new ArrayList<>();
        RunResult r = Runner.run(e, e.defaults().with(4, null, 32, null, null), events::add);
        assertEquals(new TrainingEvent.Started(4, 0), events.get(0));
        assertEquals(4, r.history().size(), "--epochs is the depth: one row per layer");
        assertEquals(0.25, r.metrics().get("sigmoid_grad_max"), 1e-15);
        assertEquals(0.0, r.metrics().get("sigmoid_grad_max_at_x"));
        assertTrue(r.metrics().get("first_layer_grad_norm") < 1e-2 * r.metrics().get("last_layer_grad_norm"),
                r.metrics().toString());
    }

    @Test
    void optionsItCannotHonourAreRejectedByName() {
        VanishingGradients e = new VanishingGradients();
        Params lr = e.defaults().with(null, 0.5, null, null, null);
        var error = assertThrows(IllegalArgumentException.class, () -> e.run(lr, ProgressListener.NONE));
        assertTrue(error.getMessage().startsWith("--lr has no meaning for vanishing-gradients"), error.getMessage());
        Params limit = e.defaults().with(null, null, null, null, 100);
        error = assertThrows(IllegalArgumentException.class, () -> e.run(limit, ProgressListener.NONE));
        assertTrue(error.getMessage().startsWith("--limit"), error.getMessage());
    }
}
