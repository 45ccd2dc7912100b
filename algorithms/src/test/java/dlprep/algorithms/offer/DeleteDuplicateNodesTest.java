package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeleteDuplicateNodesTest {
    @Test
    void removesEveryCopyOfARepeatedValue() {
        assertEquals(List.of(1, 2, 5), ListNode.values(DeleteDuplicateNodes.deleteDuplicates(ListNode.of(1, 2, 3, 3, 4, 4, 5))));
        assertEquals(List.of(2), ListNode.values(DeleteDuplicateNodes.deleteDuplicates(ListNode.of(1, 1, 2))));
        assertEquals(List.of(1), ListNode.values(DeleteDuplicateNodes.deleteDuplicates(ListNode.of(1, 2, 2))));
    }

    @Test
    void emptyAllRepeatedAndOneNode() {
        assertNull(DeleteDuplicateNodes.deleteDuplicates(null));
        assertNull(DeleteDuplicateNodes.deleteDuplicates(ListNode.of(1, 1, 1)));
        assertEquals(List.of(4), ListNode.values(DeleteDuplicateNodes.deleteDuplicates(ListNode.of(4))));
    }

    @Test
    void valuesASentinelMightUse() {
        assertEquals(List.of(0), ListNode.values(DeleteDuplicateNodes.deleteDuplicates(
                ListNode.of(Integer.MIN_VALUE, Integer.MIN_VALUE, 0))));
        assertEquals(List.of(Integer.MIN_VALUE, 0), ListNode.values(DeleteDuplicateNodes.deleteDuplicates(
                ListNode.of(Integer.MIN_VALUE, 0))));
    }

    @Test
    void agreesWithKeepingValuesThatOccurOnce() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 1000; trial++) {
            int[] a = OfferTesting.randomArray(rng, rng.nextInt(12), 6);
            Arrays.sort(a);
            List<Integer> expected = Arrays.stream(a)
                    .filter(v -> Arrays.stream(a).filter(w -> w == v).count() == 1).boxed().toList();
            assertEquals(expected, ListNode.values(DeleteDuplicateNodes.deleteDuplicates(ListNode.of(a))));
        }
    }

    @Test
    void rejectsACyclicList() {
        assertRejected(DeleteDuplicateNodes.class, () -> DeleteDuplicateNodes.deleteDuplicates(OfferTesting.cyclicList()));
    }
}
