package dlprep.ml.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KFoldTest {

    private static void assertEveryRowValidatedOnce(List<KFold.Fold> folds, int n) {
        int[] seen = new int[n];
        for (KFold.Fold f : folds) {
            assertEquals(n, f.train().length + f.test().length);
            for (int i : f.test()) {
                seen[i]++;
            }
        }
        int[] once = new int[n];
        java.util.Arrays.fill(once, 1);
        assertArrayEquals(once, seen);
    }

    @Test
    void shuffledFoldsCoverEachRowOnceWithSizesDifferingByOne() {
        List<KFold.Fold> folds = KFold.shuffled(10, 3, 5);
        assertEveryRowValidatedOnce(folds, 10);
        // 10 = 4 + 3 + 3
        assertArrayEquals(new int[]{4, 3, 3}, folds.stream().mapToInt(f -> f.test().length).toArray());
    }

    @Test
    void stratifiedFoldsHoldEachClassEvenly() {
        int[] y = new int[30];
        for (int i = 0; i < 30; i++) {
            y[i] = i < 15 ? 0 : i < 24 ? 1 : 2; // 15, 9, 6 rows
        }
        List<KFold.Fold> folds = KFold.stratified(y, 3, 11);
        assertEveryRowValidatedOnce(folds, 30);
        for (KFold.Fold f : folds) {
            int[] perClass = new int[3];
            for (int i : f.test()) {
                perClass[y[i]]++;
            }
            assertArrayEquals(new int[]{5, 3, 2}, perClass); // 15/3, 9/3, 6/3
        }
    }

    @Test
    void kLargerThanTheSampleCountIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> KFold.shuffled(4, 5, 0));
        assertTrue(e.getMessage().contains("k = 5 is larger than the 4 samples"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KFold.stratified(new int[]{0, 1, 0}, 1, 0));
    }
}
