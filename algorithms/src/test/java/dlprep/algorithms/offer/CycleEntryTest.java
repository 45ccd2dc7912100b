package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class CycleEntryTest {
    @Test
    void findsTheEntryOfACycle() {
        ListNode head = ListNode.of(1, 2, 3, 4, 5);
        List<ListNode> nodes = OfferTesting.nodes(head);
        nodes.get(4).next = nodes.get(2);
        assertSame(nodes.get(2), CycleEntry.entry(head));
    }

    @Test
    void listsWithoutACycleHaveNoEntry() {
        assertNull(CycleEntry.entry(null));
        assertNull(CycleEntry.entry(ListNode.of(1)));
        assertNull(CycleEntry.entry(ListNode.of(1, 2, 3)));
    }

    @Test
    void aNodePointingToItselfAndACycleThroughTheHead() {
        ListNode self = ListNode.of(Integer.MIN_VALUE);
        self.next = self;
        assertSame(self, CycleEntry.entry(self));
        ListNode head = ListNode.of(1, 2, 3);
        head.next.next.next = head;
        assertSame(head, CycleEntry.entry(head));
    }

    @Test
    void randomTailAndCycleLengths() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + rng.nextInt(20);
            ListNode head = ListNode.of(new int[n]); // all values equal: only identity tells nodes apart
            List<ListNode> nodes = OfferTesting.nodes(head);
            int entry = rng.nextInt(n);
            nodes.get(n - 1).next = nodes.get(entry);
            assertSame(nodes.get(entry), CycleEntry.entry(head));
        }
    }
}
