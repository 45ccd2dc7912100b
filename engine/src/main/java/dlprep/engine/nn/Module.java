package dlprep.engine.nn;

import dlprep.engine.io.TensorFile;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A building block of a network, as PyTorch's {@code nn.Module}: a {@link #forward} computation, the
 * {@link Parameter}s it learns, buffers it keeps (such as batch norm's running statistics) and child
 * modules. A subclass registers them in its constructor, in the order they are used, and writes forward
 * as the data flow:
 *
 * <pre>{@code
 * class Mlp extends Module {
 *     private final Linear hidden = registerModule("hidden", new Linear(784, 256));
 *     private final Linear out = registerModule("out", new Linear(256, 10));
 *     public Tensor forward(Tensor x) { return out.forward(hidden.forward(x).relu()); }
 * }}</pre>
 *
 * Names of nested entries are dotted paths ({@code "hidden.weight"}), which is also how state is saved.
 */
public abstract class Module {

    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    public abstract Tensor forward(Tensor input);

    /** Registers a learnable tensor under {@code name}; returns the parameter (sharing {@code initial}'s storage). */
    protected final Parameter registerParameter(String name, Tensor initial) {
        checkName(name);
        Parameter p = new Parameter(initial);
        parameters.put(name, p);
        return p;
    }

    /** Registers state that is saved and loaded but not learned (updated in place by the module). */
    protected final Tensor registerBuffer(String name, Tensor value) {
        checkName(name);
        buffers.put(name, value);
        return value;
    }

    /** Registers a child module under {@code name}; returns it. */
    protected final <M extends Module> M registerModule(String name, M module) {
        checkName(name);
        children.put(name, module);
        return module;
    }

    /** All parameters of this module and its descendants, in registration order, each once. */
    public final List<Parameter> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    public final Map<String, Parameter> namedParameters() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        collect("", out, Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return out;
    }

    private void collect(String prefix, Map<String, Parameter> out, java.util.Set<Parameter> seen) {
        parameters.forEach((name, p) -> {
            if (seen.add(p)) {
                out.put(prefix + name, p);
            }
        });
        children.forEach((name, child) -> child.collect(prefix + name + ".", out, seen));
    }

    /** The direct children, in registration order. */
    public final List<Module> children() {
        return new ArrayList<>(children.values());
    }

    public final Map<String, Module> namedChildren() {
        return Collections.unmodifiableMap(children);
    }

    /** Total number of learnable values. */
    public final long numParameters() {
        return parameters().stream().mapToLong(Tensor::numel).sum();
    }

    /** Training mode (dropout active, batch norm uses batch statistics), for this module and all below. */
    public final Module train() {
        return apply(m -> m.training = true);
    }

    /** Evaluation mode (dropout off, batch norm uses running statistics), for this module and all below. */
    public final Module eval() {
        return apply(m -> m.training = false);
    }

    public final boolean isTraining() {
        return training;
    }

    /** Calls {@code fn} on every descendant, then on this module (PyTorch's order; used for initialisation). */
    public final Module apply(Consumer<Module> fn) {
        for (Module child : children.values()) {
            child.apply(fn);
        }
        fn.accept(this);
        return this;
    }

    /** Clears the gradients of all parameters. */
    public final void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }

    /** Parameters and buffers by dotted name (values shared, not copied). */
    public final Map<String, Tensor> stateDict() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        fillState("", out);
        return out;
    }

    private void fillState(String prefix, Map<String, Tensor> out) {
        parameters.forEach((name, p) -> out.put(prefix + name, p));
        buffers.forEach((name, b) -> out.put(prefix + name, b));
        children.forEach((name, child) -> child.fillState(prefix + name + ".", out));
    }

    /**
     * Copies {@code state} into this module's parameters and buffers, in place. Every entry must exist
     * with the same shape, and none may be missing.
     */
    public final void loadStateDict(Map<String, Tensor> state) {
        Map<String, Tensor> own = stateDict();
        List<String> missing = new ArrayList<>(own.keySet());
        missing.removeAll(state.keySet());
        List<String> unexpected = new ArrayList<>(state.keySet());
        unexpected.removeAll(own.keySet());
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new IllegalArgumentException("loadStateDict: state does not match " + getClass().getSimpleName()
                    + (missing.isEmpty() ? "" : "; missing: " + missing)
                    + (unexpected.isEmpty() ? "" : "; unexpected: " + unexpected));
        }
        for (Map.Entry<String, Tensor> e : own.entrySet()) {
            Tensor src = state.get(e.getKey());
            Tensor dst = e.getValue();
            if (!Arrays.equals(src.shape(), dst.shape())) {
                throw new IllegalArgumentException("loadStateDict: '" + e.getKey() + "' has shape "
                        + Shape.str(src.shape()) + " in the state but " + Shape.str(dst.shape()) + " in the module");
            }
        }
        for (Map.Entry<String, Tensor> e : own.entrySet()) {
            Tensor src = state.get(e.getKey());
            Tensor dst = e.getValue();
            for (int i = 0; i < dst.numel(); i++) {
                dst.setFlat(i, src.getFlat(i));
            }
        }
    }

    /** Saves the state to {@code file} atomically (see {@link TensorFile}). */
    public final void save(Path file) throws IOException {
        TensorFile.write(file, stateDict());
    }

    /** Loads the state saved by {@link #save}; a file of another model or format is rejected with its name. */
    public final void load(Path file) throws IOException {
        try {
            loadStateDict(TensorFile.read(file));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The layer's settings as PyTorch prints them, e.g. {@code in_features=784, out_features=256, bias=true}. */
    protected String extraRepr() {
        return "";
    }

    /** A PyTorch-style tree of the module and its children. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('(').append(extraRepr());
        if (!children.isEmpty()) {
            sb.append('\n');
            children.forEach((name, child) -> sb.append("  (").append(name).append("): ")
                    .append(child.toString().replace("\n", "\n  ")).append('\n'));
        }
        return sb.append(')').toString();
    }

    private void checkName(String name) {
        if (name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException("module entry name '" + name + "' must be non-empty and without dots");
        }
        if (parameters.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " already has an entry named '" + name + "'");
        }
    }
}
