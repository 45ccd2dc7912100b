package dlprep.app.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlprep.app.CommandLineHarness;
import dlprep.models.ModelZoo;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dlprep model list} and {@code dlprep model summary}. */
class ModelCommandTest {

    @Test
    void listShowsEveryModelWithItsInputAndParameterCount() {
        CommandLineHarness r = CommandLineHarness.run("model", "list");
        assertEquals(0, r.exitCode(), r.err());
        ModelZoo.all().forEach(m -> assertTrue(r.out().contains(m.name()) && r.out().contains(m.description()), m.name()));
        // LeNet: 156 + 2,416 + 48,120 + 10,164 + 850 = 61,706 (see ModelSummaryTest)
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("lenet-modern ") && l.contains("1x1x28x28")
                && l.contains("61,706 params")), r.out());
    }

    @Test
    void summaryPrintsTheTableWithTheTotals() {
        CommandLineHarness r = CommandLineHarness.run("model", "summary", "lenet-modern");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("layers.3 (Conv2d)"), r.out());
        assertTrue(r.out().contains("input 1x1x28x28: 61,706 parameters, 416,520 MACs, receptive field whole 28x28"),
                r.out());
    }

    @Test
    void summaryTakesAnotherInputShape() {
        // a batch of 2: MACs 2 x 416,520 = 833,040
        CommandLineHarness r = CommandLineHarness.run("model", "summary", "lenet", "--input", "2x1x28x28");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("input 2x1x28x28: 61,706 parameters, 833,040 MACs"), r.out());
    }

    @Test
    void jsonHasARowPerOpAndTheTotals() throws Exception {
        CommandLineHarness r = CommandLineHarness.run("model", "summary", "lenet-modern", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("lenet-modern", o.get("model").asText());
        assertEquals(12, o.get("rows").size());
        JsonNode conv2 = o.get("rows").get(3);
        assertEquals("layers.3", conv2.get("module").asText());
        assertEquals("Conv2d", conv2.get("module_class").asText());
        assertEquals(240_000, conv2.get("macs").asLong());    // 16*10*10 outputs x 6*5*5
        assertEquals(14, conv2.get("receptive_field").get("height").asInt()); // 6 + 4*2
        assertEquals(2, conv2.get("receptive_field").get("jump_width").asInt());
        assertTrue(o.get("rows").get(1).get("module").isNull());
        assertEquals(61_706, o.get("total").get("params").asLong());
        assertEquals(416_520, o.get("total").get("macs").asLong());
        assertTrue(o.get("total").get("receptive_field").get("whole_height").asBoolean());
    }

    @Test
    void unknownModelListsTheKnownOnes() {
        CommandLineHarness r = CommandLineHarness.run("model", "summary", "lenett");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("unknown model 'lenett'") && r.err().contains("lenet-modern"), r.err());
    }

    @Test
    void malformedInputSaysTheExpectedForm() {
        for (String bad : new String[] {"28x28", "1x1x28", "1x1x28xA", "1x0x28x28", "1,1,28,28"}) {
            CommandLineHarness r = CommandLineHarness.run("model", "summary", "lenet", "--input", bad);
            assertNotEquals(0, r.exitCode(), bad);
            assertTrue(r.err().contains("--input must be NxCxHxW") && r.err().contains("'" + bad + "'"), r.err());
        }
    }

    @Test
    void inputTooSmallNamesTheFailingLayerAndTheDefaultInput() {
        CommandLineHarness r = CommandLineHarness.run("model", "summary", "lenet", "--input", "1x1x4x4");
        assertEquals(1, r.exitCode(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("dlprep model summary: lenet: the forward pass on input 1x1x4x4 failed in one of layers.0 (Conv2d), layers.3 (Conv2d)"),
                r.err());
        assertTrue(first.contains("larger input") && first.contains("its default input is 1x1x28x28"), r.err());
        assertEquals(1, r.err().lines().count(), "one line, no stack trace: " + r.err());
    }
}
