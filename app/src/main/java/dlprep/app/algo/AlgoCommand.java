package dlprep.app.algo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.algorithms.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code dlprep algo list|bench}: what the algorithms module holds, and how its running times grow. */
@Command(name = "algo", mixinStandardHelpOptions = true,
        description = "Lists the algorithms module's classes and measures how their running time grows.",
        subcommands = {AlgoCommand.ListClasses.class, AlgoCommand.Bench.class})
public final class AlgoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code dlprep algo list [TOPIC]}: the classes by topic (subpackage), found by scanning the module. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every public class of the algorithms module by topic (its subpackage).")
    static final class ListClasses implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "TOPIC", description = "only this topic, e.g. graphs")
        String topic;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Catalog.Entry> entries = Catalog.all();
            List<String> topics = entries.stream().map(Catalog.Entry::topic).distinct().toList();
            if (topic != null && !topics.contains(topic)) {
                throw new ParameterException(spec.commandLine(), "unknown topic '" + topic + "'; the topics are "
                        + String.join(", ", topics));
            }
            PrintWriter out = spec.commandLine().getOut();
            int shown = 0;
            for (String t : topics) {
                if (topic != null && !topic.equals(t)) {
                    continue;
                }
                List<Catalog.Entry> inTopic = entries.stream().filter(e -> e.topic().equals(t)).toList();
                out.println(t + " (" + inTopic.size() + ")");
                for (Catalog.Entry e : inTopic) {
                    out.println("  " + e.name() + (e.kind().equals("class") ? "" : "  (" + e.kind() + ")"));
                }
                shown += inTopic.size();
            }
            out.println(shown + " types" + (topic == null ? " in " + topics.size() + " topics" : ""));
            out.flush();
            return 0;
        }
    }

    /** {@code dlprep algo bench NAME [--sizes a,b,...] [--json]}: time against input size, with the growth exponent. */
    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Times a data structure or graph algorithm at growing input sizes and prints, per size, the "
                    + "median CPU time (and wall time), the CPU time per unit of its stated complexity and the growth "
                    + "exponent from the previous size; then the exponent fitted over all sizes beside the model's own.",
                    "Without NAME: lists the benchmarks."})
    static final class Bench implements Callable<Integer> {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the benchmark, e.g. fenwick")
        String name;
        @Option(names = "--sizes", split = ",", paramLabel = "N", description = "input sizes instead of the defaults, "
                + "for every series (e.g. 1000,10000)")
        int[] sizes;
        @Option(names = "--json", description = "one JSON object per size and one per fit instead of a table")
        boolean json;
        @Spec
        CommandSpec spec;

        @Option(names = "--quick", description = "no warm-up and 3 runs per size: a smoke test, not a measurement")
        boolean quick;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (name == null) {
                for (GrowthBenchmark b : GrowthBenchmarks.all()) {
                    out.printf("%-16s %s%n", b.name(), b.description());
                }
                out.flush();
                return 0;
            }
            GrowthBenchmark benchmark = GrowthBenchmarks.find(name).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "unknown benchmark '" + name + "'; the benchmarks are "
                    + GrowthBenchmarks.all().stream().map(GrowthBenchmark::name).collect(Collectors.joining(", "))));
            if (sizes != null) {
                for (int n : sizes) {
                    if (n < 2) {
                        throw new ParameterException(spec.commandLine(), "--sizes: every size must be at least 2, got " + n);
                    }
                }
            }
            if (!json) {
                out.println(benchmark.name() + ": " + benchmark.description());
            }
            for (GrowthSeries s : benchmark.series()) {
                if (!json) {
                    out.printf(Locale.ROOT, "%-16s %10s %12s %12s %16s %9s%n", "series", "n", "cpu ms", "wall ms",
                            "ns/(" + s.model().label() + ")", "exponent");
                    out.flush();
                }
                // 300 ms of warm-up per series, about 400 ms spent per size when its runs are short
                GrowthTimer timer = quick ? new GrowthTimer(0, 0) : new GrowthTimer(300, 400);
                GrowthTimer.Result r = timer.measure(s, sizes != null ? sizes : s.sizes());
                print(out, benchmark, r);
            }
            return 0;
        }

        private void print(PrintWriter out, GrowthBenchmark benchmark, GrowthTimer.Result r) {
            String model = r.series().model().label();
            for (GrowthTimer.Row row : r.rows()) {
                if (json) {
                    ObjectNode o = MAPPER.createObjectNode();
                    o.put("benchmark", benchmark.name());
                    o.put("series", row.series());
                    o.put("n", row.n());
                    o.put("cpu_ms", row.ms());
                    o.put("wall_ms", row.wallMs());
                    o.put("model", model);
                    o.put("ns_per_model_unit", row.nsPerModelUnit());
                    if (!Double.isNaN(row.exponent())) {
                        o.put("exponent", row.exponent());
                    }
                    out.println(o);
                } else {
                    out.printf(Locale.ROOT, "%-16s %10d %12.3f %12.3f %16.3f %9s%n", row.series(), row.n(), row.ms(),
                            row.wallMs(), row.nsPerModelUnit(), Double.isNaN(row.exponent()) ? "" : String.format(Locale.ROOT, "%.2f", row.exponent()));
                }
            }
            if (json) {
                ObjectNode o = MAPPER.createObjectNode();
                o.put("benchmark", benchmark.name());
                o.put("series", r.series().label());
                o.put("model", model);
                if (!Double.isNaN(r.fittedExponent())) {
                    o.put("fitted_exponent", r.fittedExponent());
                    o.put("model_exponent", r.modelExponent());
                }
                out.println(o);
            } else if (!Double.isNaN(r.fittedExponent())) {
                out.printf(Locale.ROOT, "%s: time ~ n^%.2f over n = %d..%d (the model %s alone gives n^%.2f there)%n%n",
                        r.series().label(), r.fittedExponent(), r.rows().get(0).n(), r.rows().get(r.rows().size() - 1).n(),
                        model, r.modelExponent());
            }
            out.flush();
        }
    }
}
