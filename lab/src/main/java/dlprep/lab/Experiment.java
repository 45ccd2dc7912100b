package dlprep.lab;

import dlprep.engine.train.ProgressListener;

import java.util.Map;

/**
 * A named, parameterised, reproducible run of one chapter topic: {@code dlprep run <id>}. It reports
 * progress through the listener and returns its result record.
 */
public interface Experiment {

    /** Short stable id, e.g. {@code softmax-concise}. */
    String id();

    /** The chapter of the outline it belongs to, e.g. {@code "1 浅层神经网络"}. */
    String chapter();

    /** One line saying what it shows. */
    String description();

    /** The settings of the original chapter, adapted to a 2-core machine (the chapter's note says how). */
    Params defaults();

    /**
     * Runs with {@code params}, reporting progress to {@code listener}; returns the final metrics
     * (e.g. {@code test_acc}). {@link Runner} adds timing, history and memory to make the result record.
     */
    Map<String, Double> run(Params params, ProgressListener listener) throws Exception;
}
