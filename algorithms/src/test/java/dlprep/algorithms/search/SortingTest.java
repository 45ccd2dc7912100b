package dlprep.algorithms.search;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Quick, merge and heap sort and quickselect against Arrays.sort. */
class SortingTest {

    /** A key and the position it came from, to see whether a sort is stable. */
    private record Item(int key, int position) {
    }

    private static final Comparator<Item> BY_KEY = Comparator.comparingInt(Item::key);

    @Test
    void allSortsAgreeWithArraysSortOnRandomInputWithManyDuplicates() {
        Random random = new Random(31);
        for (int t = 0; t < 300; t++) {
            Integer[] a = new Integer[random.nextInt(60)];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(t % 2 == 0 ? 5 : 1000) - 2;
            }
            Integer[] expected = a.clone();
            Arrays.sort(expected);
            Integer[] q = a.clone();
            QuickSort.sort(q, Comparator.naturalOrder());
            Integer[] m = a.clone();
            MergeSort.sort(m, Comparator.naturalOrder());
            Integer[] h = a.clone();
            HeapSort.sort(h, Comparator.naturalOrder());
            assertArrayEquals(expected, q);
            assertArrayEquals(expected, m);
            assertArrayEquals(expected, h);
            if (a.length > 0) {
                int k = random.nextInt(a.length);
                assertEquals(expected[k], QuickSelect.select(a.clone(), k, Comparator.naturalOrder()));
            }
        }
    }

    @Test
    void sortedReversedAndConstantInputs() {
        Integer[] sorted = new Integer[5000];
        Integer[] same = new Integer[5000];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
            same[i] = 7;
        }
        Integer[] reversed = sorted.clone();
        java.util.Collections.reverse(Arrays.asList(reversed));
        for (Integer[] input : new Integer[][] {sorted, reversed, same}) {
            Integer[] expected = input.clone();
            Arrays.sort(expected);
            Integer[] q = input.clone();
            QuickSort.sort(q, Comparator.naturalOrder());   // random pivot, three-way: no quadratic case here
            assertArrayEquals(expected, q);
            Integer[] h = input.clone();
            HeapSort.sort(h, Comparator.naturalOrder());
            assertArrayEquals(expected, h);
        }
    }

    @Test
    void mergeSortIsStableAndCountsInversions() {
        Item[] items = {new Item(2, 0), new Item(1, 1), new Item(2, 2), new Item(1, 3), new Item(0, 4)};
        // keys 2 1 2 1 0; pairs i < j with key_i > key_j: i=0: j=1,3,4 (3); i=1: j=4 (1); i=2: j=3,4 (2);
        // i=3: j=4 (1); total 7. Equal keys keep their order: (1,1) before (1,3), (2,0) before (2,2)
        assertEquals(7, MergeSort.sort(items, BY_KEY));
        assertArrayEquals(new Item[] {new Item(0, 4), new Item(1, 1), new Item(1, 3), new Item(2, 0), new Item(2, 2)}, items);
        assertEquals(0, MergeSort.sort(new Integer[0], Comparator.naturalOrder()));
        assertEquals(10, MergeSort.sort(new Integer[] {5, 4, 3, 2, 1}, Comparator.naturalOrder()));   // C(5, 2)
    }

    @Test
    void inversionCountAgreesWithCountingPairs() {
        Random random = new Random(32);
        for (int t = 0; t < 100; t++) {
            Integer[] a = new Integer[random.nextInt(40)];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(8);
            }
            long pairs = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = i + 1; j < a.length; j++) {
                    if (a[i] > a[j]) {
                        pairs++;
                    }
                }
            }
            assertEquals(pairs, MergeSort.sort(a.clone(), Comparator.naturalOrder()));
        }
    }

    @Test
    void quickSelectFindsTheKthLargestOfLeetCode215() {
        // [3, 2, 1, 5, 6, 4], k = 2 largest -> 5, the element at index n - k = 4 in ascending order
        Integer[] a = {3, 2, 1, 5, 6, 4};
        assertEquals(5, QuickSelect.select(a, a.length - 2, Comparator.naturalOrder()));
        assertThrows(IndexOutOfBoundsException.class, () -> QuickSelect.select(new Integer[] {1}, 1, Comparator.naturalOrder()));
    }
}
