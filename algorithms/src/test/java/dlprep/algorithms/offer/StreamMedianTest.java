package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamMedianTest {
    @Test
    void medianAfterEachInsert() {
        StreamMedian median = new StreamMedian();
        int[] stream = {5, 2, 3, 4, 1, 6, 7, 0, 8};
        // Sorted prefixes: [5], [2 5], [2 3 5], [2 3 4 5], [1..5], [1..6], [1..7], [0..7], [0..8].
        double[] expected = {5, 3.5, 3, 3.5, 3, 3.5, 4, 3.5, 4};
        for (int i = 0; i < stream.length; i++) {
            median.insert(stream[i]);
            assertEquals(expected[i], median.median());
        }
    }

    @Test
    void theMeanOfTheMiddleValuesDoesNotOverflow() {
        StreamMedian median = new StreamMedian();
        median.insert(Integer.MAX_VALUE);
        median.insert(Integer.MAX_VALUE);
        assertEquals(Integer.MAX_VALUE, median.median()); // (a + b) / 2 in int would be -1
        StreamMedian mixed = new StreamMedian();
        mixed.insert(Integer.MIN_VALUE);
        mixed.insert(Integer.MAX_VALUE);
        assertEquals(-0.5, mixed.median());
    }

    @Test
    void anEmptyStreamHasNoMedian() {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> new StreamMedian().median());
        assertTrue(e.getMessage().startsWith("StreamMedian"));
    }

    @Test
    void agreesWithSortingOnRandomStreams() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 100; trial++) {
            StreamMedian median = new StreamMedian();
            List<Integer> seen = new ArrayList<>();
            for (int i = 1 + rng.nextInt(30); i > 0; i--) {
                int v = rng.nextInt(10) - 5;
                median.insert(v);
                seen.add(v);
                List<Integer> sorted = new ArrayList<>(seen);
                Collections.sort(sorted);
                int n = sorted.size();
                double expected = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
                assertEquals(expected, median.median());
            }
        }
    }
}
