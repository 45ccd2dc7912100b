package dlprep.vision.sift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {

    @Test
    void ratioTestKeepsOnlyClearlyNearestNeighbours() {
        float[][] query = {{0, 0}, {5, 5}};
        // Query 0: distances 1 and 3, 1 < 0.8 * 3, kept. Query 1: distances to (1, 0) and (0, 3) are
        // sqrt(41) = 6.40 and sqrt(29) = 5.39; 5.39 / 6.40 = 0.84 > 0.8, rejected as ambiguous.
        float[][] train = {{1, 0}, {0, 3}};
        List<Matcher.Match> matches = Matcher.ratioTest(query, train, 0.8);
        assertEquals(1, matches.size());
        assertEquals(0, matches.get(0).query());
        assertEquals(0, matches.get(0).train());
        assertEquals(1.0, matches.get(0).distance(), 1e-12);
        // With ratio 0.9 the second passes too, matched to (0, 3).
        assertEquals(2, Matcher.ratioTest(query, train, 0.9).size());
        assertEquals(1, Matcher.ratioTest(query, train, 0.9).get(1).train());
    }

    @Test
    void aSingleTrainDescriptorGivesNoMatchAndBadRatiosAreRefused() {
        assertEquals(0, Matcher.ratioTest(new float[][] {{0}}, new float[][] {{0}}, 0.8).size());
        assertThrows(IllegalArgumentException.class, () -> Matcher.ratioTest(new float[0][], new float[0][], 1.5));
    }
}
