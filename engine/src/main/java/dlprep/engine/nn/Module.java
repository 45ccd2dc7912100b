package dlprep.engine.nn;

import dlprep.engine.io.TensorFile;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
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
 *
 * <p>Layers whose forward should also work under {@link #functionalCall} read their own parameters and
 * buffers with {@link #getParameter} and {@link #getBuffer}, the way PyTorch's {@code self.weight} looks
 * the name up in the module's dictionary.
 */
public abstract class Module {

    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;
    private Map<String, Tensor> standIns = Map.of();

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

    /**
     * The parameter registered under {@code target} (a dotted path for a descendant's), or the tensor
     * standing in for it during {@link #functionalCall} (PyTorch's {@code get_parameter}).
     */
    public final Tensor getParameter(String target) {
        Module owner = owner(target);
        String name = leaf(target);
        if (!owner.parameters.containsKey(name)) {
            throw new IllegalArgumentException(owner.getClass().getSimpleName() + " has no parameter '" + name + "'");
        }
        return owner.standIns.getOrDefault(name, owner.parameters.get(name));
    }

    /**
     * The buffer registered under {@code target}, or its stand-in during {@link #functionalCall} (PyTorch's
     * {@code get_buffer}).
     */
    public final Tensor getBuffer(String target) {
        Module owner = owner(target);
        String name = leaf(target);
        if (!owner.buffers.containsKey(name)) {
            throw new IllegalArgumentException(owner.getClass().getSimpleName() + " has no buffer '" + name + "'");
        }
        return owner.standIns.getOrDefault(name, owner.buffers.get(name));
    }

    /**
     * Runs {@link #forward} with some parameters and buffers replaced by the given tensors, named by dotted
     * path as in {@link #stateDict()}; entries not given keep the module's own (PyTorch's
     * {@code torch.func.functional_call}). The stand-ins are used as they are, not copied, so their dtype
     * may differ and gradients flow to them: this is how a layer is gradient-checked in float64 although
     * its parameters are float32. The module is changed for the duration of the call, so it must not run
     * forward on another thread meanwhile.
     */
    public final Tensor functionalCall(Map<String, Tensor> parametersAndBuffers, Tensor input) {
        Map<Module, Map<String, Tensor>> byOwner = new IdentityHashMap<>();
        parametersAndBuffers.forEach((target, value) -> {
            Module owner = owner(target);
            String name = leaf(target);
            Tensor own = owner.parameters.containsKey(name) ? owner.parameters.get(name) : owner.buffers.get(name);
            if (own == null) {
                throw new IllegalArgumentException("functionalCall: " + getClass().getSimpleName()
                        + " has no parameter or buffer '" + target + "'");
            }
            if (!Arrays.equals(own.shape(), value.shape())) {
                throw new IllegalArgumentException("functionalCall: '" + target + "' has shape "
                        + Shape.str(own.shape()) + " but its stand-in has shape " + Shape.str(value.shape()));
            }
            byOwner.computeIfAbsent(owner, m -> new LinkedHashMap<>()).put(name, value);
        });
        byOwner.forEach((owner, values) -> owner.standIns = values);
        try {
            return forward(input);
        } finally {
            byOwner.keySet().forEach(owner -> owner.standIns = Map.of());
        }
    }

    /** The module that owns the entry at dotted path {@code target}: this one, or a descendant. */
    private Module owner(String target) {
        Module m = this;
        String[] parts = target.split("\\.", -1);
        for (int i = 0; i < parts.length - 1; i++) {
            Module child = m.children.get(parts[i]);
            if (child == null) {
                throw new IllegalArgumentException(m.getClass().getSimpleName() + " has no submodule '" + parts[i]
                        + "' (looking up '" + target + "')");
            }
            m = child;
        }
        return m;
    }

    private static String leaf(String target) {
        return target.substring(target.lastIndexOf('.') + 1);
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

    /**
     * The error a layer throws for an input it cannot take, naming the layer and both shapes, e.g.
     * {@code BatchNorm2d: expected input [N, 16, H, W], got [8, 3, 28, 28]}.
     */
    protected final IllegalArgumentException wrongInput(String expected, Tensor input) {
        return new IllegalArgumentException(getClass().getSimpleName() + ": expected input " + expected + ", got "
                + Shape.str(input.shape()));
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
