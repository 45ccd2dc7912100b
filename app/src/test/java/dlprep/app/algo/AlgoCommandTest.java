package dlprep.app.algo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlprep.app.CommandLineHarness;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dlprep algo list|bench} on tiny sizes; timings are never asserted. */
class AlgoCommandTest {

    @Test
    void listShowsEveryTopicWithItsClasses() {
        CommandLineHarness r = CommandLineHarness.run("algo", "list");
        assertEquals(0, r.exitCode(), r.err());
        for (String topic : List.of("dp", "geometry", "graphs", "math", "search", "strings", "structures")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(topic + " (")), topic + " missing:\n" + r.out());
        }
        assertTrue(r.out().contains("\n  FenwickTree\n"), r.out());
        assertTrue(r.out().contains("\n  ShortestPaths  (record)\n"), r.out());
    }

    @Test
    void listOfOneTopicAndOfAnUnknownOne() {
        CommandLineHarness r = CommandLineHarness.run("algo", "list", "geometry");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("geometry (4)\n"), r.out());   // ConvexHull, Point, PolygonArea, SegmentIntersection
        assertTrue(r.out().endsWith("4 types\n"), r.out());
        CommandLineHarness bad = CommandLineHarness.run("algo", "list", "astrology");
        assertNotEquals(0, bad.exitCode());
        assertTrue(bad.err().contains("unknown topic 'astrology'; the topics are dp, geometry"), bad.err());
    }

    @Test
    void benchWithoutANameListsTheBenchmarks() {
        CommandLineHarness r = CommandLineHarness.run("algo", "bench");
        assertEquals(0, r.exitCode(), r.err());
        for (GrowthBenchmark b : GrowthBenchmarks.all()) {
            assertTrue(r.out().contains(b.name() + " "), b.name());
        }
    }

    @Test
    void benchPrintsARowPerSizeAndTheFittedExponent() {
        CommandLineHarness r = CommandLineHarness.run("algo", "bench", "fenwick", "--sizes", "64,128,256", "--quick");
        assertEquals(0, r.exitCode(), r.err());
        List<String> fenwickRows = r.out().lines().filter(l -> l.matches("fenwick +\\d+ .*")).toList();
        assertEquals(3, fenwickRows.size(), r.out());
        assertTrue(fenwickRows.get(0).contains(" 64 "));
        assertTrue(r.out().contains("cpu ms") && r.out().contains("ns/(n log n)"), r.out());
        assertTrue(r.out().contains("naive: time ~ n^"), r.out());
        assertTrue(r.out().contains("(the model n^2 alone gives n^2.00 there)"), r.out());
    }

    @Test
    void benchJsonHasOneObjectPerSizeAndOnePerFit() throws Exception {
        CommandLineHarness r = CommandLineHarness.run("algo", "bench", "union-find", "--sizes", "100,200", "--json", "--quick");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines.get(0));
        assertEquals("union-find", first.get("benchmark").asText());
        assertEquals(100, first.get("n").asInt());
        assertTrue(first.has("cpu_ms") && first.has("wall_ms"), lines.get(0));
        assertEquals("n", first.get("model").asText());
        assertFalse(first.has("exponent"));
        assertTrue(mapper.readTree(lines.get(1)).has("exponent"));
        JsonNode fit = mapper.readTree(lines.get(2));
        assertEquals(1.0, fit.get("model_exponent").asDouble(), 1e-12);   // the slope of n against n
        assertTrue(fit.has("fitted_exponent"));
    }

    @Test
    void unknownBenchmarkAndBadSizesAreRejected() {
        CommandLineHarness r = CommandLineHarness.run("algo", "bench", "bogosort");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("unknown benchmark 'bogosort'; the benchmarks are fenwick, segment-tree"), r.err());
        CommandLineHarness sizes = CommandLineHarness.run("algo", "bench", "heap", "--sizes", "10,1");
        assertNotEquals(0, sizes.exitCode());
        assertTrue(sizes.err().contains("--sizes: every size must be at least 2, got 1"), sizes.err());
    }

    @Test
    void everySeriesRunsOnTinyInputs() {
        GrowthTimer timer = new GrowthTimer(0, 0);
        for (GrowthBenchmark b : GrowthBenchmarks.all()) {
            for (GrowthSeries s : b.series()) {
                GrowthTimer.Result r = timer.measure(s, new int[] {16, 32});
                assertEquals(2, r.rows().size(), b.name() + " / " + s.label());
                assertTrue(r.rows().get(1).ms() >= 0 && r.rows().get(1).wallMs() >= 0);
            }
        }
    }

    @Test
    void slopeOfAPowerLawIsItsExponent() {
        double[] logN = {Math.log(10), Math.log(100), Math.log(1000)};
        double[] logT = {2 * logN[0] + 1, 2 * logN[1] + 1, 2 * logN[2] + 1};   // t = e * n^2
        assertEquals(2.0, GrowthTimer.slope(logN, logT), 1e-12);
        assertTrue(Double.isNaN(GrowthTimer.slope(new double[] {1}, new double[] {1})));
        // n log2 n from 10^3 to 10^7: log(1e7 log2 1e7 / (1e3 log2 1e3)) / log(1e4) = 1 + log(23.25/9.97)/log(1e4) ~ 1.09
        double[] n = {1e3, 1e4, 1e5, 1e6, 1e7};
        double[] ln = new double[5];
        double[] lm = new double[5];
        for (int i = 0; i < 5; i++) {
            ln[i] = Math.log(n[i]);
            lm[i] = Math.log(GrowthModel.N_LOG_N.at(n[i]));
        }
        assertEquals(1.09, GrowthTimer.slope(ln, lm), 0.01);
    }
}
