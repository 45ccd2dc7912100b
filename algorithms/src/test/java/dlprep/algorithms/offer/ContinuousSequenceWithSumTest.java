package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ContinuousSequenceWithSumTest {
    @Test
    void findsEveryRunInOrderOfItsStart() {
        assertEquals(List.of("[2, 3, 4]", "[4, 5]"), show(ContinuousSequenceWithSum.find(9)));
        assertEquals(List.of("[9, 10, 11, 12, 13, 14, 15, 16]", "[18, 19, 20, 21, 22]"), show(ContinuousSequenceWithSum.find(100)));
        assertEquals(List.of("[1, 2]"), show(ContinuousSequenceWithSum.find(3)));
    }

    @Test
    void smallSumsAndPowersOfTwoHaveNoRun() {
        for (int sum : new int[] {0, 1, 2, 4, 64, 1 << 30}) {
            assertEquals(List.of(), ContinuousSequenceWithSum.find(sum), "sum = " + sum);
        }
    }

    @Test
    void theLargestIntSum() {
        List<int[]> runs = ContinuousSequenceWithSum.find(Integer.MAX_VALUE);
        assertFalse(runs.isEmpty());
        for (int[] run : runs) {
            assertEquals(Integer.MAX_VALUE, Arrays.stream(run).asLongStream().sum());
        }
    }

    @Test
    void agreesWithTryingEveryStartAndLength() {
        for (int sum = 0; sum <= 300; sum++) {
            List<String> expected = new ArrayList<>();
            for (int start = 1; start < sum; start++) {
                int total = 0;
                for (int end = start; total < sum; end++) {
                    total += end;
                    if (total == sum && end > start) {
                        expected.add(Arrays.toString(IntStream.rangeClosed(start, end).toArray()));
                    }
                }
            }
            assertEquals(expected, show(ContinuousSequenceWithSum.find(sum)), "sum = " + sum);
        }
    }

    private static List<String> show(List<int[]> runs) {
        return runs.stream().map(Arrays::toString).toList();
    }

    @Test
    void rejectsNegativeSums() {
        assertRejected(ContinuousSequenceWithSum.class, () -> ContinuousSequenceWithSum.find(-1));
    }
}
