package dlprep.app.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.RunResult;

import java.io.PrintWriter;
import java.util.Map;

/**
 * {@code --json}: one JSON object per line for each event, and a last line with the result. Every line
 * has an {@code "event"} field: {@code started}, {@code step}, {@code epoch}, {@code message} or
 * {@code result}. Step events are thinned to about 20 per epoch so the stream stays readable. The web
 * viewer's live progress sends the same objects ({@link #of(TrainingEvent)}, {@link #of(RunResult)}).
 */
public final class JsonEvents implements ProgressListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STEP_LINES_PER_EPOCH = 20;

    private final PrintWriter out;

    JsonEvents(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.Step s) {
            int every = Math.max(1, s.stepsPerEpoch() / STEP_LINES_PER_EPOCH);
            if (s.step() % every != 0 && s.step() != s.stepsPerEpoch()) {
                return;
            }
        }
        out.println(of(event));
        out.flush();
    }

    void result(RunResult r) {
        out.println(of(r));
        out.flush();
    }

    /** The JSON object of one event, unthinned. */
    public static ObjectNode of(TrainingEvent event) {
        ObjectNode o = JSON.createObjectNode();
        if (event instanceof TrainingEvent.Started s) {
            o.put("event", "started").put("epochs", s.epochs()).put("steps_per_epoch", s.stepsPerEpoch());
        } else if (event instanceof TrainingEvent.Step s) {
            o.put("event", "step").put("epoch", s.epoch()).put("step", s.step())
                    .put("steps_per_epoch", s.stepsPerEpoch()).put("loss", s.loss())
                    .put("elapsed_s", s.elapsedSeconds());
        } else if (event instanceof TrainingEvent.EpochEnded e) {
            o.put("event", "epoch").put("epoch", e.epoch()).put("epochs", e.epochs()).put("seconds", e.seconds());
            e.metrics().forEach(o::put);
        } else if (event instanceof TrainingEvent.Message m) {
            o.put("event", "message").put("text", m.text());
        }
        return o;
    }

    /** The JSON object of a finished run's result. */
    public static ObjectNode of(RunResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("event", "result").put("experiment", r.experiment());
        ObjectNode p = o.putObject("params");
        p.put("epochs", r.params().epochs()).put("lr", r.params().lr()).put("batch_size", r.params().batchSize())
                .put("seed", r.params().seed()).put("limit", r.params().limit());
        ObjectNode m = o.putObject("metrics");
        for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
            m.put(e.getKey(), e.getValue());
        }
        if (Double.isNaN(r.secondsPerEpoch())) {
            o.putNull("seconds_per_epoch"); // a run without epochs (a closed-form solution); JSON has no NaN
        } else {
            o.put("seconds_per_epoch", r.secondsPerEpoch());
        }
        o.put("total_seconds", r.totalSeconds()).put("peak_heap_mb", r.peakHeapBytes() / (1024.0 * 1024.0));
        return o;
    }
}
