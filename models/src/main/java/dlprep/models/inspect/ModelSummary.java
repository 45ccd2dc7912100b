package dlprep.models.inspect;

import dlprep.engine.autograd.Backprop;
import dlprep.engine.autograd.Function;
import dlprep.engine.autograd.Grad;
import dlprep.engine.kernels.Conv2dShape;
import dlprep.engine.kernels.Pool2dShape;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.Parameter;
import dlprep.engine.ops.AdaptiveAvgPooling;
import dlprep.engine.ops.Affine;
import dlprep.engine.ops.AvgPooling;
import dlprep.engine.ops.Convolution;
import dlprep.engine.ops.Gather;
import dlprep.engine.ops.IndexSelect;
import dlprep.engine.ops.MatMul;
import dlprep.engine.ops.MaxAlongDim;
import dlprep.engine.ops.MaxPooling;
import dlprep.engine.ops.ScatterAdd;
import dlprep.engine.ops.Sum;
import dlprep.engine.ops.TransposedConvolution;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A network's layer-by-layer account on one input: per op the output shape, the parameters, the
 * multiply-adds (MACs) and the receptive field, and the totals. It answers the interview questions on
 * output sizes, FLOPs and receptive fields with a tool ({@code dlprep model summary}).
 *
 * <p>How: the modules of the engine call each other's {@code forward} directly, so there are no hooks to
 * catch layers with. Instead one forward pass runs in eval mode on a random input that requires a
 * gradient, and the autograd graph it records is walked back from the output
 * ({@link Tensor#gradFn()}, {@link Function#recordedInputs()}) and listed in forward order. This sees the
 * exact data flow, functional ops included (residual additions, concatenations, attention's scaling).
 *
 * <p>What is counted:
 * <ul>
 *   <li>Rows: every op on the data path, that is every op that depends on the input, bookkeeping such as
 *   {@code reshape} included. Ops on parameters alone (a weight viewed per channel, as batch norm does)
 *   are not rows; the parameters they read are credited to the data-path op that uses their result.</li>
 *   <li>Parameters: each registered {@link Parameter} once, at the first op that uses it; the row is named
 *   after the module that owns it. Parameters no op used are listed in {@link #unusedParameters()}.</li>
 *   <li>MACs: convolution {@code output elements x Cin/groups x kH x kW}; linear and matmul
 *   {@code output elements x inner dimension}; transposed convolution
 *   {@code input elements x Cout/groups x kH x kW}; every other op 0 (the common convention: activations,
 *   pooling, normalisation and additions are cheap beside them). MACs are for the whole input as given,
 *   so a batch of N has N times the MACs of one example.</li>
 *   <li>Receptive field (see {@link ReceptiveField}): the input's pixels have field 1 and jump 1;
 *   convolution and pooling apply the kernel rule; adaptive average pooling to 1x1 sees the whole input,
 *   to a larger grid it counts as its widest window and widest step (an upper bound when the input does
 *   not divide evenly); linear and matmul see the whole input (an upper bound for a linear layer applied
 *   along one axis); a sum, mean, max or min over height or width (dims 2 and 3 of an NCHW tensor) sees
 *   the whole input along that axis, over any non-batch dim of a tensor that is not 4-D the whole input;
 *   every other op (elementwise, broadcast, concatenation, reshape, padding, slicing) takes the largest
 *   field of its inputs. Transposed convolution, gather, index_select and scatter_add have no rule here:
 *   their field and every field after them is unknown (null).</li>
 * </ul>
 *
 * @param input            the input shape {@code [N, C, H, W]}
 * @param rows             the ops in forward order
 * @param parameters       all learnable values of the model ({@link Module#numParameters()})
 * @param macs             the sum of the rows' MACs
 * @param receptiveField   the field of the output, or null when unknown
 * @param unusedParameters names of parameters that the forward pass did not use
 */
public record ModelSummary(int[] input, List<LayerRow> rows, long parameters, long macs,
                           ReceptiveField receptiveField, List<String> unusedParameters) {

    /** The seed of the random input: the summary does not depend on its values, but runs stay repeatable. */
    private static final long INPUT_SEED = 0;

    public ModelSummary {
        input = input.clone();
        rows = List.copyOf(rows);
        unusedParameters = List.copyOf(unusedParameters);
    }

    @Override
    public int[] input() {
        return input.clone();
    }

    /**
     * Traces {@code model} on a random input of shape {@code [N, C, H, W]}. The model runs in eval mode
     * (dropout off, batch norm on running statistics); a model that was training is put back in training
     * mode afterwards. An input the model cannot take is an {@link IllegalArgumentException} that names the
     * layer that failed.
     */
    public static ModelSummary of(Module model, int... input) {
        if (input.length != 4 || Arrays.stream(input).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("the input must be four positive sizes N x C x H x W, got "
                    + Arrays.toString(input));
        }
        Tensor x = Tensor.randn(new Generator(INPUT_SEED), input).requiresGrad(true);
        boolean wasTraining = model.isTraining();
        model.eval();
        Tensor y;
        try (Grad g = Grad.enabled()) {
            y = model.forward(x);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw inputDoesNotFit(model, input, e);
        } finally {
            if (wasTraining) {
                model.train();
            }
        }
        return new Trace(model, x).summarise(y);
    }

    /**
     * Names the module whose forward threw (the innermost frame of a {@link Module} subclass on the stack;
     * when the model has several modules of that class, all are named) and suggests a larger input.
     */
    private static IllegalArgumentException inputDoesNotFit(Module model, int[] input, RuntimeException e) {
        Map<String, Module> modules = namedModules(model);
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            Class<?> type = moduleClass(frame.getClassName(), model.getClass().getClassLoader());
            List<String> candidates = type == null ? List.of() : modules.entrySet().stream()
                    .filter(m -> type.isInstance(m.getValue()))
                    .map(m -> (m.getKey().isEmpty() ? "(root)" : m.getKey()) + " (" + m.getValue().getClass().getSimpleName() + ")")
                    .toList();
            if (!candidates.isEmpty()) {
                where = candidates.size() == 1 ? " in " + candidates.get(0) : " in one of " + String.join(", ", candidates);
                break;
            }
        }
        return new IllegalArgumentException("the forward pass on input " + shapeText(input) + " failed"
                + where + ": " + e.getMessage() + ". The input is too small for the model or not the size a layer was "
                + "built for; try a larger input or the model's default one", e);
    }

    private static Class<?> moduleClass(String name, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(name, false, loader);
            return Module.class.isAssignableFrom(c) && c != Module.class ? c : null; // Module's own helpers say nothing
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Every module of the tree by dotted path, the root as {@code ""} (PyTorch's {@code named_modules}). */
    static Map<String, Module> namedModules(Module root) {
        Map<String, Module> out = new LinkedHashMap<>();
        ArrayDeque<Map.Entry<String, Module>> stack = new ArrayDeque<>();
        stack.push(Map.entry("", root));
        while (!stack.isEmpty()) {
            Map.Entry<String, Module> e = stack.pop();
            out.putIfAbsent(e.getKey(), e.getValue());
            List<Map.Entry<String, Module>> children = new ArrayList<>(e.getValue().namedChildren().entrySet());
            Collections.reverse(children);
            for (Map.Entry<String, Module> c : children) {
                stack.push(Map.entry(e.getKey().isEmpty() ? c.getKey() : e.getKey() + "." + c.getKey(), c.getValue()));
            }
        }
        return out;
    }

    /** A shape as it is written on the command line, {@code 1x1x28x28} ({@code scalar} for none). */
    public static String shapeText(int[] shape) {
        return shape.length == 0 ? "scalar"
                : Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining("x"));
    }

    /** One walk over the graph of one forward pass. */
    private static final class Trace {

        private final Module model;
        private final Tensor x;
        private final int inputHeight;
        private final int inputWidth;
        private final Map<String, Parameter> parameters;
        private final Map<Tensor, String> parameterNames = new IdentityHashMap<>();
        private final Map<String, Module> modules;
        private final Set<Function> dataPath = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Function, ReceptiveField> fields = new IdentityHashMap<>();
        private final Set<Tensor> counted = Collections.newSetFromMap(new IdentityHashMap<>());

        Trace(Module model, Tensor x) {
            this.model = model;
            this.x = x;
            this.inputHeight = x.size(2);
            this.inputWidth = x.size(3);
            this.parameters = model.namedParameters();
            parameters.forEach((name, p) -> parameterNames.put(p, name));
            this.modules = namedModules(model);
        }

        ModelSummary summarise(Tensor y) {
            Function root = y.gradFn();
            if (root == null) {
                throw new IllegalArgumentException("the model's output does not depend on its input "
                        + "(no op between them was recorded), so there is nothing to trace");
            }
            List<Function> order = new ArrayList<>(Backprop.topologicalOrder(root));
            Collections.reverse(order);
            Map<Function, Tensor> outputs = new IdentityHashMap<>();
            outputs.put(root, y);
            for (Function fn : order) {
                for (Tensor in : fn.recordedInputs()) {
                    if (in != null && in.gradFn() != null) {
                        outputs.putIfAbsent(in.gradFn(), in);
                    }
                }
            }
            List<LayerRow> rows = new ArrayList<>();
            for (Function fn : order) {
                if (fn.recordedInputs().stream().noneMatch(this::onDataPath)) {
                    continue;
                }
                dataPath.add(fn);
                Tensor out = outputs.get(fn);
                long params = 0;
                String owner = null;
                for (String name : parametersUsed(fn)) {
                    if (owner == null) {
                        owner = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
                    }
                    Parameter p = parameters.get(name);
                    if (counted.add(p)) {
                        params += p.numel();
                    }
                }
                ReceptiveField field = field(fn, out);
                fields.put(fn, field);
                rows.add(new LayerRow(fn.name(), owner, owner == null ? null : modules.get(owner).getClass().getSimpleName(),
                        out.shape(), params, macs(fn, out), field));
            }
            if (!dataPath.contains(root)) {
                throw new IllegalArgumentException("the model's output does not depend on its input, "
                        + "so there is nothing to trace");
            }
            List<String> unused = parameters.entrySet().stream()
                    .filter(e -> !counted.contains(e.getValue())).map(Map.Entry::getKey).toList();
            long macs = rows.stream().mapToLong(LayerRow::macs).sum();
            return new ModelSummary(x.shape(), rows, model.numParameters(), macs, fields.get(root), unused);
        }

        private boolean onDataPath(Tensor t) {
            return t == x || (t != null && t.gradFn() != null && dataPath.contains(t.gradFn()));
        }

        /** Names of the parameters {@code fn} reads, directly or through ops on parameters alone, in input order. */
        private Set<String> parametersUsed(Function fn) {
            Set<String> names = new LinkedHashSet<>();
            Set<Function> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            ArrayDeque<Tensor> pending = new ArrayDeque<>();
            fn.recordedInputs().forEach(t -> {
                if (t != null) {
                    pending.addLast(t);
                }
            });
            while (!pending.isEmpty()) {
                Tensor t = pending.removeFirst();
                if (parameterNames.containsKey(t)) {
                    names.add(parameterNames.get(t));
                } else if (!onDataPath(t) && t.gradFn() != null && seen.add(t.gradFn())) {
                    t.gradFn().recordedInputs().forEach(in -> {
                        if (in != null) {
                            pending.addLast(in);
                        }
                    });
                }
            }
            return names;
        }

        private ReceptiveField inputField(Tensor t) {
            return t == x ? ReceptiveField.pixel() : fields.get(t.gradFn());
        }

        private ReceptiveField field(Function fn, Tensor out) {
            List<ReceptiveField> ins = new ArrayList<>();
            for (Tensor t : fn.recordedInputs()) {
                if (onDataPath(t)) {
                    ins.add(inputField(t));
                }
            }
            if (ins.contains(null) || fn instanceof TransposedConvolution || fn instanceof Gather
                    || fn instanceof IndexSelect || fn instanceof ScatterAdd) {
                return null;
            }
            ReceptiveField in = ins.get(0);
            if (fn instanceof Convolution c) {
                Conv2dShape s = c.geometry();
                return new ReceptiveField(in.height().through(s.kernelH(), s.strideH(), s.dilationH()),
                        in.width().through(s.kernelW(), s.strideW(), s.dilationW()));
            }
            if (fn instanceof MaxPooling || fn instanceof AvgPooling) {
                Pool2dShape s = fn instanceof MaxPooling m ? m.geometry() : ((AvgPooling) fn).geometry();
                return new ReceptiveField(in.height().through(s.kernelH(), s.strideH(), 1),
                        in.width().through(s.kernelW(), s.strideW(), 1));
            }
            if (fn instanceof AdaptiveAvgPooling) {
                int[] is = fn.recordedInputs().get(0).shape();
                int[] os = out.shape();
                return new ReceptiveField(adaptive(in.height(), is[2], os[2], inputHeight),
                        adaptive(in.width(), is[3], os[3], inputWidth));
            }
            if (fn instanceof Affine || fn instanceof MatMul) {
                return ReceptiveField.wholeInput(inputHeight, inputWidth);
            }
            if (fn instanceof Sum s) {
                return reduced(in, fn.recordedInputs().get(0).shape(), s.keptShape());
            }
            if (fn instanceof MaxAlongDim m) {
                return reduced(in, fn.recordedInputs().get(0).shape(), m.keptShape());
            }
            return ins.stream().reduce(ReceptiveField::max).orElseThrow();
        }

        /**
         * Adaptive pooling from {@code in} to {@code out} cells: cell i averages {@code floor(i in/out)} to
         * {@code ceil((i+1) in/out)}; the widest window and the widest step between windows stand for all.
         */
        private static ReceptiveField.Axis adaptive(ReceptiveField.Axis field, int in, int out, int inputExtent) {
            if (out == 1) {
                return ReceptiveField.Axis.wholeInput(inputExtent);
            }
            int kernel = 1;
            int stride = 1;
            for (int i = 0; i < out; i++) {
                int start = Math.floorDiv(i * in, out);
                int end = Math.floorDiv((i + 1) * in + out - 1, out);
                kernel = Math.max(kernel, end - start);
                if (i + 1 < out) {
                    stride = Math.max(stride, Math.floorDiv((i + 1) * in, out) - start);
                }
            }
            return field.through(kernel, stride, 1);
        }

        /** A reduction whose input had {@code inShape} and whose output, kept 4-D, has {@code kept}. */
        private ReceptiveField reduced(ReceptiveField field, int[] inShape, int[] kept) {
            boolean[] r = new boolean[inShape.length];
            for (int d = 0; d < inShape.length; d++) {
                r[d] = kept[d] == 1 && inShape[d] != 1;
            }
            if (inShape.length == 4) {
                return new ReceptiveField(r[2] ? ReceptiveField.Axis.wholeInput(inputHeight) : field.height(),
                        r[3] ? ReceptiveField.Axis.wholeInput(inputWidth) : field.width());
            }
            for (int d = 1; d < r.length; d++) {
                if (r[d]) {
                    return ReceptiveField.wholeInput(inputHeight, inputWidth);
                }
            }
            return field;
        }

        private static long macs(Function fn, Tensor out) {
            List<Tensor> in = fn.recordedInputs();
            if (fn instanceof Convolution) { // each output element: Cin/groups x kH x kW products
                return (long) out.numel() * perOutput(in.get(1).shape());
            }
            if (fn instanceof TransposedConvolution) { // each input element is scattered over Cout/groups x kH x kW
                return (long) in.get(0).numel() * perOutput(in.get(1).shape());
            }
            if (fn instanceof Affine) { // weight [out, in]
                return (long) out.numel() * in.get(1).size(1);
            }
            if (fn instanceof MatMul) { // inner dimension: the left operand's last
                int[] a = in.get(0).shape();
                return (long) out.numel() * a[a.length - 1];
            }
            return 0;
        }

        private static long perOutput(int[] weight) {
            return (long) weight[1] * weight[2] * weight[3];
        }
    }
}
