package dlprep.app.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlprep.app.CommandLineHarness;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dlprep ml compare}, on iris with two quick models. */
class CompareCommandTest {

    @Test
    void jsonCarriesTheSplitAndOneResultPerModel() throws Exception {
        CommandLineHarness r = CommandLineHarness.run("ml", "compare", "--datasets", "iris",
                "--models", "tree_gini,svc_linear", "--seed", "3", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(3, o.get("seed").asLong());
        JsonNode iris = o.get("datasets").get(0);
        assertEquals("iris", iris.get("name").asText());
        // 150 rows, test ceil(0.25 * 150) = 38, disjoint from the 112 training rows
        assertEquals(38, iris.get("test").size());
        assertEquals(112, iris.get("train").size());
        Set<Integer> rows = new HashSet<>();
        iris.get("train").forEach(n -> rows.add(n.asInt()));
        iris.get("test").forEach(n -> rows.add(n.asInt()));
        assertEquals(150, rows.size());
        JsonNode results = iris.get("results");
        assertEquals("tree_gini", results.get(0).get("model").asText());
        assertTrue(results.get(1).get("sklearn").asText().startsWith("SVC(kernel='linear'"));
        // iris is easy: any sane linear SVM gets most of 38 test rows right
        assertTrue(results.get(1).get("accuracy").asDouble() > 0.85, r.out());
    }

    @Test
    void tablePrintsTheSplitAndUnknownModelsAreNamed() {
        CommandLineHarness r = CommandLineHarness.run("ml", "compare", "--datasets", "wine", "--models", "tree_gini");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("stratified split, test size 0.25, seed 0"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("wine") && l.contains("tree_gini")), r.out());
        CommandLineHarness bad = CommandLineHarness.run("ml", "compare", "--models", "knn");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("unknown model 'knn'; known: svc_linear, svc_rbf"), bad.err());
    }
}
