package dlprep.algorithms.structures;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinaryHeapTest {

    @Test
    void popsInOrderWithDuplicates() {
        BinaryHeap<Integer> heap = new BinaryHeap<>(Comparator.naturalOrder());
        for (int x : new int[] {5, 1, 4, 1, 3}) {
            heap.push(x);
        }
        List<Integer> out = new ArrayList<>();
        while (!heap.isEmpty()) {
            out.add(heap.pop());
        }
        assertEquals(List.of(1, 1, 3, 4, 5), out);
    }

    @Test
    void bottomUpBuildWithAReversedComparatorIsAMaxHeap() {
        BinaryHeap<String> heap = new BinaryHeap<>(List.of("b", "d", "a", "c"), Comparator.reverseOrder());
        assertEquals("d", heap.pop());
        assertEquals("c", heap.peek());
        assertEquals(3, heap.size());
    }

    @Test
    void agreesWithThePriorityQueueOnRandomOperations() {
        Random random = new Random(8);
        BinaryHeap<Integer> heap = new BinaryHeap<>(Comparator.naturalOrder());
        PriorityQueue<Integer> reference = new PriorityQueue<>();
        for (int step = 0; step < 5000; step++) {
            if (reference.isEmpty() || random.nextInt(3) > 0) {
                int x = random.nextInt(100);
                heap.push(x);
                reference.add(x);
            } else {
                assertEquals(reference.poll(), heap.pop());
            }
            assertEquals(reference.size(), heap.size());
        }
    }

    @Test
    void emptyHeapAndNullsAreRejected() {
        BinaryHeap<Integer> heap = new BinaryHeap<>(Comparator.naturalOrder());
        NoSuchElementException e = assertThrows(NoSuchElementException.class, heap::pop);
        assertTrue(e.getMessage().contains("empty"));
        assertThrows(NullPointerException.class, () -> heap.push(null));
    }
}
