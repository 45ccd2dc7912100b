package dlprep.app.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlprep.app.CommandLineHarness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dlprep ml pca}. */
class PcaCommandTest {

    @Test
    void tablesIrisWithCumulativeRatioReachingOne() {
        CommandLineHarness r = CommandLineHarness.run("ml", "pca", "iris");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("PCA of iris (150 samples, 4 features), by SVD"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+4\\s+\\S+\\s+\\S+\\s+1\\.000000\\s+\\S+")), r.out());
    }

    @Test
    void jsonCarriesTheRequestedComponentsAndTheirVariances() throws Exception {
        CommandLineHarness r = CommandLineHarness.run("ml", "pca", "wine", "--components", "3", "--method", "eigen", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("eigen", o.get("method").asText());
        assertEquals(3, o.get("components").size());
        assertEquals(13, o.get("components").get(0).size());
        assertEquals(13, o.get("mean").size());
        JsonNode v = o.get("explained_variance");
        assertTrue(v.get(0).asDouble() >= v.get(1).asDouble() && v.get(1).asDouble() >= v.get(2).asDouble());
    }

    @Test
    void tooManyComponentsIsAClearError() {
        CommandLineHarness r = CommandLineHarness.run("ml", "pca", "iris", "--components", "5");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("5 components asked but the data has 150 samples and 4 features"), r.err());
    }
}
