package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class KthNodeFromEndTest {
    @Test
    void returnsTheNodeCountedFromTheEnd() {
        ListNode head = ListNode.of(1, 2, 3, 4, 5);
        List<ListNode> nodes = OfferTesting.nodes(head);
        assertSame(nodes.get(4), KthNodeFromEnd.find(head, 1));
        assertSame(nodes.get(3), KthNodeFromEnd.find(head, 2));
        assertSame(head, KthNodeFromEnd.find(head, 5));
    }

    @Test
    void kPastTheStartAndTheEmptyListGiveNull() {
        assertNull(KthNodeFromEnd.find(ListNode.of(1, 2), 3));
        assertNull(KthNodeFromEnd.find(null, 1));
        assertNull(KthNodeFromEnd.find(ListNode.of(1), Integer.MAX_VALUE));
    }

    @Test
    void agreesWithIndexingOnRandomLists() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 300; trial++) {
            ListNode head = ListNode.of(OfferTesting.randomArray(rng, rng.nextInt(10), 3));
            List<ListNode> nodes = OfferTesting.nodes(head);
            for (int k = 1; k <= nodes.size() + 1; k++) {
                ListNode expected = k <= nodes.size() ? nodes.get(nodes.size() - k) : null;
                assertSame(expected, KthNodeFromEnd.find(head, k));
            }
        }
    }

    @Test
    void rejectsKBelowOneAndCyclicLists() {
        assertRejected(KthNodeFromEnd.class, () -> KthNodeFromEnd.find(ListNode.of(1), 0));
        assertRejected(KthNodeFromEnd.class, () -> KthNodeFromEnd.find(ListNode.of(1), Integer.MIN_VALUE));
        assertRejected(KthNodeFromEnd.class, () -> KthNodeFromEnd.find(OfferTesting.cyclicList(), 1));
    }
}
