package dlprep.engine.autograd;

import dlprep.engine.tensor.Tensor;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A node of the autograd graph: one application of a differentiable op. The op computes its output, then
 * calls {@link #record} with the output and its inputs; if any input requires a gradient the output
 * remembers this node as its {@code gradFn}. During {@link Tensor#backward()} the engine calls
 * {@link #backward} with the gradient of the output and receives one gradient per input.
 *
 * <p>Subclasses keep in fields what their backward needs (the saved tensors). Like
 * {@code torch.autograd.Function}, users may subclass it to define their own differentiable ops.
 */
public abstract class Function {

    private final String name;
    private Tensor[] inputs;
    private boolean freed;
    private Tensor retainedOutput;

    protected Function(String name) {
        this.name = name;
    }

    /**
     * Gradients of the loss with respect to each input, in the order the inputs were recorded, given the
     * gradient with respect to the output. An entry may be null when that input needs no gradient
     * (see {@link #needsGrad(int)}). Runs with gradient recording disabled.
     */
    protected abstract Tensor[] backward(Tensor gradOutput);

    /** The op's name as it appears in error messages and anomaly reports, e.g. {@code "matmul"}. */
    public final String name() {
        return name;
    }

    /**
     * Finishes an op: checks the output in anomaly mode and, when gradients are being recorded and some
     * input requires one, links {@code output} to this node. Returns {@code output}.
     */
    public final Tensor record(Tensor output, Tensor... inputs) {
        Anomaly.checkForward(name, output, inputs);
        if (Grad.isEnabled()) {
            for (Tensor in : inputs) {
                if (in != null && in.requiresGrad()) {
                    this.inputs = inputs;
                    output.attachGradFn(this);
                    break;
                }
            }
        }
        return output;
    }

    /** Whether input {@code i} takes part in the gradient computation (so its gradient must be computed). */
    protected final boolean needsGrad(int i) {
        return inputs[i] != null && inputs[i].requiresGrad();
    }

    Tensor[] inputs() {
        return inputs;
    }

    /**
     * The tensors this node was recorded with, in order (null where an optional input such as a bias was
     * absent), as a read-only list: walking {@code gradFn().recordedInputs()} back from an output visits the
     * graph the forward pass built (PyTorch's {@code grad_fn.next_functions}). Empty when the node was not
     * recorded (no input required a gradient). The model inspector reads the graph this way.
     */
    public final List<Tensor> recordedInputs() {
        return inputs == null ? List.of() : Collections.unmodifiableList(Arrays.asList(inputs));
    }

    boolean isFreed() {
        return freed;
    }

    /** After a backward pass without {@code retainGraph}: a second pass through this node is an error. */
    void free() {
        freed = true;
    }

    /** Keeps the gradient of a non-leaf output in its {@code grad} field (see {@link Tensor#retainGrad()}). */
    public final void retainOutputGrad(Tensor output) {
        retainedOutput = output;
    }

    Tensor retainedOutput() {
        return retainedOutput;
    }
}
