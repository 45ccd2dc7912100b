package dlprep.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.engine.kernels.Parallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dlprep bench [gemm|conv|all] [--threads N] [--json]}: times the engine's hot kernels. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the engine's kernels and prints ms and GFLOP/s per case.",
                "gemm: square SGEMM n = 256..2048, beside OpenBLAS timed in the same run (ratio = engine/OpenBLAS).",
                "conv: conv2d forward and forward+backward on LeNet and ResNet layer shapes.",
                "step: whole training steps of LeNet (batch 256) and ResNet-18 on 28x28 (batch 64)."})
public final class BenchCommand implements Callable<Integer> {

    /** Which group of cases to run. */
    public enum Suite { gemm, conv, step, all }

    @Parameters(index = "0", defaultValue = "all", paramLabel = "SUITE",
            description = "gemm, conv, step or all (default: ${DEFAULT-VALUE})")
    Suite suite;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads for the kernels (default: the number of cores, or DLPREP_THREADS)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON object per case and line instead of a table")
    boolean json;

    @Override
    public Integer call() {
        int n = threads == null ? Parallel.threads() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
        }
        Parallel.setThreads(n);
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf(Locale.ROOT, "%-8s %-26s %7s %10s %9s %10s %9s %7s%n",
                    "op", "case", "threads", "ms", "GFLOP/s", "reference", "ref GF/s", "ratio");
        }
        if (suite == Suite.gemm || suite == Suite.all) {
            GemmBenchmark.run(n).forEach(r -> print(out, r));
        }
        if (suite == Suite.conv || suite == Suite.all) {
            ConvBenchmark.run(n).forEach(r -> print(out, r));
        }
        if (suite == Suite.step || suite == Suite.all) {
            StepBenchmark.run(n).forEach(r -> print(out, r));
        }
        return 0;
    }

    private void print(PrintWriter out, BenchResult r) {
        if (json) {
            out.println(toJson(r));
        } else {
            out.printf(Locale.ROOT, "%-8s %-26s %7d %10.2f %9.1f %10s %9s %7s%n", r.op(), r.benchCase(), r.threads(),
                    r.ms(), r.gflops(), r.reference() == null ? "" : r.reference(),
                    Double.isNaN(r.referenceGflops()) ? "" : String.format(Locale.ROOT, "%.1f", r.referenceGflops()),
                    Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", r.ratio()));
        }
        out.flush();
    }

    static String toJson(BenchResult r) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("op", r.op());
        o.put("case", r.benchCase());
        o.put("threads", r.threads());
        o.put("ms", r.ms());
        o.put("gflops", r.gflops());
        if (r.reference() != null) {
            o.put("reference", r.reference());
            o.put("reference_ms", r.referenceMs());
            o.put("reference_gflops", r.referenceGflops());
            o.put("ratio", r.ratio());
        }
        return o.toString();
    }
}
