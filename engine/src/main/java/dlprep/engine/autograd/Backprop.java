package dlprep.engine.autograd;

import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * Reverse-mode differentiation over the recorded graph. The nodes reachable from the root are put in
 * topological order (an explicit stack, so a chain of 100,000 ops cannot overflow the Java stack); then
 * each node, after every node that uses its output, turns its output gradient into input gradients.
 * Gradients arriving at the same tensor from several uses are added, and leaves add them into
 * {@code grad} (so gradients accumulate across backward calls until {@code zeroGrad}).
 */
public final class Backprop {

    private Backprop() {
    }

    /** Backpropagates {@code gradRoot} (the gradient of some scalar loss with respect to {@code root}). */
    public static void run(Tensor root, Tensor gradRoot, boolean retainGraph) {
        if (!root.requiresGrad()) {
            throw new IllegalStateException("backward: the tensor does not require a gradient and has no gradFn; "
                    + "set requiresGrad on the leaves before computing it (and not inside Grad.disabled())");
        }
        if (!java.util.Arrays.equals(root.shape(), gradRoot.shape())) {
            throw new IllegalArgumentException("backward: the gradient has shape " + Shape.str(gradRoot.shape())
                    + " but the tensor has shape " + Shape.str(root.shape()));
        }
        if (root.gradFn() == null) {
            accumulateLeaf(root, gradRoot);
            return;
        }
        Map<Function, Tensor> pending = new IdentityHashMap<>();
        pending.put(root.gradFn(), gradRoot);
        try (Grad g = Grad.disabled()) {
            for (Function fn : topologicalOrder(root.gradFn())) {
                Tensor grad = pending.remove(fn);
                if (grad == null) {
                    continue;
                }
                if (fn.isFreed()) {
                    throw new IllegalStateException("backward: trying to go through the graph a second time: op '"
                            + fn.name() + "' was freed by the first backward. Call backward(grad, true) "
                            + "(retainGraph) the first time if you need to backpropagate twice.");
                }
                if (fn.retainedOutput() != null) {
                    accumulateLeaf(fn.retainedOutput(), grad);
                }
                Tensor[] inputs = fn.inputs();
                Tensor[] grads = fn.backward(grad);
                if (!retainGraph) {
                    fn.free();
                }
                for (int i = 0; i < inputs.length; i++) {
                    Tensor input = inputs[i];
                    if (input == null || !input.requiresGrad() || grads[i] == null) {
                        continue;
                    }
                    Anomaly.checkBackward(fn.name(), i, grads[i]);
                    if (!java.util.Arrays.equals(grads[i].shape(), input.shape())) {
                        throw new IllegalStateException("backward of '" + fn.name() + "' returned a gradient of shape "
                                + Shape.str(grads[i].shape()) + " for input " + i + " of shape " + Shape.str(input.shape()));
                    }
                    if (input.gradFn() == null) {
                        accumulateLeaf(input, grads[i]);
                    } else {
                        pending.merge(input.gradFn(), grads[i], Tensor::add);
                    }
                }
            }
        }
    }

    private static void accumulateLeaf(Tensor leaf, Tensor grad) {
        Tensor g = grad.dtype() == leaf.dtype() ? grad : grad.to(leaf.dtype());
        leaf.setGrad(leaf.grad() == null ? g.detach() : leaf.grad().add(g));
    }

    /**
     * Nodes reachable from {@code root}, each before all the nodes that produced its inputs (reversed, the
     * order of the forward pass). Public for tools that read the graph, such as the model inspector.
     */
    public static List<Function> topologicalOrder(Function root) {
        List<Function> postOrder = new ArrayList<>();
        Set<Function> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        // Iterative depth-first search: a frame is (node, index of the next input to visit).
        ArrayDeque<Function> nodes = new ArrayDeque<>();
        ArrayDeque<int[]> next = new ArrayDeque<>();
        nodes.push(root);
        next.push(new int[] {0});
        visited.add(root);
        while (!nodes.isEmpty()) {
            Function fn = nodes.peek();
            int[] cursor = next.peek();
            Tensor[] inputs = fn.inputs();
            boolean descended = false;
            while (cursor[0] < inputs.length) {
                Tensor in = inputs[cursor[0]++];
                Function child = in == null ? null : in.gradFn();
                if (child != null && visited.add(child)) {
                    nodes.push(child);
                    next.push(new int[] {0});
                    descended = true;
                    break;
                }
            }
            if (!descended) {
                postOrder.add(nodes.pop());
                next.pop();
            }
        }
        Collections.reverse(postOrder);
        return postOrder;
    }
}
