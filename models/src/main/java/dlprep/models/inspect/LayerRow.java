package dlprep.models.inspect;

/**
 * One op of a traced forward pass: its name ({@code conv2d}, {@code relu}, {@code add}), the module that
 * owns the parameters it uses (a dotted path such as {@code layers.0} and its class, or null when it uses
 * none), the shape of its output, the parameters it brings in (each parameter is counted at its first
 * use only), its multiply-adds, and the receptive field of its output (null where the inspector has no
 * rule for the op, see {@link ModelSummary}).
 */
public record LayerRow(String op, String module, String moduleClass, int[] outputShape, long parameters, long macs,
                       ReceptiveField receptiveField) {

    public LayerRow {
        outputShape = outputShape.clone();
    }

    @Override
    public int[] outputShape() {
        return outputShape.clone();
    }

    /** {@code layers.0 (Conv2d)}, or the op's name when no module's parameters are used. */
    public String name() {
        return module == null ? op : (module.isEmpty() ? "(root)" : module) + " (" + moduleClass + ")";
    }

    /** {@code 1x6x28x28}. */
    public String shapeText() {
        return ModelSummary.shapeText(outputShape);
    }
}
