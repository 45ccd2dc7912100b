package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class MergeSortedListsTest {
    @Test
    void interleavesTwoSortedLists() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), ListNode.values(MergeSortedLists.merge(ListNode.of(1, 3, 5), ListNode.of(2, 4, 6))));
        assertEquals(List.of(Integer.MIN_VALUE, 0, Integer.MAX_VALUE),
                ListNode.values(MergeSortedLists.merge(ListNode.of(Integer.MIN_VALUE, Integer.MAX_VALUE), ListNode.of(0))));
    }

    @Test
    void emptyListsAndOneNodeLists() {
        assertNull(MergeSortedLists.merge(null, null));
        assertEquals(List.of(1, 2), ListNode.values(MergeSortedLists.merge(null, ListNode.of(1, 2))));
        assertEquals(List.of(1, 2), ListNode.values(MergeSortedLists.merge(ListNode.of(2), ListNode.of(1))));
    }

    @Test
    void tiesTakeTheFirstListsNodesFirst() {
        ListNode a = ListNode.of(1, 1);
        ListNode b = ListNode.of(1);
        List<ListNode> merged = OfferTesting.nodes(MergeSortedLists.merge(a, b));
        assertSame(a, merged.get(0));
        assertSame(a.next, merged.get(1));
        assertSame(b, merged.get(2));
    }

    @Test
    void agreesWithSortingTheConcatenation() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            int[] a = OfferTesting.randomArray(rng, rng.nextInt(8), 6);
            int[] b = OfferTesting.randomArray(rng, rng.nextInt(8), 6);
            Arrays.sort(a);
            Arrays.sort(b);
            List<Integer> expected = IntStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().boxed().toList();
            assertEquals(expected, ListNode.values(MergeSortedLists.merge(ListNode.of(a), ListNode.of(b))));
        }
    }

    @Test
    void rejectsCyclicLists() {
        assertRejected(MergeSortedLists.class, () -> MergeSortedLists.merge(OfferTesting.cyclicList(), null));
        assertRejected(MergeSortedLists.class, () -> MergeSortedLists.merge(null, OfferTesting.cyclicList()));
    }
}
