package dlprep.app.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.models.ModelZoo;
import dlprep.models.ZooModel;
import dlprep.models.inspect.LayerRow;
import dlprep.models.inspect.ModelSummary;
import dlprep.models.inspect.ReceptiveField;
import dlprep.models.inspect.SummaryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code dlprep model list|summary}: the networks of the model zoo, and a layer-by-layer account of one. */
@Command(name = "model", mixinStandardHelpOptions = true, description = "Lists the model zoo's networks or inspects one.",
        subcommands = {ModelCommand.ListModels.class, ModelCommand.Summary.class})
public final class ModelCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code dlprep model list}: name, default input, parameter count and description of each network. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the networks `dlprep model summary` inspects, with their default input and parameter count.")
    public static final class ListModels implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            List<ZooModel> models = ModelZoo.all();
            int width = models.stream().mapToInt(m -> m.name().length()).max().orElse(0);
            for (ZooModel m : models) {
                out.printf(Locale.ROOT, "%-" + width + "s  %-12s  %,12d params  %s%n", m.name(), ModelSummary.shapeText(m.input()),
                        m.build().numParameters(), m.description());
            }
            out.flush();
        }
    }

    /** {@code dlprep model summary <name> [--input NxCxHxW] [--json]}. */
    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = {"Per op of one forward pass: output shape, parameters, multiply-adds (MACs) and receptive "
                    + "field with its jump (product of strides); the totals at the end.",
                    "MACs are for the whole input, so a batch of N has N times those of one example."})
    public static final class Summary implements Runnable {

        @Parameters(index = "0", paramLabel = "NAME", description = "a model of `dlprep model list`")
        String name;

        @Option(names = "--input", paramLabel = "NxCxHxW",
                description = "the input shape, e.g. 1x1x28x28 (default: the model's own input)")
        String input;

        @Option(names = "--json", description = "one JSON object instead of the table")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            ZooModel model;
            int[] shape;
            try {
                model = ModelZoo.get(name);
                shape = input == null ? model.input() : parseInput(input);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            ModelSummary summary;
            try {
                summary = ModelSummary.of(model.build(), shape);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(model.name() + ": " + e.getMessage() + " (its default input is "
                        + ModelSummary.shapeText(model.input()) + ")", e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? toJson(model.name(), summary) + "\n" : SummaryTable.format(summary));
            out.flush();
        }
    }

    /** {@code 1x1x28x28} as {@code [1, 1, 28, 28]}; anything else is an error that shows the expected form. */
    static int[] parseInput(String text) {
        String[] parts = text.trim().split("[xX]", -1);
        int[] shape = new int[parts.length];
        boolean ok = parts.length == 4;
        for (int i = 0; ok && i < parts.length; i++) {
            try {
                shape[i] = Integer.parseInt(parts[i].trim());
                ok = shape[i] >= 1;
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException("--input must be NxCxHxW, four positive whole numbers such as 1x1x28x28 "
                    + "(batch x channels x height x width), got '" + text + "'");
        }
        return shape;
    }

    /** The summary as one JSON object: the rows, then the totals; an unknown receptive field is null. */
    static String toJson(String name, ModelSummary s) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("model", name);
        ArrayNode input = o.putArray("input");
        Arrays.stream(s.input()).forEach(input::add);
        ArrayNode rows = o.putArray("rows");
        for (LayerRow r : s.rows()) {
            ObjectNode row = rows.addObject();
            row.put("op", r.op());
            row.put("module", r.module());
            row.put("module_class", r.moduleClass());
            ArrayNode output = row.putArray("output");
            Arrays.stream(r.outputShape()).forEach(output::add);
            row.put("params", r.parameters());
            row.put("macs", r.macs());
            row.set("receptive_field", field(mapper, r.receptiveField()));
        }
        ObjectNode total = o.putObject("total");
        total.put("params", s.parameters());
        total.put("macs", s.macs());
        total.set("receptive_field", field(mapper, s.receptiveField()));
        ArrayNode unused = o.putArray("unused_parameters");
        s.unusedParameters().forEach(unused::add);
        return o.toString();
    }

    private static ObjectNode field(ObjectMapper mapper, ReceptiveField f) {
        if (f == null) {
            return null;
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("height", f.height().size());
        o.put("width", f.width().size());
        o.put("jump_height", f.height().jump());
        o.put("jump_width", f.width().jump());
        o.put("whole_height", f.height().whole());
        o.put("whole_width", f.width().whole());
        return o;
    }
}
