package dlprep.app.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlprep.app.CommandLineHarness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dlprep ml cluster} and {@code dlprep ml naive-bayes}. */
class ClusterCommandTest {

    @Test
    void kMeansOnIrisPrintsInertiaSilhouetteAndAri() throws Exception {
        CommandLineHarness r = CommandLineHarness.run("ml", "cluster", "iris", "--method", "kmeans", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(3, o.get("k").asInt()); // the number of classes by default
        assertEquals(150, o.get("labels").size());
        assertEquals(3, o.get("initial_centres").size());
        // scikit-learn 1.2.1's KMeans(3, n_init=10, random_state=0).fit(iris).inertia_ = 78.851441 (run here);
        // the best of our 10 k-means++ runs reaches the same minimum
        assertEquals(78.85, o.get("inertia").asDouble(), 0.01);
        assertTrue(o.get("ari").asDouble() > 0.7 && o.get("silhouette").asDouble() > 0.5, r.out());
    }

    @Test
    void spectralFollowsTheMoonsThatKMeansCuts() {
        CommandLineHarness spectral = CommandLineHarness.run("ml", "cluster", "moons", "--method", "spectral");
        assertEquals(0, spectral.exitCode(), spectral.err());
        assertTrue(spectral.out().contains("adjusted Rand index against the 2 classes 1.0000"), spectral.out());
        CommandLineHarness single = CommandLineHarness.run("ml", "cluster", "moons", "--method", "agglomerative",
                "--linkage", "single");
        assertTrue(single.out().contains("heights of the last 2 merges"), single.out());
    }

    @Test
    void badArgumentsAreNamed() {
        CommandLineHarness r = CommandLineHarness.run("ml", "cluster", "iris", "--method", "dbscan");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("unknown method 'dbscan'; use kmeans, agglomerative or spectral"), r.err());
        r = CommandLineHarness.run("ml", "cluster", "iris", "--method", "kmeans", "--k", "151");
        assertTrue(r.err().contains("k = 151 clusters but only 150 samples"), r.err());
        r = CommandLineHarness.run("ml", "cluster", "mnist", "--method", "kmeans");
        assertTrue(r.err().contains("unknown data set 'mnist'"), r.err());
    }

    @Test
    void naiveBayesReportsAccuracyAndTheSplit() throws Exception {
        CommandLineHarness r = CommandLineHarness.run("ml", "naive-bayes", "iris", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(38, o.get("test").size()); // ceil(0.25 * 150)
        assertEquals(112, o.get("train").size());
        assertTrue(o.get("accuracy").asDouble() > 0.85, r.out());
        assertTrue(!o.has("roc_auc"), "three classes: no binary ROC curve");
        CommandLineHarness binary = CommandLineHarness.run("ml", "naive-bayes", "breast_cancer");
        assertTrue(binary.out().matches("(?s).*ROC-AUC 0\\.9\\d+.*"), binary.out());
    }
}
