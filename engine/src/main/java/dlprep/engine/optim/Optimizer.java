package dlprep.engine.optim;

import dlprep.engine.kernels.Parallel;
import dlprep.engine.nn.Parameter;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Updates parameters from their gradients, as PyTorch's {@code torch.optim.Optimizer}:
 *
 * <pre>{@code
 * Optimizer opt = new SGD(model.parameters(), 0.1).momentum(0.9);
 * for (...) {
 *     opt.zeroGrad();
 *     lossFn.forward(model.forward(x), y).backward();
 *     opt.step();
 * }}</pre>
 *
 * <p>A subclass writes its update rule in {@link #update}, a loop over the float32 storage of one parameter
 * and of its gradient. The loop writes the arrays directly, so autograd never records it (PyTorch wraps
 * step in {@code torch.no_grad()} for the same reason). What an optimizer remembers between steps
 * (momentum, running averages) is a {@link State} per parameter, float arrays named as the entries of
 * PyTorch's {@code optimizer.state[p]}.
 *
 * <p>Settings are fluent setters that check their argument, e.g. {@code new Adam(params, 1e-3).weightDecay(1e-4)};
 * like the entries of a PyTorch parameter group they may change between steps, which is how a schedule
 * changes the learning rate. There is one group: every parameter has the same settings.
 */
public abstract class Optimizer {

    /** Below this many parameter values in all, waking a second thread for the update costs more than it saves. */
    private static final long PARALLEL_VALUES = 1 << 16;

    private final List<Parameter> params;
    /** Parameter indices by decreasing size: the order in which {@link #step()} hands them to the threads. */
    private final int[] largestFirst;
    private final long totalValues;
    private final List<State> states = new ArrayList<>();
    private double lr;

    protected Optimizer(List<Parameter> params, double lr) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException(name() + ": got an empty parameter list");
        }
        Set<Parameter> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            if (p.isFloat64()) {
                throw new IllegalArgumentException(name() + ": parameter " + i + " of shape " + Shape.str(p.shape())
                        + " is float64; optimizers update float32 parameters");
            }
            if (!seen.add(p)) {
                throw new IllegalArgumentException(name() + ": parameter " + i + " of shape " + Shape.str(p.shape())
                        + " appears twice in the list; it would be updated twice per step");
            }
            states.add(new State());
        }
        this.params = List.copyOf(params);
        this.largestFirst = IntStream.range(0, this.params.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> this.params.get(i).numel()).reversed())
                .mapToInt(Integer::intValue).toArray();
        this.totalValues = this.params.stream().mapToLong(Parameter::numel).sum();
        setLr(lr);
    }

    /**
     * Updates one parameter in place, given its gradient (the same length) and its state, whose
     * {@link State#step()} already counts this update.
     */
    protected abstract void update(float[] param, float[] grad, State state);

    /**
     * One update of every parameter that has a gradient; one without (unused in this loss) is left alone.
     * Parameters are independent, so with enough of them the threads take them from a shared queue, largest
     * first so that they finish together (ResNet-18's 62 parameters hold 64 to 2.4 million values each).
     */
    public final void step() {
        if (totalValues < PARALLEL_VALUES) {
            for (int i : largestFirst) {
                updateParameter(i);
            }
        } else {
            Parallel.forEach(largestFirst.length, j -> updateParameter(largestFirst[j]));
        }
    }

    private void updateParameter(int i) {
        Parameter p = params.get(i);
        Tensor grad = p.grad();
        if (grad == null) {
            return;
        }
        State state = states.get(i);
        state.step++;
        update(p.floatData(), grad.floatData(), state);
    }

    /** Clears every parameter's gradient (PyTorch's {@code zero_grad()}, which sets them to None). */
    public final void zeroGrad() {
        for (Parameter p : params) {
            p.zeroGrad();
        }
    }

    /** The learning rate of the next step. */
    public final double lr() {
        return lr;
    }

    public final void setLr(double lr) {
        this.lr = require("lr", lr, lr >= 0, "at least 0");
    }

    /**
     * What the optimizer remembers, as named tensors for a checkpoint: {@code lr}, and per parameter
     * (by its index) {@code i.step} and each buffer {@code i.<name>} (PyTorch's {@code state_dict()}).
     */
    public final Map<String, Tensor> stateDict() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("lr", Tensor.scalar(lr, DType.FLOAT64));
        for (int i = 0; i < states.size(); i++) {
            State s = states.get(i);
            out.put(i + ".step", Tensor.scalar(s.step, DType.FLOAT64));
            for (String name : new TreeSet<>(s.buffers.keySet())) {
                out.put(i + "." + name, Tensor.of(s.buffers.get(name)));
            }
        }
        return out;
    }

    /** Restores a {@link #stateDict()} of an optimizer of the same kind over parameters of the same shapes. */
    public final void loadStateDict(Map<String, Tensor> state) {
        Tensor savedLr = state.get("lr");
        if (savedLr == null) {
            throw new IllegalArgumentException(name() + ": optimizer state has no 'lr' entry");
        }
        List<Map<String, float[]>> buffers = new ArrayList<>();
        long[] steps = new long[params.size()];
        for (int i = 0; i < params.size(); i++) {
            buffers.add(new HashMap<>());
        }
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            String key = e.getKey();
            if (key.equals("lr")) {
                continue;
            }
            int dot = key.indexOf('.');
            int index = dot > 0 && key.substring(0, dot).chars().allMatch(Character::isDigit)
                    ? Integer.parseInt(key.substring(0, dot)) : -1;
            if (index < 0 || index >= params.size()) {
                throw new IllegalArgumentException(name() + ": optimizer state entry '" + key + "' does not belong to "
                        + "any of the " + params.size() + " parameters");
            }
            String entry = key.substring(dot + 1);
            if (entry.equals("step")) {
                steps[index] = (long) e.getValue().item();
            } else if (e.getValue().numel() != params.get(index).numel()) {
                throw new IllegalArgumentException(name() + ": optimizer state '" + key + "' has " + e.getValue().numel()
                        + " values but parameter " + index + " has " + params.get(index).numel());
            } else {
                buffers.get(index).put(entry, e.getValue().toArray());
            }
        }
        setLr(savedLr.item());
        for (int i = 0; i < params.size(); i++) {
            State s = states.get(i);
            s.step = steps[i];
            s.buffers.clear();
            s.buffers.putAll(buffers.get(i));
        }
    }

    /** The parameters this optimizer updates, in order. */
    public final List<Parameter> parameters() {
        return params;
    }

    /** The name in error messages: the class name, which is PyTorch's. */
    protected final String name() {
        return getClass().getSimpleName();
    }

    /** Returns {@code value} if {@code valid}; otherwise fails with "Adam: eps must be at least 0, got -1.0". */
    protected final double require(String setting, double value, boolean valid, String rule) {
        if (!valid) {
            throw new IllegalArgumentException(name() + ": " + setting + " must be " + rule + ", got " + value);
        }
        return value;
    }

    /** Shorthand for the most common rule: {@code value >= 0} (which also rejects NaN). */
    protected final double nonNegative(String setting, double value) {
        return require(setting, value, value >= 0, "at least 0");
    }

    /** What an optimizer keeps for one parameter between steps (PyTorch's {@code optimizer.state[p]}). */
    protected static final class State {

        private long step;
        private final Map<String, float[]> buffers = new HashMap<>();

        /** t: how many updates this parameter has had, counting the one being computed (1 on the first). */
        public long step() {
            return step;
        }

        /** Whether buffer {@code name} exists yet. */
        public boolean has(String name) {
            return buffers.containsKey(name);
        }

        /** Buffer {@code name} of {@code size} floats, created full of zeros on first use. */
        public float[] buffer(String name, int size) {
            return buffer(name, size, 0);
        }

        /** Buffer {@code name} of {@code size} floats, created full of {@code initial} on first use. */
        public float[] buffer(String name, int size, float initial) {
            return buffers.computeIfAbsent(name, k -> {
                float[] b = new float[size];
                Arrays.fill(b, initial);
                return b;
            });
        }
    }
}
