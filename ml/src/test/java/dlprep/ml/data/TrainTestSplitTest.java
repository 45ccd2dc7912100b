package dlprep.ml.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainTestSplitTest {

    private static int[] labels(int... counts) {
        return IntStream.range(0, counts.length).flatMap(c -> IntStream.range(0, counts[c]).map(i -> c)).toArray();
    }

    @Test
    void partitionsEveryRowOnceAndKeepsClassShares() {
        int[] y = labels(50, 50, 50);
        TrainTestSplit s = TrainTestSplit.stratified(y, 0.2, 7);
        assertEquals(30, s.test().length); // ceil(0.2 * 150)
        assertEquals(120, s.train().length);
        int[] all = IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 150).toArray(), all);
        int[] perClass = new int[3];
        for (int i : s.test()) {
            perClass[y[i]]++;
        }
        assertArrayEquals(new int[]{10, 10, 10}, perClass);
    }

    @Test
    void unevenSharesGoToLargestRemainders() {
        // 10 + 5 rows, test ceil(0.3 * 15) = 5: exact shares 10*5/15 = 3.33 and 5*5/15 = 1.67, floors 3 + 1,
        // the one row still owed goes to class 1 (remainder .67 > .33): 3 + 2.
        int[] y = labels(10, 5);
        TrainTestSplit s = TrainTestSplit.stratified(y, 0.3, 1);
        int[] perClass = new int[2];
        for (int i : s.test()) {
            perClass[y[i]]++;
        }
        assertArrayEquals(new int[]{3, 2}, perClass);
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        int[] y = labels(40, 40);
        assertArrayEquals(TrainTestSplit.stratified(y, 0.25, 3).test(), TrainTestSplit.stratified(y, 0.25, 3).test());
        assertFalse(Arrays.equals(TrainTestSplit.stratified(y, 0.25, 3).test(), TrainTestSplit.stratified(y, 0.25, 4).test()));
    }

    @Test
    void selectsTheRowsOfTheData() {
        LabeledData d = new LabeledData("t", new double[][]{{0}, {1}, {2}, {3}}, new int[]{0, 1, 0, 1},
                java.util.List.of("x"), java.util.List.of("a", "b"));
        TrainTestSplit s = TrainTestSplit.stratified(d.labels(), 0.5, 0);
        LabeledData test = s.test(d);
        assertEquals(2, test.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(s.test()[i], (int) test.features()[i][0]);
        }
        assertArrayEquals(new int[]{0, 1}, Arrays.stream(test.labels()).sorted().toArray());
    }

    @Test
    void rejectsFractionsOutsideTheOpenUnitInterval() {
        var e = assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.stratified(labels(3, 3), 1.0, 0));
        assertTrue(e.getMessage().contains("test fraction 1.0 must be in (0, 1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.stratified(labels(1), 0.5, 0));
    }
}
