package dlprep.lab;

import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;

import java.util.Locale;

/** Free-form result lines (a table row, a closed-form solution) sent as {@link TrainingEvent.Message}s. */
public final class Messages {

    private Messages() {
    }

    /** Sends {@code String.format(format, args)}, formatted with the root locale (a decimal point everywhere). */
    public static void say(ProgressListener listener, String format, Object... args) {
        listener.onEvent(new TrainingEvent.Message(String.format(Locale.ROOT, format, args)));
    }
}
