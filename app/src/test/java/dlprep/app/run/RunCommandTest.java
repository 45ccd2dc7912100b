package dlprep.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlprep.app.CommandLineHarness;
import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dlprep list} and {@code dlprep run}. Runs here read the committed 500 + 500 example subset of
 * Fashion-MNIST (the build points DLPREP_DATA at it), so they are short smoke runs.
 */
class RunCommandTest {

    @Test
    void listShowsEveryExperimentUnderItsChapter() {
        CommandLineHarness r = CommandLineHarness.run("list");
        assertEquals(0, r.exitCode());
        Experiments.all().forEach(e -> assertTrue(r.out().contains(e.id()) && r.out().contains(e.description()), e.id()));
        assertTrue(r.out().contains("浅层神经网络"), r.out());
    }

    @Test
    void jsonRunPrintsEventLinesAndEndsWithTheResult() throws Exception {
        CommandLineHarness r = CommandLineHarness.run("run", "softmax-concise", "--epochs", "2", "--batch-size", "50",
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> lines = r.out().lines().map(RunCommandTest::parse).toList();
        assertEquals("started", lines.get(0).get("event").asText());
        assertEquals(2, lines.stream().filter(l -> l.get("event").asText().equals("epoch")).count());
        JsonNode result = lines.get(lines.size() - 1);
        assertEquals("result", result.get("event").asText());
        assertEquals("softmax-concise", result.get("experiment").asText());
        assertEquals(50, result.get("params").get("batch_size").asInt());
        double acc = result.get("metrics").get("test_acc").asDouble();
        assertTrue(acc > 0.5 && acc <= 1, "500 training images already give well above chance (0.1): " + acc);
        assertTrue(result.get("seconds_per_epoch").asDouble() > 0);
        assertTrue(result.get("peak_heap_mb").asDouble() > 0);
    }

    @Test
    void aRunWithoutEpochsReportsNullSecondsPerEpochInValidJson() {
        CommandLineHarness r = CommandLineHarness.run("run", "linreg-closed-form", "--json");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> lines = r.out().lines().map(RunCommandTest::parse).toList();
        JsonNode result = lines.get(lines.size() - 1);
        assertTrue(result.get("seconds_per_epoch").isNull(), result.toString());
        assertTrue(result.get("metrics").get("qr_w_error").asDouble() < 0.01, result.toString());
    }

    @Test
    void terminalRunPrintsTheEpochTableAndASummary() {
        CommandLineHarness r = CommandLineHarness.run("run", "mlp-scratch", "--epochs", "1", "--limit", "200");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("limit 200"), r.out());
        assertTrue(r.out().contains("train_loss") && r.out().contains("test_acc"), r.out());
        assertTrue(r.out().contains("result: "), r.out());
    }

    @Test
    void metricsTooSmallOrLargeForFourDecimalsArePrintedInScientificNotation() {
        CommandLineHarness r = CommandLineHarness.run("run", "vanishing-gradients", "--epochs", "6", "--batch-size", "16");
        assertEquals(0, r.exitCode(), r.err());
        // sigmoid'(8) = 3.35e-4 would read 0.0003 with 4 decimals
        assertTrue(r.out().contains("sigmoid_grad_at_8 3.352e-04"), r.out());
        assertEquals("0.2500", TerminalProgress.number(0.25));
        assertEquals("1.860e-08", TerminalProgress.number(1.86e-8));
        assertEquals("2.430e+24", TerminalProgress.number(2.43e24));
        assertEquals("0.0000", TerminalProgress.number(0));
    }

    @Test
    void anOptionTheExperimentCannotUseIsRejectedByName() {
        CommandLineHarness r = CommandLineHarness.run("run", "exploding-gradients", "--lr", "0.5");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--lr has no meaning for exploding-gradients"), r.err());
    }

    @Test
    void unknownExperimentSuggestsTheClosestIds() {
        CommandLineHarness r = CommandLineHarness.run("run", "softmax-concize");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no experiment 'softmax-concize'") && r.err().contains("softmax-concise"), r.err());
    }

    @Test
    void outOfRangeSettingsAreRejectedWithTheirBounds() {
        CommandLineHarness r = CommandLineHarness.run("run", "softmax-concise", "--epochs", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--epochs must be between 1 and 1000, got 0"), r.err());
        r = CommandLineHarness.run("run", "softmax-concise", "--lr", "-1");
        assertTrue(r.err().contains("--lr must be greater than 0"), r.err());
    }

    @Test
    void plotWritesTheFigureAndOnlyForExperimentsThatDraw(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("gd.svg");
        CommandLineHarness r = CommandLineHarness.run("run", "gd-2d", "--json", "--plot", svg.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> lines = r.out().lines().map(RunCommandTest::parse).toList();
        // x1^2 + 2 x2^2, lr 0.1: x1 = -5 * 0.8^20 = -0.057646, x2 = -2 * 0.6^20 = -7.312e-05
        assertTrue(lines.stream().anyMatch(l -> l.path("text").asText().equals(
                "gd lr 0.1: epoch 20, x1 -0.057646, x2 -7.312e-05")), r.out());
        assertEquals("figure written to " + svg, lines.get(lines.size() - 2).get("text").asText());
        assertEquals("result", lines.get(lines.size() - 1).get("event").asText());
        assertTrue(Files.readString(svg).startsWith("<svg") && Files.readString(svg).contains("<polyline"));
        Path png = dir.resolve("newton.png");
        assertEquals(0, CommandLineHarness.run("run", "newton", "--plot", png.toString()).exitCode());
        assertEquals(800, ImageIO.read(png.toFile()).getWidth());

        CommandLineHarness none = CommandLineHarness.run("run", "linreg-closed-form", "--plot", svg.toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("--plot: linreg-closed-form draws no picture; the experiments that do: gd-1d"),
                none.err());
        CommandLineHarness jpg = CommandLineHarness.run("run", "gd-2d", "--plot", dir.resolve("x.jpg").toString());
        assertEquals(2, jpg.exitCode());
        assertTrue(jpg.err().contains("name the file *.svg or *.png"), jpg.err());
    }

    private static JsonNode parse(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
