package dlprep.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlprep.app.Main;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    @Test
    void jsonLineCarriesTheFieldsScriptsRelyOn() throws Exception {
        BenchResult r = BenchResult.of("gemm", "n=1024", 2, 10.0, 2.0 * 1024 * 1024 * 1024)
                .withReference("openblas", 8.0, 2.0 * 1024 * 1024 * 1024);
        JsonNode o = new ObjectMapper().readTree(BenchCommand.toJson(r));
        assertEquals("gemm", o.get("op").asText());
        assertEquals("n=1024", o.get("case").asText());
        assertEquals(2, o.get("threads").asInt());
        assertEquals(10.0, o.get("ms").asDouble());
        assertEquals(214.748, o.get("gflops").asDouble(), 1e-3);    // 2 * 1024^3 flops in 10 ms
        assertEquals(268.435, o.get("reference_gflops").asDouble(), 1e-3);
        assertEquals(0.8, o.get("ratio").asDouble(), 1e-12);        // 8 ms / 10 ms
    }

    @Test
    void jsonLineWithoutReferenceOmitsTheRatio() throws Exception {
        JsonNode o = new ObjectMapper().readTree(BenchCommand.toJson(BenchResult.of("conv2d", "x", 1, 1.0, 1e6)));
        assertFalse(o.has("ratio"));
        assertEquals(1.0, o.get("gflops").asDouble(), 1e-12);
    }

    @Test
    void unknownSuiteAndBadThreadsAreRejectedWithAMessage() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine().setErr(new PrintWriter(err));
        assertNotEquals(0, cli.execute("bench", "matmul"));
        assertTrue(err.toString().contains("gemm, conv, step, all"), err.toString());
        err.getBuffer().setLength(0);
        assertNotEquals(0, cli.execute("bench", "gemm", "--threads", "0"));
        assertTrue(err.toString().contains("--threads must be at least 1"), err.toString());
    }

    @Test
    void stepSuiteTimesLeNetAndResNet18AtTheirTargetBatches() {
        List<BenchResult> results = StepBenchmark.run(2, 0, 1);
        assertEquals(List.of("lenet-modern batch 256", "resnet18 batch 64"),
                results.stream().map(BenchResult::benchCase).toList());
        // LeNet: 416,520 multiply-adds per image forward (ModelSummaryTest), 6 FLOPs each, 256 images.
        BenchResult lenet = results.get(0);
        assertEquals(6.0 * 416_520 * 256 / (lenet.ms() * 1e6), lenet.gflops(), 1e-6 * lenet.gflops());
        assertTrue(results.get(1).ms() > 0);
    }

    @Test
    void stopwatchReportsTheMedianOfTheTimedRuns() {
        int[] calls = {0};
        double ms = Stopwatch.medianMs(() -> {
            calls[0]++;
            long end = System.nanoTime() + 2_000_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        }, 0, 5);
        assertEquals(7, calls[0], "two warm-up runs, then five timed ones");
        assertTrue(ms >= 2.0 && ms < 50, "median " + ms);
    }

    @Test
    void warmUpLastsAtLeastItsTimeAndAtMostTenTimesIt() {
        // It goes on while the JIT is compiling (see Stopwatch.warmUp), but never less than warmupMs (100 ms
        // here) and never more than ten times that.
        long start = System.nanoTime();
        Stopwatch.medianMs(() -> {
            long end = System.nanoTime() + 1_000_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        }, 100, 3);
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        assertTrue(elapsedMs >= 100 && elapsedMs < 1000 + 100, "warm-up and timing took " + elapsedMs + " ms");
    }

    @Test
    void pairedTimingAlternatesRoundsOfTheTwoPiecesOfWork() {
        List<String> order = new ArrayList<>();
        Stopwatch.pairedMs(() -> order.add("a"), () -> order.add("b"), 0, 4);
        // two warm-up runs each; then two rounds (4 repeats rounded up to whole rounds of 3), each round
        // one untimed run and three timed ones
        assertEquals(List.of("a", "a", "b", "b", "a", "a", "a", "a", "b", "b", "b", "b", "a", "a", "a", "a",
                "b", "b", "b", "b"), order);
        assertEquals(2.0, Stopwatch.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Stopwatch.median(new double[] {4, 1, 2, 3}));
    }
}
