package dlprep.lab.ch1;

import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Least squares in closed form on d2l's y = 2 x1 - 3.4 x2 + 4.2 + noise(0.01), 1000 examples. */
class LinearRegressionClosedFormTest {

    @Test
    void closedFormSolutionsRecoverTheTrueWeightsAndQrWinsOnTheIllConditionedDesign() throws Exception {
        List<TrainingEvent> events = new ArrayList<>();
        RunResult r = Runner.run(new LinearRegressionClosedForm(), new LinearRegressionClosedForm().defaults(),
                events::add);
        for (String method : List.of("normal_", "qr_")) {
            assertTrue(r.metrics().get(method + "w_error") < 0.01, r.metrics().toString());
            assertTrue(r.metrics().get(method + "b_error") < 0.01, r.metrics().toString());
        }
        // On the linear-regression data both solve the same well-conditioned problem (cond about 1).
        assertEquals(r.metrics().get("normal_w_error"), r.metrics().get("qr_w_error"), 1e-9);
        assertTrue(r.metrics().get("vandermonde_qr_error") < 1e-6, r.metrics().toString());
        assertTrue(r.metrics().get("vandermonde_normal_error") > 1e4 * r.metrics().get("vandermonde_qr_error"));
        assertTrue(r.history().isEmpty(), "no epochs");
        assertTrue(events.stream().anyMatch(e -> e instanceof TrainingEvent.Message m && m.text().contains("Householder QR")));
    }

    @Test
    void closedFormRejectsOptionsItCannotHonour() {
        Experiment e = new LinearRegressionClosedForm();
        var error = assertThrows(IllegalArgumentException.class,
                () -> Runner.run(e, e.defaults().with(5, null, null, null, null), ProgressListener.NONE));
        assertTrue(error.getMessage().startsWith("--epochs has no meaning for linreg-closed-form"), error.getMessage());
        error = assertThrows(IllegalArgumentException.class,
                () -> Runner.run(e, e.defaults().with(null, null, null, null, 2), ProgressListener.NONE));
        assertTrue(error.getMessage().startsWith("--limit must be at least 3"), error.getMessage());
    }
}
